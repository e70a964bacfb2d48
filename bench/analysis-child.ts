/**
 * The analysis functions on a fixed number of questions (100,000 by default), in a fresh process
 * (started by src/cli/bench.ts): topic frequency, co-occurrence with its seriation, the company
 * table with one company's distinctive topics, the round distribution, and the study plan.
 * Every run builds a new topic space, so the questions' topic codes are computed again: these
 * are cold timings, as after a new import.
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
import { createTopicSpace } from '../src/analysis/topic-space';
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
  ms: Record<AnalysisStep, number[]>;
}

const PLAN_INPUTS = {
  companies: ['bytedance', 'alibaba', 'tencent'],
  daysLeft: 21,
  hoursPerDay: 4,
  halfLifeDays: 180,
  today: '2025-12-31',
};

function steps(posts: Post[], questions: Question[]): Record<AnalysisStep, () => unknown> {
  return {
    frequency: () => topicFrequency(questions, createTopicSpace(taxonomy)),
    cooccurrence: () => {
      const space = createTopicSpace(taxonomy);
      const k = space.topics.length;
      const m = cooccurrence(questions, space, 'question');
      return seriate(cosineSimilarity(m.pair, k), k);
    },
    company_comparison: () => {
      const table = companyTopicTable(questions, createTopicSpace(taxonomy));
      const top = table.companies[0];
      return top ? distinctiveTopics(table, top.company) : [];
    },
    rounds: () => roundDistribution(questions, createTopicSpace(taxonomy), 'topic'),
    plan: () => buildPlan(posts, questions, PLAN_INPUTS, NO_PROGRESS),
  };
}

function run(dir: string, target: number, runs: number): AnalysisResult {
  const loaded = loadFiles(readCorpus(dir));
  const questions = loaded.questions.slice(0, target);
  const postIds = new Set(questions.map((q) => q.postId));
  const posts = loaded.posts.filter((p) => postIds.has(p.id));
  const work = steps(posts, questions);
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
  return { loaded: loaded.questions.length, questions: questions.length, posts: posts.length, ms };
}

const [dir, target, runs] = process.argv.slice(2);
if (!dir) throw new Error('usage: analysis-child.ts DIR [QUESTIONS] [RUNS]');
reportResult(run(dir, Number(target ?? 100_000), Number(runs ?? 5)));
