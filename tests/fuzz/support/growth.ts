/**
 * How a function's time grows with its input, measured without absolute thresholds: find a size
 * n where one call takes a few milliseconds, then time n·factor. A linear function takes about
 * `factor` times as long; a quadratic one factor², a cubic one factor³.
 */

export interface Growth {
  /** The smaller size measured. */
  n: number;
  factor: number;
  /** Milliseconds per call at n and at n·factor (best of a few runs). */
  small: number;
  large: number;
  /** large / small. */
  ratio: number;
  /** log(ratio) / log(factor): 1 is linear, 2 quadratic. */
  exponent: number;
}

export interface GrowthOptions {
  /** First size tried; doubled until a call takes `minMs`. */
  start: number;
  /** Largest small size; the large run uses max·factor. */
  max: number;
  factor?: number;
  minMs?: number;
  reps?: number;
  /** Growth between sizes (2 doubles, 4 quadruples). */
  step?: number;
  /** A large run faster than this is too fast to matter: reported as exponent NaN. */
  floorMs?: number;
  /** Measures a steep-looking result again this many times and keeps the gentlest: a busy
   *  machine only ever makes runs slower, never a quadratic function linear. Exponents of 2.2
   *  and more are far beyond noise (batched timings keep noise under ~1.7) and are not re-run. */
  retries?: number;
  /** A full collection (where the process allows it) before timing each size: for stages that
   *  allocate a lot, whose timings would otherwise pay for garbage left by the size before. */
  collectFirst?: boolean;
}

/**
 * Milliseconds per call: one untimed call first (it flattens the input string and lets the
 * engine compile the pattern), then the best of `reps` batches, each batch repeating the call
 * until it has run for at least `batchMs` (so even a 10 µs call is timed from many runs).
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function perCall(run: () => void, reps: number, batchMs: number, collectFirst: boolean): number {
  if (collectFirst) collect();
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    let calls = 0;
    const t0 = performance.now();
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < batchMs);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

function measureOnce<T>(prepare: (n: number) => T, run: (input: T) => unknown, options: GrowthOptions): Growth {
  const factor = options.factor ?? 4;
  const minMs = options.minMs ?? 4;
  const reps = options.reps ?? 3;
  const step = options.step ?? 2;
  let n = options.start;
  let small = 0;
  for (;;) {
    const input = prepare(n);
    small = perCall(() => run(input), reps, minMs / 4, options.collectFirst ?? false);
    if (small >= minMs || n * step > options.max) break;
    n *= step;
  }
  const bigInput = prepare(n * factor);
  const large = perCall(() => run(bigInput), reps, minMs / 4, options.collectFirst ?? false);
  const ratio = large / small;
  const tooFast = large < (options.floorMs ?? 0.05);
  return { n, factor, small, large, ratio, exponent: tooFast ? Number.NaN : Math.log(ratio) / Math.log(factor) };
}

export function measureGrowth<T>(prepare: (n: number) => T, run: (input: T) => unknown, options: GrowthOptions): Growth {
  let result = measureOnce(prepare, run, options);
  for (let i = 0; i < (options.retries ?? 4) && result.exponent > 1.3 && result.exponent < 2.2; i++) {
    const again = measureOnce(prepare, run, options);
    if (!(again.exponent >= result.exponent)) result = again;
  }
  return result;
}

export function describeGrowth(g: Growth): string {
  if (Number.isNaN(g.exponent)) return `too fast to matter (n=${g.n * g.factor}: ${g.large.toFixed(3)} ms)`;
  return (
    `n=${g.n}: ${g.small.toFixed(3)} ms, n=${g.n * g.factor}: ${g.large.toFixed(3)} ms ` +
    `(×${g.ratio.toFixed(1)} for ×${g.factor} input, exponent ${g.exponent.toFixed(2)})`
  );
}
