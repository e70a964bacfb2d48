/**
 * Hours to study a topic: an overview, then each typical question by its kind (coding and
 * derivations take practice, concepts less). Mastered questions cost nothing.
 */
import type { TypicalQuestion } from './types';
import type { Mark } from './progress';
import { BASE_HOURS, HOURS_BY_KIND } from './weights';

/** Rounded up to a quarter hour, the plan's unit of time. */
export function roundUpToQuarter(hours: number): number {
  return Math.ceil(hours * 4 - 1e-9) / 4;
}

export function estimateHours(typical: TypicalQuestion[], markOf: (text: string) => Mark | undefined): number {
  const open = typical.filter((question) => markOf(question.text) !== 'mastered');
  return roundUpToQuarter(BASE_HOURS + open.reduce((sum, q) => sum + HOURS_BY_KIND[q.kind], 0));
}
