import { describe, expect, it } from 'vitest';
import contract from '../fixtures/taxonomy-contract-ids.json';
import { areaOf, contractTopicOf, taxonomy } from '../../src/loader/classify';

describe('data/taxonomy.json against the taxonomy contract', () => {
  it('has every contract area', () => {
    const areas = taxonomy.areas.map((a) => a.id);
    for (const area of contract.areas) expect(areas).toContain(area);
  });

  it('has every contract topic, in the same area, with no parent', () => {
    for (const { id, area } of contract.topics) {
      const topic = taxonomy.topics.find((t) => t.id === id);
      expect(topic, id).toBeDefined();
      expect(topic?.area, id).toBe(area);
      expect(topic?.parent, id).toBeUndefined();
    }
  });

  it('hangs every finer topic under a contract topic of the same area', () => {
    const contractIds = new Set(contract.topics.map((t) => t.id));
    for (const topic of taxonomy.topics.filter((t) => !contractIds.has(t.id))) {
      expect(topic.parent, topic.id).toBeDefined();
      expect(contractIds.has(contractTopicOf(topic.id)), topic.id).toBe(true);
      expect(areaOf(topic.id), topic.id).toBe(topic.area);
    }
  });

  it('lists the contract kinds and rounds with Chinese and English names', () => {
    expect(taxonomy.kinds.map((k) => k.id)).toEqual(contract.kinds);
    expect(taxonomy.rounds.map((r) => r.id)).toEqual(contract.rounds);
    for (const kind of taxonomy.kinds) expect(kind.zh && kind.en).toBeTruthy();
  });

  it('describes every area and topic in both languages and gives every topic a way to be found', () => {
    for (const area of taxonomy.areas) expect(area.description.zh && area.description.en).toBeTruthy();
    for (const topic of taxonomy.topics) {
      expect(topic.description.zh && topic.description.en, topic.id).toBeTruthy();
      const terms = topic.strong.length + topic.aliases.length + topic.weak.length + (topic.weighted?.length ?? 0);
      const ruled = taxonomy.rules.some((r) => r.topic === topic.id);
      expect(terms > 0 || ruled || topic.id === 'model-coding', topic.id).toBe(true);
    }
  });

  it('rolls finer topics up to their contract parent and leaves unknown ids alone', () => {
    expect(contractTopicOf('qwen-models')).toBe('model-families');
    expect(contractTopicOf('speculative-decoding')).toBe('serving');
    expect(contractTopicOf('attention')).toBe('attention');
    expect(contractTopicOf('no-such-topic')).toBe('no-such-topic');
    expect(areaOf('grpo')).toBe('alignment');
    expect(areaOf('no-such-topic')).toBeUndefined();
  });
});
