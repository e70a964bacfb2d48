import { describe, expect, it } from 'vitest';
import { toggleQuestionMark, toggleTopicMark } from '../../src/app/study-plan/progress-actions';

const none = { topics: {}, questions: {} };

describe('marking topics', () => {
  it('sets a mark, switches it, and clears it when chosen again', () => {
    const mastered = toggleTopicMark(none, 'rag', 'mastered');
    expect(mastered.topics).toEqual({ rag: 'mastered' });
    expect(toggleTopicMark(mastered, 'rag', 'review').topics).toEqual({ rag: 'review' });
    expect(toggleTopicMark(mastered, 'rag', 'mastered').topics).toEqual({});
  });

  it('never changes the progress it was given', () => {
    const before = { topics: { rag: 'mastered' as const }, questions: {} };
    toggleTopicMark(before, 'rag', 'mastered');
    expect(before.topics).toEqual({ rag: 'mastered' });
  });
});

describe('marking questions', () => {
  it('keys a question by its normalised text and keeps the text for people', () => {
    const marked = toggleQuestionMark(none, '介绍一下 PPO 的 clip？', undefined, 'mastered');
    expect(marked.questions).toEqual({ ppo的clip: { status: 'mastered', text: '介绍一下 PPO 的 clip？' } });
  });

  it('replaces the mark of a near-duplicate instead of adding a second one', () => {
    const marked = toggleQuestionMark(none, '介绍一下PPO的clip', undefined, 'review');
    const switched = toggleQuestionMark(marked, '讲讲PPO中的clip', 'review', 'mastered');
    expect(Object.values(switched.questions)).toEqual([{ status: 'mastered', text: '讲讲PPO中的clip' }]);
    expect(toggleQuestionMark(switched, '讲讲PPO中的clip', 'mastered', 'mastered').questions).toEqual({});
  });
});
