import { describe, expect, it } from 'vitest';
import { cosineSimilarity, seriate } from '../../src/analysis/seriation';

/** Items 0, 2, 4 occur together, and so do 1, 3, 5; the two groups never meet. */
function interleavedBlocks(): Float64Array {
  const k = 6;
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      if (i % 2 === j % 2) m[i * k + j] = i === j ? 10 : 4 + ((i + j) % 3);
    }
  }
  return m;
}

const contiguous = (order: number[], members: number[]): boolean => {
  const positions = members.map((m) => order.indexOf(m)).sort((a, b) => a - b);
  return positions[positions.length - 1]! - positions[0]! === members.length - 1;
};

describe('seriate', () => {
  it('returns a permutation of all items', () => {
    const order = seriate(cosineSimilarity(interleavedBlocks(), 6), 6);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts the members of each cluster next to each other', () => {
    const order = seriate(cosineSimilarity(interleavedBlocks(), 6), 6);
    expect(contiguous(order, [0, 2, 4])).toBe(true);
    expect(contiguous(order, [1, 3, 5])).toBe(true);
  });

  it('is deterministic: the same input always gives the same order', () => {
    const sim = cosineSimilarity(interleavedBlocks(), 6);
    const first = seriate(sim, 6);
    for (let i = 0; i < 5; i += 1) expect(seriate(sim, 6)).toEqual(first);
    expect(first).toEqual([2, 0, 4, 1, 3, 5]);
  });

  it('breaks ties by index, so a matrix of equal similarities keeps the input order', () => {
    const k = 5;
    const flat = new Float64Array(k * k).fill(0.5);
    expect(seriate(flat, k)).toEqual([0, 1, 2, 3, 4]);
  });

  it('handles zero and one item', () => {
    expect(seriate(new Float64Array(0), 0)).toEqual([]);
    expect(seriate(new Float64Array([1]), 1)).toEqual([0]);
  });
});

describe('cosineSimilarity', () => {
  it('is 1 on the diagonal and 0 between rows with nothing in common', () => {
    const sim = cosineSimilarity(interleavedBlocks(), 6);
    expect(sim[0]).toBeCloseTo(1, 12);
    expect(sim[0 * 6 + 1]).toBe(0);
    expect(sim[1 * 6 + 0]).toBe(0);
  });
});
