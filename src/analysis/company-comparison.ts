/**
 * Company × topic counts, and what is distinctive for one company against all the others
 * (log-odds with an informative Dirichlet prior, see log-odds.ts).
 */
import type { CompanyId, Question } from '../loader/types';
import { groupByPost } from './group-by-post';
import { logOddsDirichlet, type LogOdds, type LogOddsOptions } from './log-odds';
import { companyIdOf, encodeQuestions } from './question-codes';
import type { TopicSpace } from './topic-space';

export interface CompanyRow {
  readonly company: CompanyId;
  readonly questions: number;
  readonly posts: number;
  /** Per topic code: the company's questions on the topic. */
  readonly topicQuestions: Uint32Array;
  /** Per topic code: the company's posts with a question on the topic. */
  readonly topicPosts: Uint32Array;
}

export interface CompanyTopicTable {
  /** Most questions first, `unknown` last; ties by id. */
  readonly companies: readonly CompanyRow[];
  /** Per topic code: questions on the topic over all companies. */
  readonly topicQuestions: Uint32Array;
  readonly totalQuestions: number;
}

export const UNKNOWN_COMPANY: CompanyId = 'unknown';

interface Tally {
  questions: number;
  posts: number;
  readonly tq: Uint32Array;
  readonly tp: Uint32Array;
}

export function companyTopicTable(
  questions: readonly Question[],
  space: TopicSpace,
): CompanyTopicTable {
  const k = space.topics.length;
  const encoded = encodeQuestions(space, questions);
  const { company, topicStart, topics } = encoded;
  const { count, start, order } = groupByPost(encoded);
  // Indexed by company code; a post belongs to one company, so its first question names it.
  const tallies: (Tally | undefined)[] = [];
  const stamp = new Uint32Array(k);
  const topicQuestions = new Uint32Array(k);
  for (let p = 0; p < count; p += 1) {
    for (let j = start[p]!; j < start[p + 1]!; j += 1) {
      const qi = order[j]!;
      const c = company[qi]!;
      let tally = tallies[c];
      if (tally === undefined) {
        tally = { questions: 0, posts: 0, tq: new Uint32Array(k), tp: new Uint32Array(k) };
        tallies[c] = tally;
      }
      if (j === start[p]) tally.posts += 1;
      tally.questions += 1;
      for (let x = topicStart[qi]!; x < topicStart[qi + 1]!; x += 1) {
        const t = topics[x]!;
        tally.tq[t]! += 1;
        topicQuestions[t]! += 1;
        if (stamp[t] !== p + 1) {
          stamp[t] = p + 1;
          tally.tp[t]! += 1;
        }
      }
    }
  }
  const companies: CompanyRow[] = [];
  tallies.forEach((tally, code) => {
    if (tally === undefined) return;
    companies.push({
      company: companyIdOf(code),
      questions: tally.questions,
      posts: tally.posts,
      topicQuestions: tally.tq,
      topicPosts: tally.tp,
    });
  });
  return { companies: companies.sort(byQuestionsThenId), topicQuestions, totalQuestions: questions.length };
}

function byQuestionsThenId(a: CompanyRow, b: CompanyRow): number {
  const unknownLast = Number(a.company === UNKNOWN_COMPANY) - Number(b.company === UNKNOWN_COMPANY);
  if (unknownLast !== 0) return unknownLast;
  if (a.questions !== b.questions) return b.questions - a.questions;
  return a.company < b.company ? -1 : a.company > b.company ? 1 : 0;
}

export interface DistinctiveTopic extends LogOdds {
  readonly topic: number;
  /** The company's questions on the topic, and its share of the company's questions. */
  readonly count: number;
  readonly share: number;
  /** The same for all other companies together. */
  readonly restCount: number;
  readonly restShare: number;
}

/**
 * Every topic with its log-odds of `company` against all other companies, most typical of the
 * company first. Counts are topic mentions (a question with two topics counts for both).
 */
export function distinctiveTopics(
  table: CompanyTopicTable,
  company: CompanyId,
  options: LogOddsOptions = {},
): DistinctiveTopic[] {
  const row = table.companies.find((c) => c.company === company);
  if (row === undefined) return [];
  const rest = table.topicQuestions.map((total, t) => total - row.topicQuestions[t]!);
  const restQuestions = table.totalQuestions - row.questions;
  return logOddsDirichlet(row.topicQuestions, rest, options)
    .map((lo, topic) => ({
      ...lo,
      topic,
      count: row.topicQuestions[topic]!,
      share: row.questions > 0 ? row.topicQuestions[topic]! / row.questions : 0,
      restCount: rest[topic]!,
      restShare: restQuestions > 0 ? rest[topic]! / restQuestions : 0,
    }))
    .sort((a, b) => b.z - a.z || a.topic - b.topic);
}
