/** The overview's numbers for the filtered questions and their posts. */
import type { Post, Question } from '../../loader/types';

export interface OverviewStats {
  posts: number;
  questions: number;
  /** Distinct named companies among the posts (`unknown` is not a company). */
  companies: number;
  /** Earliest and latest post date; full dates win over month-day ones. */
  dateRange: { from: string; to: string } | undefined;
  unclassified: { count: number; total: number; share: number };
  postKinds: { interview: number; guide: number };
}

const fullDate = /^\d{4}-\d{2}-\d{2}$/u;
const monthDay = /^\d{2}-\d{2}$/u;

export function dateRangeOf(dates: readonly string[]): OverviewStats['dateRange'] {
  const full = dates.filter((date) => fullDate.test(date));
  const candidates = (full.length > 0 ? full : dates.filter((date) => monthDay.test(date))).sort();
  const from = candidates[0];
  const to = candidates[candidates.length - 1];
  return from === undefined || to === undefined ? undefined : { from, to };
}

export function computeOverviewStats(questions: readonly Question[], posts: readonly Post[]): OverviewStats {
  const unclassified = questions.filter((question) => question.topics.length === 0).length;
  return {
    posts: posts.length,
    questions: questions.length,
    companies: new Set(posts.map((post) => post.company).filter((company) => company !== 'unknown')).size,
    dateRange: dateRangeOf(posts.map((post) => post.date)),
    unclassified: {
      count: unclassified,
      total: questions.length,
      share: questions.length === 0 ? 0 : unclassified / questions.length,
    },
    postKinds: {
      interview: posts.filter((post) => post.kind === 'interview').length,
      guide: posts.filter((post) => post.kind === 'guide').length,
    },
  };
}

/** A share as a whole percent, with one decimal below 10 % so small shares do not read as 0. */
export function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}
