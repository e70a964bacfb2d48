/**
 * The analysis functions on a fixed number of questions (100,000 by default), in a fresh process
 * (started by src/cli/bench.ts): topic frequency, co-occurrence with its seriation, the company
 * table with one company's distinctive topics, the round distribution, and the study plan.
 * Cold runs build a new topic space per call, so every question's topic codes are computed
 * again (as after a new import); warm runs share one space (as the dashboard does between clicks).
 *
 *   analysis DIR QUESTIONS RUNS
 */
import { companyTopicTable, distinctiveTopics } from '../src/analysis/company-comparison';
import { cooccurrence } from '../src/analysis/cooccurrence';
import { topicFrequency } from '../src/analysis/frequency';
import { buildPlan } from '../src/analysis/plan';
import { NO_PROGRESS } from '../src/analysis/plan/progress';
import { roundDistribution } from '../src/analysis/rounds';
import { cosineSimilarity, seriate } from '../src/analysis/seriation';
import { createTopicSpace, type TopicSpace } from '../src/analysis/topic-space';
import { loadFiles } from '../src/loader';
import { taxonomy } from '../src/loader/classify';
import type { Post, Question } from '../src/loader/types';
import { readCorpus } from './read-corpus';
import { reportResult } from './run-child';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export type AnalysisStep = 'frequency' | 'cooccurrence' | 'company_comparison' | 'rounds' | 'plan';

export interface AnalysisResult {
  /** Questions the corpus loaded to, before taking the first `questions`. */
  loaded: number;
  questions: number;
  posts: number;
  /** A new topic space per call: every question's topic codes are computed again (cold). */
  ms: Record<AnalysisStep, number[]>;
  /** One topic space for all calls: topic codes computed once and reused, as the dashboard does. */
  warmMs: Record<AnalysisStep, number[]>;
}

const PLAN_INPUTS = {
  companies: ['bytedance', 'alibaba', 'tencent'],
  daysLeft: 21,
  hoursPerDay: 4,
  halfLifeDays: 180,
  today: '2025-12-31',
};

/** Each step with a topic space from `space()`: a new one per call (cold) or one shared (warm). */
function steps(posts: Post[], questions: Question[], space: () => TopicSpace): Record<AnalysisStep, () => unknown> {
  return {
    frequency: () => topicFrequency(questions, space()),
    cooccurrence: () => {
      const s = space();
      const k = s.topics.length;
      const m = cooccurrence(questions, s, 'question');
      return seriate(cosineSimilarity(m.pair, k), k);
    },
    company_comparison: () => {
      const table = companyTopicTable(questions, space());
      const top = table.companies[0];
      return top ? distinctiveTopics(table, top.company) : [];
    },
    rounds: () => roundDistribution(questions, space(), 'topic'),
    plan: () => buildPlan(posts, questions, PLAN_INPUTS, NO_PROGRESS),
  };
}

function timeSteps(work: Record<AnalysisStep, () => unknown>, runs: number): Record<AnalysisStep, number[]> {
  const ms = { frequency: [], cooccurrence: [], company_comparison: [], rounds: [], plan: [] } as Record<AnalysisStep, number[]>;
  for (const step of Object.keys(work) as AnalysisStep[]) work[step]();
  for (let r = 0; r < runs; r++) {
    for (const step of Object.keys(work) as AnalysisStep[]) {
      gc();
      const t0 = performance.now();
      work[step]();
      ms[step].push(performance.now() - t0);
    }
  }
  return ms;
}

function run(dir: string, target: number, runs: number): AnalysisResult {
  const loaded = loadFiles(readCorpus(dir));
  const questions = loaded.questions.slice(0, target);
  const postIds = new Set(questions.map((q) => q.postId));
  const posts = loaded.posts.filter((p) => postIds.has(p.id));
  const cold = timeSteps(steps(posts, questions, () => createTopicSpace(taxonomy)), runs);
  const shared = createTopicSpace(taxonomy);
  const warm = timeSteps(steps(posts, questions, () => shared), runs);
  return { loaded: loaded.questions.length, questions: questions.length, posts: posts.length, ms: cold, warmMs: warm };
}

const [dir, target, runs] = process.argv.slice(2);
if (!dir) throw new Error('usage: analysis-child.ts DIR [QUESTIONS] [RUNS]');
reportResult(run(dir, Number(target ?? 100_000), Number(runs ?? 5)));
