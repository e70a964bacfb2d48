/**
 * The benchmark's smoke run: tiny corpora through every step (loader in child processes,
 * analysis, vite build and gzip, the dashboard in Chromium when it is installed), then the shape
 * of results.json. Timings are never checked here: they belong to `npm run bench` on a quiet
 * machine (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('npm run bench:smoke', () => {
  it('runs every step and writes results.json in the documented shape', { timeout: 300_000 }, () => {
    const out = join(work, 'results.json');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bench.ts', '--smoke', '--out', out, '--corpus', join(work, 'corpus')],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, timeout: 280_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('Targets');

    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(results.smoke).toBe(true);

    const loader = results.loader as Record<string, unknown>;
    for (const key of ['mb_per_s', 'questions_per_s', 'ratio_to_floor', 'growth_exponent', 'peak_rss_mb']) {
      expect(isNumber(loader[key]), `loader.${key} = ${String(loader[key])}`).toBe(true);
    }
    const sizes = loader.sizes as Array<Record<string, unknown>>;
    expect(sizes).toHaveLength(3);
    for (const size of sizes) expect(size.questions as number).toBeGreaterThan(0);

    const analysis = results.analysis_ms as Record<string, unknown>;
    for (const key of ['frequency', 'cooccurrence', 'company_comparison', 'plan', 'total']) {
      expect(isNumber(analysis[key]), `analysis_ms.${key}`).toBe(true);
    }
    expect(analysis.questions).toBe(1000);

    expect(isNumber(results.bundle_gzip_kb)).toBe(true);
    expect((results.bundle_files as unknown[]).length).toBeGreaterThan(0);

    if (existsSync(CHROMIUM)) {
      const dashboard = results.dashboard as Record<string, unknown>;
      for (const key of ['first_render_ms', 'filter_p50_ms', 'filter_p95_ms', 'heap_mb']) {
        expect(isNumber(dashboard[key]), `dashboard.${key} = ${String(dashboard[key])}`).toBe(true);
      }
      expect(dashboard.questions as number).toBeGreaterThan(1000);
      expect(dashboard.clicks as number).toBeGreaterThan(0);
    }
    expect((results.targets as unknown[]).length).toBeGreaterThan(0);
  });
});
