/**
 * `npm run bench`: how the loader, the analysis and the dashboard cope with thousands of posts,
 * measured against targets on this machine. Prints a table and writes bench/results.json.
 *
 *   npm run bench [-- --only loader,analysis,dashboard,bundle] [--runs N] [--seed S] [--out FILE]
 *   npm run bench:smoke     tiny sizes, a check that every step runs (CI); timings mean nothing
 *
 * Corpora are generated on demand under bench/corpus/ (git-ignored), the same bytes for the same
 * seed. Each loader and analysis measurement runs in its own Node process, so each has its own
 * peak memory. See docs/performance.md.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResult, AnalysisStep } from '../../bench/analysis-child';
import { buildApp, measureBundle, type BundleResult } from '../../bench/bundle';
import { generateCorpus } from '../../bench/corpus';
import { benchDashboard, CHROMIUM_PATH, type DashboardResult } from '../../bench/dashboard';
import type { MemoryResult, TimeResult } from '../../bench/loader-child';
import { readCorpus } from '../../bench/read-corpus';
import { runChild } from '../../bench/run-child';
import { growthExponent, median, round } from '../../bench/stats';
import { loadFiles } from '../loader';

type Step = 'loader' | 'analysis' | 'dashboard' | 'bundle';
const STEPS: Step[] = ['loader', 'analysis', 'dashboard', 'bundle'];

interface Args {
  smoke: boolean;
  only: Step[];
  runs: number | undefined;
  seed: number;
  out: string;
  corpusRoot: string;
}

interface Plan {
  loaderMb: number[];
  loaderRuns: (mb: number) => number;
  /** Peak memory is one process's high-water mark, so each run is a process of its own. */
  memoryRuns: number;
  analysisQuestions: number;
  analysisRuns: number;
  renders: number;
  clicks: number;
  timeoutMs: number;
}

const FULL: Plan = {
  loaderMb: [2, 8, 32],
  loaderRuns: (mb) => (mb >= 32 ? 3 : 5),
  memoryRuns: 3,
  analysisQuestions: 100_000,
  analysisRuns: 5,
  renders: 3,
  clicks: 20,
  timeoutMs: 15 * 60_000,
};

const SMOKE: Plan = {
  loaderMb: [0.05, 0.1, 0.2],
  loaderRuns: () => 2,
  memoryRuns: 1,
  analysisQuestions: 1_000,
  analysisRuns: 2,
  renders: 1,
  clicks: 4,
  timeoutMs: 120_000,
};

/** Targets of issue 6 on this 2-core machine. */
export const TARGETS = {
  ratioToFloor: 8,
  growthExponent: 1.1,
  peakOverInput: 4,
  firstRenderMs: 2000,
  filterP95Ms: 100,
  bundleGzipKb: 300,
};

const BENCH_DIR = fileURLToPath(new URL('../../bench/', import.meta.url));
const child = (name: string) => join(BENCH_DIR, name);

function parseArgs(argv: string[]): Args {
  const smoke = argv.includes('--smoke');
  const args: Args = {
    smoke,
    only: STEPS,
    runs: undefined,
    seed: 1,
    out: smoke ? join(BENCH_DIR, 'corpus', 'results.smoke.json') : join(BENCH_DIR, 'results.json'),
    corpusRoot: join(BENCH_DIR, 'corpus'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--smoke') continue;
    if (flag === '--only') {
      const wanted = value().split(',').map((s) => s.trim());
      for (const w of wanted) if (!STEPS.includes(w as Step)) throw new Error(`--only: unknown step ${w} (${STEPS.join(', ')})`);
      args.only = wanted as Step[];
    } else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--out') args.out = resolve(value());
    else if (flag === '--corpus') args.corpusRoot = resolve(value());
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: npm run bench [-- --smoke] [--only loader,analysis,dashboard,bundle] [--runs N] [--seed S] [--out FILE]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const MB = 1048576;

/** Writes a fresh corpus into `dir` (removing an older one) and returns the paths written. */
function writeCorpus(dir: string, options: { seed: number; targetBytes?: number; minQuestions?: number }): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let questions = 0;
  const corpus = generateCorpus({
    seed: options.seed,
    ...(options.targetBytes !== undefined ? { targetBytes: options.targetBytes } : { posts: 1_000_000 }),
  });
  for (const file of corpus) {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    paths.push(path);
    questions += file.questions;
    if (options.minQuestions !== undefined && questions >= options.minQuestions) break;
  }
  return paths;
}

interface LoaderSize {
  mb: number;
  files: number;
  posts: number;
  questions: number;
  loader_ms: number;
  floor_ms: number;
  ratio_to_floor: number;
  mb_per_s: number;
  questions_per_s: number;
  peak_rss_mb: number;
  baseline_rss_mb: number;
  peak_rss_over_input: number;
}

interface LoaderFigures {
  mb_per_s: number;
  questions_per_s: number;
  ratio_to_floor: number;
  growth_exponent: number;
  peak_rss_mb: number;
  peak_rss_over_input: number;
  sizes: LoaderSize[];
}

async function benchLoader(args: Args, plan: Plan): Promise<LoaderFigures> {
  const sizes: LoaderSize[] = [];
  for (const mb of plan.loaderMb) {
    const dir = join(args.corpusRoot, `loader-${mb}mb-s${args.seed}`);
    writeCorpus(dir, { seed: args.seed, targetBytes: Math.round(mb * MB) });
    const runs = args.runs ?? plan.loaderRuns(mb);
    log(`loader: ${mb} MB, ${runs} runs…`);
    const time = await runChild<TimeResult>(child('loader-child.ts'), ['time', dir, String(runs)], plan.timeoutMs);
    const memoryRuns: MemoryResult[] = [];
    for (let run = 0; run < plan.memoryRuns; run++) {
      memoryRuns.push(await runChild<MemoryResult>(child('loader-child.ts'), ['memory', dir], plan.timeoutMs));
    }
    const overInput = (m: MemoryResult) => (m.peakRss - m.baselineRss) / m.bytes;
    // The run with the median peak over input stands for all (its peak and baseline belong together).
    const memory = [...memoryRuns].sort((a, b) => overInput(a) - overInput(b))[Math.floor(memoryRuns.length / 2)]!;
    const loaderMs = median(time.loaderMs);
    const floorMs = median(time.floorMs);
    const inputMb = time.bytes / MB;
    const size: LoaderSize = {
      mb: round(inputMb, 2),
      files: time.files,
      posts: time.posts,
      questions: time.questions,
      loader_ms: round(loaderMs),
      floor_ms: round(floorMs, 2),
      ratio_to_floor: round(loaderMs / floorMs),
      mb_per_s: round(inputMb / (loaderMs / 1000), 2),
      questions_per_s: Math.round(time.questions / (loaderMs / 1000)),
      peak_rss_mb: round(memory.peakRss / MB),
      baseline_rss_mb: round(memory.baselineRss / MB),
      peak_rss_over_input: round((memory.peakRss - memory.baselineRss) / memory.bytes, 2),
    };
    log(`  ${size.loader_ms} ms (floor ${size.floor_ms} ms), ${size.mb_per_s} MB/s, peak RSS ${size.peak_rss_mb} MB`);
    sizes.push(size);
  }
  const largest = sizes[sizes.length - 1];
  if (!largest) throw new Error('no loader sizes');
  return {
    mb_per_s: largest.mb_per_s,
    questions_per_s: largest.questions_per_s,
    ratio_to_floor: largest.ratio_to_floor,
    growth_exponent: round(growthExponent(sizes.map((s) => ({ size: s.mb, time: s.loader_ms }))), 2),
    peak_rss_mb: largest.peak_rss_mb,
    peak_rss_over_input: largest.peak_rss_over_input,
    sizes,
  };
}

type AnalysisFigures = { questions: number; total: number; warm: Record<AnalysisStep, number> & { total: number } } & Record<AnalysisStep, number>;

function seedQuestions(): number {
  const seeds = fileURLToPath(new URL('../../data/raw', import.meta.url));
  return existsSync(seeds) ? loadFiles(readCorpus(seeds)).questions.length : 0;
}

async function benchAnalysis(dir: string, args: Args, plan: Plan): Promise<{ figures: AnalysisFigures; loaded: number }> {
  const runs = args.runs ?? plan.analysisRuns;
  log(`analysis: ${plan.analysisQuestions} questions, ${runs} runs…`);
  const result = await runChild<AnalysisResult>(
    child('analysis-child.ts'),
    [dir, String(plan.analysisQuestions), String(runs)],
    plan.timeoutMs,
  );
  const steps = Object.keys(result.ms) as AnalysisStep[];
  const medians = Object.fromEntries(steps.map((s) => [s, round(median(result.ms[s]))])) as Record<AnalysisStep, number>;
  const warm = Object.fromEntries(steps.map((s) => [s, round(median(result.warmMs[s]))])) as Record<AnalysisStep, number>;
  const total = round(steps.reduce((sum, s) => sum + medians[s], 0));
  const warmTotal = round(steps.reduce((sum, s) => sum + warm[s], 0));
  log(`  cold: ${steps.map((s) => `${s} ${medians[s]} ms`).join(', ')}`);
  log(`  warm: ${steps.map((s) => `${s} ${warm[s]} ms`).join(', ')}`);
  return { figures: { questions: result.questions, ...medians, total, warm: { ...warm, total: warmTotal } }, loaded: result.loaded };
}

interface DashboardFigures {
  first_render_ms: number;
  filter_p50_ms: number;
  filter_p95_ms: number;
  heap_mb: number;
  questions: number;
  loading_ms: number;
  render_ms: number;
  import_ms: number;
  clicks: number;
  click_ms: number[];
  dom_nodes: Record<string, number>;
}

function dashboardFigures(r: DashboardResult): DashboardFigures {
  return {
    first_render_ms: round(median(r.firstRenderMs)),
    filter_p50_ms: round(r.filterP50),
    filter_p95_ms: round(r.filterP95),
    heap_mb: round(Math.max(r.heapMb.afterRender, r.heapMb.afterClicks)),
    questions: r.questions,
    loading_ms: round(median(r.loadedMs)),
    render_ms: round(median(r.renderMs)),
    import_ms: r.importMs,
    clicks: r.clicks.length,
    click_ms: r.clicks.map((c) => round(c.ms)),
    dom_nodes: r.domNodes,
  };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');
const pad = (s: string, n: number) => s.padStart(n);
const mark = (ok: boolean) => (ok ? 'meets' : 'MISSES');

function table(results: Results): string {
  const lines: string[] = [];
  if (results.loader) {
    lines.push('Loader (median of several runs; floor = decode the same bytes and split them into lines)');
    lines.push(`${pad('input', 8)} ${pad('files', 6)} ${pad('questions', 10)} ${pad('loader', 10)} ${pad('floor', 9)} ${pad('×floor', 7)} ${pad('MB/s', 6)} ${pad('questions/s', 12)} ${pad('peak RSS', 9)} ${pad('(peak−base)/input', 18)}`);
    for (const s of results.loader.sizes) {
      lines.push(
        `${pad(`${fmt(s.mb, 1)} MB`, 8)} ${pad(fmt(s.files), 6)} ${pad(fmt(s.questions), 10)} ${pad(`${fmt(s.loader_ms)} ms`, 10)} ${pad(`${fmt(s.floor_ms, 1)} ms`, 9)} ${pad(`${fmt(s.ratio_to_floor)}×`, 7)} ${pad(fmt(s.mb_per_s, 2), 6)} ${pad(fmt(s.questions_per_s), 12)} ${pad(`${fmt(s.peak_rss_mb)} MB`, 9)} ${pad(`${fmt(s.peak_rss_over_input, 1)}×`, 18)}`,
      );
    }
    lines.push(`growth exponent ${fmt(results.loader.growth_exponent, 2)} (1.0 is linear)`, '');
  }
  if (results.analysis_ms) {
    const a = results.analysis_ms;
    lines.push(`Analysis on ${fmt(a.questions)} questions (median; cold = topic codes computed each call, warm = reused)`);
    lines.push(`  cold: frequency ${fmt(a.frequency)} ms · co-occurrence ${fmt(a.cooccurrence)} ms · company comparison ${fmt(a.company_comparison)} ms · rounds ${fmt(a.rounds)} ms · plan ${fmt(a.plan)} ms · total ${fmt(a.total)} ms`);
    lines.push(`  warm: frequency ${fmt(a.warm.frequency)} ms · co-occurrence ${fmt(a.warm.cooccurrence)} ms · company comparison ${fmt(a.warm.company_comparison)} ms · rounds ${fmt(a.warm.rounds)} ms · plan ${fmt(a.warm.plan)} ms · total ${fmt(a.warm.total)} ms`, '');
  }
  if (results.dashboard) {
    const d = results.dashboard;
    lines.push(`Dashboard in headless Chromium with ${fmt(d.questions)} questions`);
    lines.push(`  first complete render ${fmt(d.first_render_ms)} ms (worker result at ${fmt(d.loading_ms)} ms, then ${fmt(d.render_ms)} ms to the frame)`);
    lines.push(`  cross-filter click → every view updated: p50 ${fmt(d.filter_p50_ms)} ms, p95 ${fmt(d.filter_p95_ms)} ms over ${d.clicks} clicks`);
    lines.push(`  JS heap (page, after GC) ${fmt(d.heap_mb)} MB; import of the files took ${fmt(d.import_ms / 1000, 1)} s`);
    lines.push(`  DOM elements: ${Object.entries(d.dom_nodes).map(([k, v]) => `${k} ${fmt(v)}`).join(' · ')}`, '');
  }
  if (results.bundle_gzip_kb !== null) lines.push(`Bundle ${fmt(results.bundle_gzip_kb, 1)} KB gzip`, '');
  lines.push('Targets');
  for (const t of results.targets) lines.push(`  ${mark(t.ok).padEnd(6)} ${t.name}: ${t.value} (target ${t.target})`);
  return lines.join('\n');
}

interface TargetCheck {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

interface Results {
  generated: string;
  smoke: boolean;
  seed: number;
  machine: { cpus: number; model: string; node: string; platform: string; loadavg_start: number[]; loadavg_end: number[] };
  loader: LoaderFigures | null;
  analysis_ms: AnalysisFigures | null;
  dashboard: DashboardFigures | null;
  bundle_gzip_kb: number | null;
  bundle_files: Array<{ file: string; gzip_kb: number }>;
  targets: TargetCheck[];
}

function checkTargets(r: Results): TargetCheck[] {
  const out: TargetCheck[] = [];
  const add = (name: string, value: number, target: number, unit = '') =>
    out.push({ name, value: `${fmt(value, 2)}${unit}`, target: `≤ ${target}${unit}`, ok: value <= target });
  if (r.loader) {
    add('loader time ÷ floor', r.loader.ratio_to_floor, TARGETS.ratioToFloor, '×');
    add('loader growth exponent', r.loader.growth_exponent, TARGETS.growthExponent);
    add('loader (peak RSS − baseline) ÷ input', r.loader.peak_rss_over_input, TARGETS.peakOverInput, '×');
  }
  if (r.dashboard) {
    add('first complete render', r.dashboard.first_render_ms, TARGETS.firstRenderMs, ' ms');
    add('cross-filter p95', r.dashboard.filter_p95_ms, TARGETS.filterP95Ms, ' ms');
  }
  if (r.bundle_gzip_kb !== null) add('bundle (gzip)', r.bundle_gzip_kb, TARGETS.bundleGzipKb, ' KB');
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const plan = args.smoke ? SMOKE : FULL;
  const cpu = cpus();
  const results: Results = {
    generated: new Date().toISOString(),
    smoke: args.smoke,
    seed: args.seed,
    machine: {
      cpus: cpu.length,
      model: cpu[0]?.model ?? '',
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadavg_start: loadavg().map((x) => round(x, 2)),
      loadavg_end: [],
    },
    loader: null,
    analysis_ms: null,
    dashboard: null,
    bundle_gzip_kb: null,
    bundle_files: [],
    targets: [],
  };
  const want = (s: Step) => args.only.includes(s);
  mkdirSync(args.corpusRoot, { recursive: true });

  if (want('loader')) results.loader = await benchLoader(args, plan);

  // One corpus of at least analysisQuestions questions serves the analysis and the dashboard.
  const bigDir = join(args.corpusRoot, `questions-${plan.analysisQuestions}-s${args.seed}`);
  let bigFiles: string[] = [];
  let loaded = 0;
  if (want('analysis') || want('dashboard')) {
    bigFiles = writeCorpus(bigDir, { seed: args.seed + 1, minQuestions: Math.ceil(plan.analysisQuestions * 1.05) });
  }
  if (want('analysis') || want('dashboard')) {
    const analysis = await benchAnalysis(bigDir, args, plan);
    loaded = analysis.loaded;
    if (want('analysis')) results.analysis_ms = analysis.figures;
  }

  let bundle: BundleResult | undefined;
  const distDir = join(tmpdir(), `mianjing-bench-dist-${process.pid}`);
  if (want('bundle') || want('dashboard')) {
    log('bundle: vite build…');
    buildApp(distDir);
    bundle = measureBundle(distDir);
    if (want('bundle')) {
      results.bundle_gzip_kb = bundle.gzipKb;
      results.bundle_files = bundle.files.map((f) => ({ file: f.file, gzip_kb: round(f.gzipBytes / 1024) }));
    }
    log(`  ${bundle.gzipKb} KB gzip`);
  }

  if (want('dashboard')) {
    if (!existsSync(CHROMIUM_PATH)) {
      log(`dashboard: skipped, no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    } else {
      const expected = loaded + seedQuestions();
      log(`dashboard: ${bigFiles.length} files, ${expected} questions expected…`);
      const result = await benchDashboard({
        distDir,
        files: bigFiles,
        expectedQuestions: expected,
        renders: args.runs ?? plan.renders,
        clicks: plan.clicks,
        timeoutMs: plan.timeoutMs,
        log,
      });
      results.dashboard = dashboardFigures(result);
    }
  }
  rmSync(distDir, { recursive: true, force: true });

  results.machine.loadavg_end = loadavg().map((x) => round(x, 2));
  results.targets = checkTargets(results);
  mkdirSync(join(args.out, '..'), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${table(results)}\n\nwrote ${args.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
