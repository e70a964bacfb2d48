import { describe, expect, it } from 'vitest';
import { ageInDays, postDay } from '../../../src/analysis/plan/dates';
import { recencyWeights } from '../../../src/analysis/plan/recency';
import { makePost } from './make';

const today = '2025-06-01';

describe('post dates', () => {
  it('measures a full date from today in days', () => {
    expect(ageInDays('2025-02-21', today)).toBe(100);
    expect(ageInDays('2025-06-01', today)).toBe(0);
  });

  it('places a MM-DD date on the most recent such day not after today', () => {
    expect(ageInDays('05-31', today)).toBe(1);
    expect(ageInDays('06-01', today)).toBe(0);
    expect(ageInDays('06-02', today)).toBe(364);
  });

  it('goes back to the last leap year for 02-29', () => {
    expect(postDay('02-29', today)).toBe(postDay('2024-02-29', today));
  });

  it('treats empty and impossible dates as unknown', () => {
    expect(ageInDays('', today)).toBeNull();
    expect(ageInDays('02-30', today)).toBeNull();
    expect(ageInDays('2025-13-01', today)).toBeNull();
    expect(ageInDays('next week', today)).toBeNull();
  });

  it('counts a date after today as today', () => {
    expect(ageInDays('2025-07-01', today)).toBe(0);
  });

  it('refuses a malformed today, which is a programming error', () => {
    expect(() => ageInDays('05-31', 'June')).toThrow(/YYYY-MM-DD/);
  });
});

describe('recency weights', () => {
  it('halves a post weight every half-life', () => {
    const posts = [makePost('new', { date: '2025-06-01' }), makePost('old', { date: '2025-02-21' })];
    const { byPost } = recencyWeights(posts, 100, today);
    expect(byPost.get('new')).toBe(1);
    expect(byPost.get('old')).toBeCloseTo(0.5, 12);
  });

  it('gives an undated post the weight of the median age and says how many there were', () => {
    const posts = [
      makePost('new', { date: '2025-06-01' }),
      makePost('old', { date: '2025-02-21' }),
      makePost('undated'),
    ];
    const weights = recencyWeights(posts, 100, today);
    expect(weights.medianAge).toBe(50);
    expect(weights.undated).toBe(1);
    expect(weights.byPost.get('undated')).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('weighs every post 1 when recency is off or nothing is dated', () => {
    const posts = [makePost('a', { date: '2020-01-01' }), makePost('b')];
    expect([...recencyWeights(posts, null, today).byPost.values()]).toEqual([1, 1]);
    expect([...recencyWeights([makePost('c')], 90, today).byPost.values()]).toEqual([1]);
  });
});
