import { describe, expect, it } from 'vitest';
import { topicFrequency } from '../../src/analysis/frequency';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { post, question } from './fixtures/questions';
import { contractTaxonomy } from './fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const code = (id: string): number => space.codeOfTopic.get(id) ?? -1;
const area = (id: string): number => space.codeOfArea.get(id) ?? -1;

describe('topicFrequency', () => {
  const questions = [
    ...post('p1', [['rag'], ['rag', 'agent'], ['rag']]),
    ...post('p2', [['rag'], ['attention'], []]),
    ...post('p3', [['agent']]),
  ];
  const f = topicFrequency(questions, space);

  it('counts every question that carries a topic', () => {
    expect(f.topicQuestions[code('rag')]).toBe(4);
    expect(f.topicQuestions[code('agent')]).toBe(2);
    expect(f.totalQuestions).toBe(7);
    expect(f.unclassifiedQuestions).toBe(1);
  });

  it('counts each post once in the share of posts, however many questions it asks', () => {
    expect(f.topicPosts[code('rag')]).toBe(2);
    expect(f.topicPosts[code('agent')]).toBe(2);
    expect(f.topicPosts[code('attention')]).toBe(1);
    expect(f.totalPosts).toBe(3);
  });

  it('counts a question once for its area even when two of its topics share the area', () => {
    expect(f.areaQuestions[area('applications')]).toBe(5);
    expect(f.areaPosts[area('applications')]).toBe(3);
    expect(f.areaQuestions[area('architecture')]).toBe(1);
  });

  it('counts a post once when its questions are not next to each other in the array', () => {
    const shuffled = [
      question({ postId: 'a', topics: ['rag'] }),
      question({ postId: 'b', topics: ['rag'] }),
      question({ postId: 'a', topics: ['rag'] }),
    ];
    const g = topicFrequency(shuffled, space);
    expect(g.topicPosts[code('rag')]).toBe(2);
    expect(g.topicQuestions[code('rag')]).toBe(3);
  });

  it('gives zeros for no questions', () => {
    const g = topicFrequency([], space);
    expect(g.totalPosts).toBe(0);
    expect(g.topicQuestions.every((v) => v === 0)).toBe(true);
  });
});
