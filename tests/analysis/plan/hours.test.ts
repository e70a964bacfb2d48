import { describe, expect, it } from 'vitest';
import { estimateHours, roundUpToQuarter } from '../../../src/analysis/plan/hours';
import type { TypicalQuestion } from '../../../src/analysis/plan/types';
import type { KindId } from '../../../src/loader/types';

function typical(text: string, kind: KindId): TypicalQuestion {
  return { key: text, text, count: 1, kind, companies: [], rounds: [], questionIds: [], postId: 'p' };
}

const questions = [typical('PPO', 'concept'), typical('手撕MHA', 'coding'), typical('推导DPO', 'derivation')];

describe('hours per topic', () => {
  it('adds the kinds of its typical questions to half an hour of overview, in quarter hours', () => {
    // 0.5 + 0.3 + 1 + 0.75 = 2.55, rounded up to 2.75.
    expect(estimateHours(questions, () => undefined)).toBe(2.75);
  });

  it('drops mastered questions but not those to review', () => {
    const markOf = (text: string) => (text === '手撕MHA' ? 'mastered' : text === 'PPO' ? 'review' : undefined);
    // 0.5 + 0.3 + 0.75 = 1.55 → 1.75.
    expect(estimateHours(questions, markOf)).toBe(1.75);
  });

  it('needs half an hour for a topic without questions', () => {
    expect(estimateHours([], () => undefined)).toBe(0.5);
  });

  it('rounds up to quarter hours without floating-point surprises', () => {
    expect(roundUpToQuarter(1)).toBe(1);
    expect(roundUpToQuarter(0.1 + 0.2 + 0.7)).toBe(1);
    expect(roundUpToQuarter(1.01)).toBe(1.25);
  });
});
