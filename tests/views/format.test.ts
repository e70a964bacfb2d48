import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRatio } from '../../src/app/charts/format';

describe('chart number formats', () => {
  it('prints small shares with one decimal and larger ones whole', () => {
    expect(formatPercent(0.045)).toBe('4.5%');
    expect(formatPercent(0.23)).toBe('23%');
    expect(formatPercent(0.0999)).toBe('10%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(Number.NaN)).toBe('–');
  });

  it('prints counts with thousands separators and ratios with two decimals', () => {
    expect(formatCount(11404)).toBe('11,404');
    expect(formatRatio(4 / 3)).toBe('1.33×');
    expect(formatRatio(Number.NaN)).toBe('–');
  });
});
