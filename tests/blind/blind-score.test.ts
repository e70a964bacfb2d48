/**
 * The loader on posts written and labelled blind (tests/fixtures/blind), scored as
 * ../shared/tools/score.py scores the hidden set. Each batch was labelled before the loader first
 * ran on it; its first, untuned figures are the honest ones (topic micro-F1 / area F1 / kind),
 * each measured after tuning on the batches before it:
 *   batch 1 0.926 / 0.957 / 0.976    batch 2 0.876 / 0.909 / 0.934    batch 3 0.831 / 0.867 / 0.989
 *   batch 4 0.929 / 0.954 / 0.922    batch 5 0.948 / 0.960 / 0.978    batch 6 0.929 / 0.944 / 0.960
 *   batch 7 0.911 / 0.920 / 0.965    batch 8 0.919 / 0.943 / 0.922    batch 9 0.958 / 0.973 / 1.000
 *   batch 10 0.900 / 0.922 / 0.945   batch 11 0.902 / 0.940 / 0.945   batch 12 0.927 / 0.947 / 0.964
 *   batch 13 0.971 / 0.980 / 0.913   batch 14 0.968 / 0.974 / 0.991   batch 15 0.965 / 0.973 / 0.970
 *   batch 16 0.897 / 0.929 / 0.947   batch 17 0.922 / 0.932 / 0.990   batch 18 0.914 / 0.930 / 0.929
 *   batch 19 0.952 / 0.963 / 0.972   batch 20 0.874 / 0.902 / 0.939 (CV, speech and recommender engineers)
 *   batch 21 0.884 / 0.922 / 0.978   batch 22 0.852 / 0.878 / 0.935 (a Markdown table, 繁體 and Cantonese)
 *   batch 23 0.853 / 0.886 / 0.941 (recommender and ads engineers, a voice memo)
 *   batch 24 0.913 / 0.935 / 0.902 (agents and RAG, an English loop)   batch 25 0.960 / 0.965 / 0.949
 *   batch 26 0.930 / 0.931 / 0.958 (surface traps: inline lists, answers, 反问, another scraper's OCR;
 *            questions recall 0.896, precision 0.683)
 *   batch 27 0.881 / 0.920 / 0.958 (multimodal roles)   batch 28 0.898 / 0.905 / 0.933 (infra, evaluation)
 *   batch 29 0.972 / 0.974 / 0.948 (seed-format logs; questions precision 0.752: a guide read as an interview)
 *   batch 30 0.903 / 0.909 / 0.969 (layout traps; questions recall 0.898: a one-paragraph post)
 *   batch 31 0.940 / 0.952 / 0.977 (slang, abbreviations, typos, symptoms)
 *   batch 32 0.911 / 0.936 / 0.968 (questions in images; questions recall 0.949, precision 0.877)
 *   batch 33 0.847 / 0.878 / 0.869 (English reports; questions recall 0.863, precision 0.870)
 *   batch 34 0.938 / 0.958 / 0.938 (the kind of a question)
 *   batch 35 0.959 / 0.970 / 0.991 (小红书 notes in the seeds' format and conventions; rounds 0.714)
 *   batch 36 0.970 / 0.972 / 0.969 (牛客 sub-questions, 问题汇总; questions precision 0.763)
 *   batch 37 0.976 / 0.981 / 1.000 (guides and interviews that look like guides; post kind 0.625)
 *   batch 38 0.918 / 0.933 / 0.973 (seed-format notes with unnumbered questions; questions recall 0.949)
 *   batch 39 0.959 / 0.972 / 0.978 (the thinner topics)   batch 40 0.925 / 0.940 / 0.922 (other companies)
 *   batch 41 0.962 / 0.967 / 0.991 (seed-format RAG and agent notes)   batch 42 0.894 / 0.939 / 0.954 (post-training and RL)
 * The classifier was then improved on each (batch 14 only indirectly, by probing every topic with
 * new wordings), by classes of error rather than sentences. Floors
 * sit just under what is achieved now, so a change that loses ground on this text fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import contract from '../fixtures/taxonomy-contract-ids.json';
import { loadFiles } from '../../src/loader';
import type { InputFile } from '../../src/loader';
import { scoreAgainstGold, type Figures, type Gold } from './score';

const BLIND_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'blind');
const INPUT = /\.(txt|md)$/;

function inputsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return inputsUnder(path);
      return INPUT.test(entry.name) ? [path] : [];
    })
    .sort();
}

const files: InputFile[] = inputsUnder(BLIND_DIR).map((path) => ({
  name: relative(BLIND_DIR, path).split(/[\\/]/).pop()!,
  bytes: new Uint8Array(readFileSync(path)),
}));
const result = loadFiles(files);
const areaOf = new Map(contract.topics.map((t) => [t.id, t.area]));
const readGold = (path: string): Gold => JSON.parse(readFileSync(join(BLIND_DIR, path), 'utf8')) as Gold;

interface Floors {
  questionRecall: number;
  questionPrecision: number;
  topicF1: number;
  areaF1: number;
  kindAccuracy: number;
}

const BATCHES: Array<{ name: string; gold: string; floors: Floors }> = [
  {
    name: 'batch 1 (28 posts)',
    gold: 'blind.gold.json',
    floors: { questionRecall: 0.995, questionPrecision: 0.98, topicF1: 0.975, areaF1: 0.985, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 2 (10 posts)',
    gold: 'batch2/batch2.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.96, areaF1: 0.975, kindAccuracy: 0.96 },
  },
  {
    name: 'batch 3 (7 posts)',
    gold: 'batch3/batch3.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.97, topicF1: 0.96, areaF1: 0.975, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 4 (8 posts)',
    gold: 'batch4/batch4.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.96, areaF1: 0.98, kindAccuracy: 0.965 },
  },
  {
    name: 'batch 5 (8 posts)',
    gold: 'batch5/batch5.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.975, areaF1: 0.985, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 6 (8 posts)',
    gold: 'batch6/batch6.gold.json',
    floors: { questionRecall: 0.98, questionPrecision: 0.98, topicF1: 0.98, areaF1: 0.985, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 7 (8 posts)',
    gold: 'batch7/batch7.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.98, areaF1: 0.985, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 8 (8 posts)',
    gold: 'batch8/batch8.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.915, areaF1: 0.935, kindAccuracy: 0.95 },
  },
  {
    name: 'batch 9 (8 posts)',
    gold: 'batch9/batch9.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.985, areaF1: 0.99, kindAccuracy: 0.99 },
  },
  {
    name: 'batch 10 (8 posts)',
    gold: 'batch10/batch10.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.955, areaF1: 0.97, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 11 (8 posts)',
    gold: 'batch11/batch11.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.955, areaF1: 0.975, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 12 (8 posts)',
    gold: 'batch12/batch12.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.975, areaF1: 0.975, kindAccuracy: 0.96 },
  },
  {
    name: 'batch 13 (8 posts)',
    gold: 'batch13/batch13.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.975, areaF1: 0.985, kindAccuracy: 0.97 },
  },
  {
    name: 'batch 14 (8 posts)',
    gold: 'batch14/batch14.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.96, areaF1: 0.965, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 15 (8 posts)',
    gold: 'batch15/batch15.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.975, areaF1: 0.975, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 16 (8 posts)',
    gold: 'batch16/batch16.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.925, areaF1: 0.945, kindAccuracy: 0.95 },
  },
  {
    name: 'batch 17 (8 posts)',
    gold: 'batch17/batch17.gold.json',
    floors: { questionRecall: 0.98, questionPrecision: 0.97, topicF1: 0.945, areaF1: 0.95, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 18 (8 posts)',
    gold: 'batch18/batch18.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.935, areaF1: 0.945, kindAccuracy: 0.93 },
  },
  {
    name: 'batch 19 (8 posts)',
    gold: 'batch19/batch19.gold.json',
    floors: { questionRecall: 0.995, questionPrecision: 0.975, topicF1: 0.965, areaF1: 0.97, kindAccuracy: 0.975 },
  },
  {
    name: 'batch 20 (8 posts)',
    gold: 'batch20/batch20.gold.json',
    floors: { questionRecall: 0.985, questionPrecision: 0.99, topicF1: 0.875, areaF1: 0.9, kindAccuracy: 0.93 },
  },
  {
    name: 'batch 21 (8 posts)',
    gold: 'batch21/batch21.gold.json',
    floors: { questionRecall: 0.975, questionPrecision: 0.975, topicF1: 0.905, areaF1: 0.94, kindAccuracy: 0.97 },
  },
  {
    name: 'batch 22 (8 posts)',
    gold: 'batch22/batch22.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.93, areaF1: 0.96, kindAccuracy: 0.93 },
  },
  {
    name: 'batch 23 (8 posts)',
    gold: 'batch23/batch23.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.88, areaF1: 0.905, kindAccuracy: 0.94 },
  },
  {
    name: 'batch 24 (8 posts)',
    gold: 'batch24/batch24.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.975, topicF1: 0.93, areaF1: 0.95, kindAccuracy: 0.945 },
  },
  {
    name: 'batch 25 (8 posts)',
    gold: 'batch25/batch25.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.975, topicF1: 0.965, areaF1: 0.97, kindAccuracy: 0.99 },
  },
  {
    name: 'batch 26 (8 posts)',
    gold: 'batch26/batch26.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.975, areaF1: 0.98, kindAccuracy: 0.95 },
  },
  {
    name: 'batch 27 (8 posts)',
    gold: 'batch27/batch27.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.905, areaF1: 0.94, kindAccuracy: 0.955 },
  },
  {
    name: 'batch 28 (8 posts)',
    gold: 'batch28/batch28.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.915, areaF1: 0.925, kindAccuracy: 0.93 },
  },
  {
    // Its s02 holds two concatenated posts; the scorer matches both posts' gold to the first.
    name: 'batch 29 (9 posts)',
    gold: 'batch29/batch29.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.8, topicF1: 0.965, areaF1: 0.965, kindAccuracy: 0.94 },
  },
  {
    name: 'batch 30 (8 posts)',
    gold: 'batch30/batch30.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.98, topicF1: 0.95, areaF1: 0.95, kindAccuracy: 0.96 },
  },
  {
    name: 'batch 31 (8 posts)',
    gold: 'batch31/batch31.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.945, areaF1: 0.96, kindAccuracy: 0.975 },
  },
  {
    name: 'batch 32 (8 posts)',
    gold: 'batch32/batch32.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.95, topicF1: 0.945, areaF1: 0.955, kindAccuracy: 0.96 },
  },
  {
    name: 'batch 33 (8 posts)',
    gold: 'batch33/batch33.gold.json',
    floors: { questionRecall: 0.985, questionPrecision: 0.99, topicF1: 0.9, areaF1: 0.94, kindAccuracy: 0.965 },
  },
  {
    name: 'batch 34 (8 posts)',
    gold: 'batch34/batch34.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.93, areaF1: 0.95, kindAccuracy: 0.99 },
  },
  {
    name: 'batch 35 (8 posts)',
    gold: 'batch35/batch35.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.95, areaF1: 0.96, kindAccuracy: 0.98 },
  },
  {
    name: 'batch 36 (8 posts)',
    gold: 'batch36/batch36.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.965, areaF1: 0.965, kindAccuracy: 0.96 },
  },
  {
    name: 'batch 37 (8 posts)',
    gold: 'batch37/batch37.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.965, areaF1: 0.97, kindAccuracy: 0.99 },
  },
  {
    name: 'batch 38 (8 posts)',
    gold: 'batch38/batch38.gold.json',
    floors: { questionRecall: 0.985, questionPrecision: 0.97, topicF1: 0.94, areaF1: 0.955, kindAccuracy: 0.975 },
  },
  {
    name: 'batch 39 (8 posts)',
    gold: 'batch39/batch39.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.95, areaF1: 0.965, kindAccuracy: 0.97 },
  },
  {
    name: 'batch 40 (8 posts)',
    gold: 'batch40/batch40.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.93, areaF1: 0.945, kindAccuracy: 0.945 },
  },
  {
    name: 'batch 41 (8 posts)',
    gold: 'batch41/batch41.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.985, topicF1: 0.955, areaF1: 0.96, kindAccuracy: 0.985 },
  },
  {
    name: 'batch 42 (8 posts)',
    gold: 'batch42/batch42.gold.json',
    floors: { questionRecall: 0.99, questionPrecision: 0.99, topicF1: 0.895, areaF1: 0.935, kindAccuracy: 0.945 },
  },
];

function report(name: string, f: Figures): string {
  const weakest = f.perTopic
    .slice(0, 6)
    .map(([t, v]) => `${t} ${v.toFixed(2)}`)
    .join(', ');
  return (
    `blind ${name}: ${f.goldQuestions} questions, recall ${f.questionRecall.toFixed(3)} precision ` +
    `${f.questionPrecision.toFixed(3)} | topic F1 ${f.topicF1.toFixed(3)} (P ${f.topicPrecision.toFixed(3)} ` +
    `R ${f.topicRecall.toFixed(3)}) area F1 ${f.areaF1.toFixed(3)} | kind ${f.kindAccuracy.toFixed(3)} ` +
    `leetcode ${f.leetcodeAccuracy.toFixed(3)}\n  weakest: ${weakest}` +
    (f.misses.length > 0 ? `\n  misses:\n  ${f.misses.join('\n  ')}` : '')
  );
}

describe('the blind posts', () => {
  it('are all read, every gold source among them', () => {
    const sources = new Set(result.posts.map((p) => p.source));
    for (const { gold } of BATCHES) for (const post of readGold(gold).posts) expect(sources, post.source).toContain(post.source);
  });

  it.each(BATCHES)('score at or above their floors in $name', ({ name, gold, floors }) => {
    const figures = scoreAgainstGold(result, readGold(gold), areaOf);
    console.log(report(name, figures));
    expect(figures.questionRecall).toBeGreaterThanOrEqual(floors.questionRecall);
    expect(figures.questionPrecision).toBeGreaterThanOrEqual(floors.questionPrecision);
    expect(figures.topicF1).toBeGreaterThanOrEqual(floors.topicF1);
    expect(figures.areaF1).toBeGreaterThanOrEqual(floors.areaF1);
    expect(figures.kindAccuracy).toBeGreaterThanOrEqual(floors.kindAccuracy);
  });
});
