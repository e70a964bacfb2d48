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

/** Earliest and latest of the dates, full dates first: one pass, no sort (ISO dates order as strings). */
export function dateRangeOf(dates: readonly string[]): OverviewStats['dateRange'] {
  let fullFrom = '';
  let fullTo = '';
  let dayFrom = '';
  let dayTo = '';
  for (const date of dates) {
    // A length check first: most dates are full or empty, and the regex runs only on candidates.
    if (date.length === 10 && fullDate.test(date)) {
      if (fullFrom === '' || date < fullFrom) fullFrom = date;
      if (date > fullTo) fullTo = date;
    } else if (date.length === 5 && monthDay.test(date)) {
      if (dayFrom === '' || date < dayFrom) dayFrom = date;
      if (date > dayTo) dayTo = date;
    }
  }
  if (fullFrom !== '') return { from: fullFrom, to: fullTo };
  return dayFrom === '' ? undefined : { from: dayFrom, to: dayTo };
}

export function computeOverviewStats(questions: readonly Question[], posts: readonly Post[]): OverviewStats {
  let unclassified = 0;
  for (const question of questions) if (question.topics.length === 0) unclassified += 1;
  const companies = new Set<string>();
  const dates: string[] = [];
  let interview = 0;
  let guide = 0;
  for (const post of posts) {
    if (post.company !== 'unknown') companies.add(post.company);
    if (post.date !== '') dates.push(post.date);
    if (post.kind === 'interview') interview += 1;
    else if (post.kind === 'guide') guide += 1;
  }
  return {
    posts: posts.length,
    questions: questions.length,
    companies: companies.size,
    dateRange: dateRangeOf(dates),
    unclassified: {
      count: unclassified,
      total: questions.length,
      share: questions.length === 0 ? 0 : unclassified / questions.length,
    },
    postKinds: { interview, guide },
  };
}

/** A share as a whole percent, with one decimal below 10 % so small shares do not read as 0. */
export function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}
