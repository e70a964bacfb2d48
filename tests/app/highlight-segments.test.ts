import { describe, expect, it } from 'vitest';
import { evidenceTerms } from '../../src/app/components/evidence-terms';
import { highlightSegments } from '../../src/app/components/highlight-segments';
import { questions } from './fixtures';

describe('highlightSegments', () => {
  it('marks every occurrence of every term, case-insensitively', () => {
    expect(highlightSegments('PPO 和 ppo 的 clip', ['ppo', 'CLIP'])).toEqual([
      { text: 'PPO', highlighted: true },
      { text: ' 和 ', highlighted: false },
      { text: 'ppo', highlighted: true },
      { text: ' 的 ', highlighted: false },
      { text: 'clip', highlighted: true },
    ]);
  });

  it('merges overlapping terms and leaves text without terms whole', () => {
    expect(highlightSegments('attention', ['atten', 'tention'])).toEqual([{ text: 'attention', highlighted: true }]);
    expect(highlightSegments('<img src=x onerror=alert(1)>', [])).toEqual([
      { text: '<img src=x onerror=alert(1)>', highlighted: false },
    ]);
    expect(highlightSegments('', ['a'])).toEqual([]);
  });
});

describe('evidenceTerms', () => {
  it('keeps the terms found in the text and drops rule names', () => {
    expect(evidenceTerms(questions[0]!)).toEqual(['PPO', 'clip']);
    expect(evidenceTerms(questions[1]!)).toEqual(['GAE']);
  });
});
