import { describe, expect, it } from 'vitest';
import { logOddsDirichlet } from '../../src/analysis/log-odds';

describe('logOddsDirichlet', () => {
  it('matches a hand computation: group [10, 0] against rest [10, 20] with α0 = 10', () => {
    // Pooled frequencies are 1/2 and 1/2, so α = [5, 5]; n_i = 10, n_j = 30.
    // δ0 = log(15 / 5) − log(15 / 25) = log 5;  σ² = 1/15 + 1/15.
    // δ1 = log(5 / 15) − log(25 / 15) = −log 5; σ² = 1/5 + 1/25.
    const [w0, w1] = logOddsDirichlet([10, 0], [10, 20], { priorStrength: 10 });
    expect(w0?.delta).toBeCloseTo(Math.log(5), 12);
    expect(w0?.variance).toBeCloseTo(2 / 15, 12);
    expect(w0?.z).toBeCloseTo(Math.log(5) / Math.sqrt(2 / 15), 12);
    expect(w1?.delta).toBeCloseTo(-Math.log(5), 12);
    expect(w1?.variance).toBeCloseTo(0.24, 12);
  });

  it('is 0 when the group uses topics exactly as the rest does', () => {
    for (const r of logOddsDirichlet([2, 4, 6], [20, 40, 60])) expect(r.delta).toBeCloseTo(0, 12);
  });

  it('changes sign when group and rest swap', () => {
    const ab = logOddsDirichlet([8, 2, 5], [3, 9, 5]);
    const ba = logOddsDirichlet([3, 9, 5], [8, 2, 5]);
    ab.forEach((r, i) => expect(r.delta).toBeCloseTo(-(ba[i]?.delta ?? 0), 12));
  });

  it('grows more certain with more data at the same proportions', () => {
    const small = logOddsDirichlet([4, 1], [1, 4])[0]?.z ?? 0;
    const large = logOddsDirichlet([400, 100], [100, 400])[0]?.z ?? 0;
    expect(large).toBeGreaterThan(small);
    expect(small).toBeGreaterThan(0);
  });

  it('calls a topic nobody asks neither typical nor atypical', () => {
    expect(logOddsDirichlet([3, 0], [4, 0])[1]).toMatchObject({ delta: 0, z: 0 });
  });
});
