import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/analysis/wilson';

describe('wilson', () => {
  // Reference values worked by hand from (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
  it('gives [0, z²/(n+z²)] for 0 of 10', () => {
    const { estimate, lo, hi } = wilson(0, 10);
    expect(estimate).toBe(0);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(3.8415 / 13.8415, 4); // 0.2775
  });

  it('gives [n/(n+z²), 1] for 10 of 10', () => {
    const { lo, hi } = wilson(10, 10);
    expect(lo).toBeCloseTo(10 / 13.8415, 4); // 0.7225
    expect(hi).toBeCloseTo(1, 10);
  });

  it('is symmetric around one half for 5 of 10: [0.2366, 0.7634]', () => {
    const { estimate, lo, hi } = wilson(5, 10);
    expect(estimate).toBe(0.5);
    expect(lo).toBeCloseTo(0.2366, 4);
    expect(hi).toBeCloseTo(0.7634, 4);
  });

  it('gives [0.0456, 0.6994] for 1 of 4', () => {
    const { lo, hi } = wilson(1, 4);
    expect(lo).toBeCloseTo(0.0456, 4);
    expect(hi).toBeCloseTo(0.6994, 4);
  });

  it('gives [0.2553, 0.3662] for 81 of 263', () => {
    const { lo, hi } = wilson(81, 263);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });

  it('knows nothing about an empty sample', () => {
    expect(wilson(0, 0)).toEqual({ estimate: 0, lo: 0, hi: 1 });
  });

  it('narrows as the sample grows at the same proportion', () => {
    const small = wilson(3, 10);
    const large = wilson(300, 1000);
    expect(large.hi - large.lo).toBeLessThan(small.hi - small.lo);
    expect(large.lo).toBeLessThan(0.3);
    expect(large.hi).toBeGreaterThan(0.3);
  });
});
