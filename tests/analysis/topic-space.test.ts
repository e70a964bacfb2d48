import { describe, expect, it } from 'vitest';
import { topicCodesOf } from '../../src/analysis/question-codes';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { question } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const withFiner = {
  areas: contractTaxonomy.areas,
  topics: [
    ...contractTaxonomy.topics,
    { id: 'rope', area: 'architecture', zh: 'RoPE', en: 'RoPE', parent: 'positional-encoding' },
    { id: 'yarn', area: 'architecture', zh: 'YaRN', en: 'YaRN', parent: 'rope' },
  ],
};

describe('topic space', () => {
  it('codes the contract topics in taxonomy order and leaves finer topics out of the axis', () => {
    const space = createTopicSpace(withFiner);
    expect(space.topics).toHaveLength(contractTaxonomy.topics.length);
    expect(space.topics[0]?.id).toBe('attention');
    expect(space.areas.map((a) => a.id)).toEqual(contractTaxonomy.areas.map((a) => a.id));
  });

  it('rolls finer topics up to their contract parent, through several levels', () => {
    const space = createTopicSpace(withFiner);
    const pe = space.codeOfTopic.get('positional-encoding');
    expect(space.codeOfTopic.get('rope')).toBe(pe);
    expect(space.codeOfTopic.get('yarn')).toBe(pe);
  });

  it('gives each question its distinct contract topics, most relevant first', () => {
    const space = createTopicSpace(withFiner);
    const q = question({ postId: 'p', topics: ['rope', 'attention', 'positional-encoding', 'nope'] });
    const codes = [...topicCodesOf(space, q)].map((c) => space.topics[c]?.id);
    expect(codes).toEqual(['positional-encoding', 'attention']);
  });

});
