import { describe, expect, it } from 'vitest';
import { computeOverviewStats, dateRangeOf, formatShare } from '../../src/app/views/overview-stats';
import { posts, questions } from './fixtures';

describe('computeOverviewStats', () => {
  it('counts posts, questions, named companies and the unclassified share', () => {
    const stats = computeOverviewStats(questions, posts);
    expect(stats).toMatchObject({
      posts: 3,
      questions: 5,
      companies: 2,
      dateRange: { from: '2025-03-01', to: '2025-05-20' },
      unclassified: { count: 1, total: 5, share: 0.2 },
      postKinds: { interview: 2, guide: 1 },
    });
  });

  it('reports nothing unclassified and no dates for an empty selection', () => {
    const stats = computeOverviewStats([], []);
    expect(stats.unclassified.share).toBe(0);
    expect(stats.dateRange).toBeUndefined();
  });
});

describe('dateRangeOf', () => {
  it('prefers full dates and falls back to month-day ones', () => {
    expect(dateRangeOf(['', '03-04', '2024-11-02', '2025-01-09'])).toEqual({ from: '2024-11-02', to: '2025-01-09' });
    expect(dateRangeOf(['12-01', '', '03-04'])).toEqual({ from: '03-04', to: '12-01' });
    expect(dateRangeOf(['', 'soon'])).toBeUndefined();
  });
});

describe('formatShare', () => {
  it('keeps a decimal for small shares so they do not read as zero', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.004)).toBe('0.4%');
    expect(formatShare(0.256)).toBe('26%');
    expect(formatShare(1)).toBe('100%');
  });
});
