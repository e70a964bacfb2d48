import { describe, expect, it } from 'vitest';
import { classifyRound, contractTopicOf, Readings, type ClassifyInput } from '../../src/loader/classify';
import { loadFiles } from '../../src/loader';
import { seedFiles } from '../loader/support';

const round = (...texts: string[]): ClassifyInput[] => texts.map((text) => ({ text, kind: 'concept' }));
const topicsOf = (results: ReturnType<typeof classifyRound>) => results.map((r) => r.topics.map(contractTopicOf));

/** The seed questions by round, as the loader hands them to the classifier. */
function seedRounds(): ClassifyInput[][] {
  const rounds = new Map<string, ClassifyInput[]>();
  for (const q of loadFiles(seedFiles()).questions) {
    const key = `${q.postId}/${q.round}`;
    rounds.set(key, [...(rounds.get(key) ?? []), { text: q.text, kind: 'concept' }]);
  }
  return [...rounds.values()];
}

describe('a loader run reads each distinct question once', () => {
  it('classifies every seed round the same with readings shared across the run as without', () => {
    const rounds = seedRounds();
    const shared = new Readings();
    // Twice over, so the second pass is answered entirely from what the first one read.
    const withShared = [...rounds, ...rounds].map((r) => classifyRound(r, 'interview', shared));
    const alone = [...rounds, ...rounds].map((r) => classifyRound(r, 'interview'));
    expect(withShared).toEqual(alone);
  });

  it('still lets each round decide what a follow-up it has read before is about', () => {
    const readings = new Readings();
    const afterPpo = classifyRound(round('介绍一下PPO', 'value 怎么估计？'), 'interview', readings);
    const afterLora = classifyRound(round('LoRA 的原理是什么', '为什么？'), 'interview', readings);
    const afterRag = classifyRound(round('RAG 的召回怎么做', '为什么？'), 'interview', readings);
    expect(topicsOf(afterPpo)[1]).toEqual(['rl-basics']);
    expect(topicsOf(afterLora)[1]).toEqual(['peft']);
    expect(topicsOf(afterRag)[1]).toEqual(['rag']);
  });

  it('reads a text again under another loader kind or post kind', () => {
    const readings = new Readings();
    const asked = classifyRound([{ text: '说说你的项目', kind: 'concept' }], 'interview', readings);
    const asCode = classifyRound([{ text: '说说你的项目', kind: 'coding' }], 'interview', readings);
    const list = '学习路线：Transformer、LoRA、PPO、RAG、量化、KV cache';
    const inGuide = classifyRound(round(list), 'guide', readings);
    const inRound = classifyRound(round(list), 'interview', readings);
    expect(asCode[0]).toEqual(classifyRound([{ text: '说说你的项目', kind: 'coding' }])[0]);
    expect(asked[0]).toEqual(classifyRound(round('说说你的项目'))[0]);
    expect(inGuide[0]!.topics.length).toBeGreaterThan(inRound[0]!.topics.length);
  });

  it('stays correct when full: a small table keeps what it read and reads the rest each time', () => {
    const rounds = seedRounds();
    const tiny = new Readings(undefined, 3);
    const results = rounds.map((r) => classifyRound(r, 'interview', tiny));
    expect(results).toEqual(rounds.map((r) => classifyRound(r, 'interview')));
  });

  it('hands out the lists the loader shares, so equal questions hold the same arrays', () => {
    const canonical = new Map<string, string[]>();
    const readings = new Readings((c) => {
      const key = c.topics.join();
      if (!canonical.has(key)) canonical.set(key, c.topics);
      return { ...c, topics: canonical.get(key)! };
    });
    const [first] = classifyRound(round('LoRA 的秩怎么选'), 'interview', readings);
    const [second] = classifyRound(round('LoRA 的 rank 一般取多少'), 'interview', readings);
    expect(first!.topics).toBe(second!.topics);
  });
});
