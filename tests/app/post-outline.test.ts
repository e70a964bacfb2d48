import { describe, expect, it } from 'vitest';
import { outlinePost } from '../../src/app/components/post-outline';
import { questions } from './fixtures';

describe('outlinePost', () => {
  it("lists one post's questions by round in the order of the source lines", () => {
    const shuffled = [...questions].reverse();
    expect(outlinePost(shuffled, 'p1').map((section) => [section.round, section.questions.map((q) => q.id)])).toEqual([
      ['1', ['q1', 'q2']],
      ['2', ['q3']],
    ]);
    expect(outlinePost(questions, 'missing')).toEqual([]);
  });
});
