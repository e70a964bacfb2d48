/**
 * Words the exports need, passed in so the exports stay pure and speak the user's language.
 * The view builds these from its own zh/en strings; ENGLISH_LABELS serves tests and scripts.
 */
import type { CompanyId, RoundId, TopicId } from '../../loader/types';

export interface PlanLabels {
  title: string;
  allCompanies: string;
  /** e.g. "Targets: 字节跳动, 美团 · 20 days × 3 h/day · half-life 180 days · as of 2025-06-01". */
  summary: (targets: string, days: number, hoursPerDay: number, halfLife: number | null, today: string) => string;
  coverage: (percent: string) => string;
  day: (day: number, hours: number) => string;
  freeDays: (from: number, to: number) => string;
  part: (part: number, parts: number) => string;
  hours: (hours: number) => string;
  /** e.g. "score 41.2 = share 38% (n=12) × rounds 1.10 × guides 1.05". */
  scoreLine: (score: string, share: string, posts: number, rounds: string, guides: string) => string;
  asked: (count: number, companies: string, rounds: string) => string;
  companions: string;
  companion: (topic: string, percent: string) => string;
  unscheduled: string;
  /** After a topic under "did not fit" whose first parts are scheduled. */
  rest: string;
  mastered: string;
  review: string;
  topic: (id: TopicId) => string;
  company: (id: CompanyId) => string;
  round: (id: RoundId) => string;
}

export const ENGLISH_LABELS: PlanLabels = {
  title: 'Study plan',
  allCompanies: 'all companies',
  summary: (targets, days, hoursPerDay, halfLife, today) =>
    `Targets: ${targets} · ${days} days × ${hoursPerDay} h/day · ` +
    `${halfLife === null ? 'no recency weighting' : `half-life ${halfLife} days`} · as of ${today}`,
  coverage: (percent) => `Coverage: ${percent} of the question mass mastered`,
  day: (day, hours) => `Day ${day} (${hours} h)`,
  freeDays: (from, to) => (from === to ? `Day ${from}: free for review` : `Days ${from}–${to}: free for review`),
  part: (part, parts) => `part ${part}/${parts}`,
  hours: (hours) => `${hours} h`,
  scoreLine: (score, share, posts, rounds, guides) =>
    `score ${score} = share ${share} (n=${posts}) × rounds ${rounds} × guides ${guides}`,
  asked: (count, companies, rounds) => `×${count}; ${companies}; ${rounds}`,
  companions: 'Comes with',
  companion: (topic, percent) => `${topic} ${percent}`,
  unscheduled: 'Did not fit in the days left',
  rest: 'the rest',
  mastered: 'Mastered',
  review: 'to review',
  topic: (id) => id,
  company: (id) => id,
  round: (id) => id,
};
