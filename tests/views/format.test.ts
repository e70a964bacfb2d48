import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRatio } from '../../src/app/charts/format';
import { fill } from '../../src/app/charts/strings';
import { fitText, textWidth } from '../../src/app/charts/text-width';

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

describe('fitText', () => {
  it('keeps a label that fits and cuts one that does not, with an ellipsis', () => {
    expect(fitText('RAG', 100, 11)).toBe('RAG');
    const cut = fitText('FlashAttention等算子优化', 80, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(80);
  });
});

describe('fill', () => {
  it('fills every placeholder, repeated ones too, and leaves unknown ones as written', () => {
    expect(fill('{n} {unit} of {N} {unit}', { n: 3, unit: 'posts', N: 10 })).toBe('3 posts of 10 posts');
    expect(fill('共 {n} 题，{missing}', { n: 0 })).toBe('共 0 题，{missing}');
    expect(fill('no placeholders')).toBe('no placeholders');
  });

  it('prints small and large counts alike', () => {
    expect([0, 7, 999, 1000].map(formatCount)).toEqual(['0', '7', '999', '1,000']);
  });
});
