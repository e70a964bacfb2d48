/**
 * The plan as CSV: one row per topic in plan order, with its days, hours, score components,
 * status and typical questions, for a spreadsheet or a to-do app.
 */
import Papa from 'papaparse';
import type { TopicId } from '../../loader/types';
import type { StudyPlan } from './build-plan';
import type { PlanLabels } from './labels';
import { topicMark, type ProgressMarks } from './progress';

export const CSV_COLUMNS = [
  'rank', 'days', 'topic_id', 'topic', 'hours', 'score', 'share', 'plain_share', 'overall_share', 'posts',
  'round_factor', 'guide_factor', 'status', 'typical_questions', 'companies', 'companions',
] as const;

/** "3" or "3-4": the days a topic is scheduled on; empty when it did not fit. */
function daysOf(plan: StudyPlan): Map<TopicId, string> {
  const days = new Map<TopicId, number[]>();
  for (const day of plan.allocation.days) {
    for (const chunk of day.chunks) days.set(chunk.topic, [...(days.get(chunk.topic) ?? []), day.day]);
  }
  return new Map(
    [...days].map(([topic, list]) => {
      const first = list[0] ?? 0;
      const last = list.at(-1) ?? first;
      return [topic, first === last ? String(first) : `${first}-${last}`];
    }),
  );
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function planToCsv(plan: StudyPlan, progress: ProgressMarks, labels: PlanLabels): string {
  const days = daysOf(plan);
  const rows = plan.entries.map((entry) => {
    const { scoring } = entry;
    return [
      entry.rank,
      days.get(entry.topic) ?? '',
      entry.topic,
      labels.topic(entry.topic),
      entry.hours,
      round(scoring.score, 2),
      round(scoring.share, 4),
      round(scoring.plainShare, 4),
      round(scoring.overallShare, 4),
      scoring.posts,
      round(scoring.roundFactor, 3),
      round(scoring.guideFactor, 3),
      topicMark(progress, entry.topic) ?? '',
      entry.typical.map((q) => `${q.text} (×${q.count})`).join(' | '),
      entry.companies.map((c) => `${labels.company(c.id)} ${c.count}`).join(' | '),
      entry.companions.map((c) => `${labels.topic(c.topic)} ${Math.round(c.share * 100)}%`).join(' | '),
    ];
  });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' });
}
