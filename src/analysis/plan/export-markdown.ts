/**
 * The plan as Markdown, day by day in plan order: each topic with its hours, its score and
 * components, its typical questions and the topics that come with it.
 */
import type { StudyPlan } from './build-plan';
import { formatFactor, formatPercent, formatScore } from './format';
import type { PlanLabels } from './labels';
import { questionMarker, topicMark, type ProgressMarks } from './progress';
import type { DayChunk, PlanDay, TopicPlanEntry } from './types';

/** Text from posts may contain Markdown syntax; it should print as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

export function targetsText(plan: StudyPlan, labels: PlanLabels): string {
  return plan.inputs.companies.length === 0
    ? labels.allCompanies
    : plan.inputs.companies.map(labels.company).join(', ');
}

function scoreLine(entry: TopicPlanEntry, labels: PlanLabels): string {
  const { scoring } = entry;
  return labels.scoreLine(
    formatScore(scoring.score),
    formatPercent(scoring.share),
    scoring.posts,
    formatFactor(scoring.roundFactor),
    formatFactor(scoring.guideFactor),
  );
}

function topicBlock(entry: TopicPlanEntry, chunk: DayChunk, progress: ProgressMarks, labels: PlanLabels): string[] {
  const name = escapeMarkdown(labels.topic(entry.topic));
  const part = chunk.parts > 1 ? ` (${labels.part(chunk.part, chunk.parts)})` : '';
  const review = topicMark(progress, entry.topic) === 'review' ? ` · ${labels.review}` : '';
  const head = `${entry.rank}. **${name}**${part} · ${labels.hours(chunk.hours)}${review}`;
  if (chunk.part > 1) return [head];
  const markOf = questionMarker(progress);
  const questions = entry.typical.map((question) => {
    const mark = markOf(question.text);
    const status = mark === undefined ? '' : ` · ${mark === 'mastered' ? labels.mastered : labels.review}`;
    const where = labels.asked(
      question.count,
      question.companies.map(labels.company).join(', '),
      question.rounds.map(labels.round).join(', '),
    );
    return `   - ${escapeMarkdown(question.text)} (${escapeMarkdown(where)})${status}`;
  });
  const companions = entry.companions.map((c) => labels.companion(labels.topic(c.topic), formatPercent(c.share)));
  return [
    head,
    `   - ${scoreLine(entry, labels)}`,
    ...questions,
    ...(companions.length > 0 ? [`   - ${labels.companions}: ${escapeMarkdown(companions.join(', '))}`] : []),
  ];
}

/** Consecutive days without topics collapse into one "free" line. */
function dayLines(days: PlanDay[], byTopic: Map<string, TopicPlanEntry>, progress: ProgressMarks, labels: PlanLabels) {
  const lines: string[] = [];
  let freeFrom: number | null = null;
  const closeFree = (before: number) => {
    if (freeFrom !== null) lines.push(`## ${labels.freeDays(freeFrom, before - 1)}`, '');
    freeFrom = null;
  };
  for (const day of days) {
    if (day.chunks.length === 0) {
      freeFrom ??= day.day;
      continue;
    }
    closeFree(day.day);
    lines.push(`## ${labels.day(day.day, day.hours)}`, '');
    for (const chunk of day.chunks) {
      const entry = byTopic.get(chunk.topic);
      if (entry) lines.push(...topicBlock(entry, chunk, progress, labels));
    }
    lines.push('');
  }
  closeFree((days.at(-1)?.day ?? 0) + 1);
  return lines;
}

export function planToMarkdown(plan: StudyPlan, progress: ProgressMarks, labels: PlanLabels): string {
  const byTopic = new Map(plan.entries.map((entry) => [entry.topic, entry]));
  const { inputs } = plan;
  const lines = [
    `# ${labels.title}`,
    '',
    escapeMarkdown(labels.summary(targetsText(plan, labels), inputs.daysLeft, inputs.hoursPerDay, inputs.halfLifeDays, inputs.today)),
    '',
    labels.coverage(formatPercent(plan.coverage.share)),
    '',
    ...dayLines(plan.allocation.days, byTopic, progress, labels),
  ];
  if (plan.allocation.unscheduled.length > 0) {
    const scheduled = new Set(plan.allocation.days.flatMap((day) => day.chunks.map((chunk) => chunk.topic)));
    lines.push(`## ${labels.unscheduled}`, '');
    for (const { topic, hours } of plan.allocation.unscheduled) {
      const rank = byTopic.get(topic)?.rank ?? 0;
      const rest = scheduled.has(topic) ? ` (${labels.rest})` : '';
      lines.push(`${rank}. ${escapeMarkdown(labels.topic(topic))}${rest} · ${labels.hours(hours)}`);
    }
    lines.push('');
  }
  if (plan.mastered.length > 0) {
    lines.push(`## ${labels.mastered}`, '');
    for (const topic of plan.mastered) lines.push(`- ${escapeMarkdown(labels.topic(topic))}`);
    lines.push('');
  }
  return lines.join('\n');
}
