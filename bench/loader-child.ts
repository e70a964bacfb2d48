/**
 * One loader measurement in a fresh process (started by src/cli/bench.ts):
 *
 *   time DIR RUNS   the loader and the floor (decode the same bytes, split them into lines),
 *                   alternately, RUNS times each after a warm-up, with a full GC before each run;
 *   memory DIR      one load; the process's peak RSS and its RSS before reading any input.
 */
import { loadFiles } from '../src/loader';
import type { InputFile } from '../src/loader/types';
import { readCorpus, totalBytes } from './read-corpus';
import { reportResult } from './run-child';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** What any loader must do at least: decode every byte and find the lines. */
function floorPass(files: readonly InputFile[]): number {
  const decoder = new TextDecoder();
  let lines = 0;
  for (const file of files) lines += decoder.decode(file.bytes).split('\n').length;
  return lines;
}

export interface TimeResult {
  bytes: number;
  files: number;
  posts: number;
  questions: number;
  lines: number;
  floorMs: number[];
  loaderMs: number[];
}

export interface MemoryResult {
  bytes: number;
  questions: number;
  /** RSS with the loader imported, before any input was read. */
  baselineRss: number;
  /** RSS once the input files are in memory, before loading. */
  inputRss: number;
  /** The process's peak RSS (getrusage ru_maxrss). */
  peakRss: number;
}

function time(dir: string, runs: number): TimeResult {
  const files = readCorpus(dir);
  floorPass(files);
  loadFiles(files.slice(0, Math.max(1, Math.ceil(files.length / 10))));
  const floorMs: number[] = [];
  const loaderMs: number[] = [];
  let lines = 0;
  let posts = 0;
  let questions = 0;
  for (let r = 0; r < runs; r++) {
    gc();
    let t0 = performance.now();
    lines = floorPass(files);
    floorMs.push(performance.now() - t0);
    gc();
    t0 = performance.now();
    const result = loadFiles(files);
    loaderMs.push(performance.now() - t0);
    posts = result.posts.length;
    questions = result.questions.length;
  }
  return { bytes: totalBytes(files), files: files.length, posts, questions, lines, floorMs, loaderMs };
}

function memory(dir: string): MemoryResult {
  gc();
  const baselineRss = process.memoryUsage().rss;
  const files = readCorpus(dir);
  gc();
  const inputRss = process.memoryUsage().rss;
  const result = loadFiles(files);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { bytes: totalBytes(files), questions: result.questions.length, baselineRss, inputRss, peakRss };
}

const [mode, dir, runs] = process.argv.slice(2);
if (!dir) throw new Error('usage: loader-child.ts time|memory DIR [RUNS]');
reportResult(mode === 'memory' ? memory(dir) : time(dir, Number(runs ?? 3)));
