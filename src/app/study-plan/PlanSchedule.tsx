/**
 * The plan day by day, then what did not fit, then what is already mastered. A topic's row (with
 * `data-topic`) appears once, at its first day; later days show a short continuation line.
 */
import { questionMarker, topicMark, type Mark, type ProgressMarks, type StudyPlan, type TopicPlanEntry } from '../../analysis/plan';
import { topicLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { planStrings } from './strings';
import { TopicRow, type RowHandlers } from './TopicRow';
import { topicColor } from './topic-tree';

interface Props {
  plan: StudyPlan;
  progress: ProgressMarks;
  filteredTopics: ReadonlySet<string>;
  handlers: Omit<RowHandlers, 'questionMarkOf'>;
  lang: Lang;
}

type Block =
  | { kind: 'day'; day: number; hours: number; chunks: StudyPlan['allocation']['days'][number]['chunks'] }
  | { kind: 'free'; from: number; to: number };

/** Days with topics stay separate; runs of empty days become one "free" block. */
function blocksOf(plan: StudyPlan): Block[] {
  const blocks: Block[] = [];
  for (const day of plan.allocation.days) {
    const last = blocks.at(-1);
    if (day.chunks.length > 0) blocks.push({ kind: 'day', day: day.day, hours: day.hours, chunks: day.chunks });
    else if (last?.kind === 'free') last.to = day.day;
    else blocks.push({ kind: 'free', from: day.day, to: day.day });
  }
  return blocks;
}

export function PlanSchedule({ plan, progress, filteredTopics, handlers, lang }: Props) {
  const s = planStrings(lang);
  const byTopic = new Map(plan.entries.map((entry) => [entry.topic, entry]));
  const questionMarkOf = questionMarker(progress);
  const rowHandlers: RowHandlers = { ...handlers, questionMarkOf };
  const row = (entry: TopicPlanEntry, hours: number, mark: Mark | undefined, part?: { part: number; parts: number }) => (
    <TopicRow
      key={entry.topic}
      entry={entry}
      hours={hours}
      mark={mark}
      color={topicColor(entry.topic)}
      filtered={filteredTopics.has(entry.topic)}
      handlers={rowHandlers}
      lang={lang}
      {...(part ? { part } : {})}
    />
  );
  const scheduled = new Set(plan.allocation.days.flatMap((day) => day.chunks.map((chunk) => chunk.topic)));

  return (
    <div className="sp-schedule">
      {blocksOf(plan).map((block) =>
        block.kind === 'free' ? (
          <h3 key={`free-${block.from}`} className="sp-day sp-free">
            {s.freeDays(block.from, block.to)}
          </h3>
        ) : (
          <section key={`day-${block.day}`} className="sp-day-block" data-day={block.day}>
            <h3 className="sp-day">{s.day(block.day, block.hours)}</h3>
            <ol className="sp-rows">
              {block.chunks.map((chunk) => {
                const entry = byTopic.get(chunk.topic);
                if (!entry) return null;
                if (chunk.part === 1) return row(entry, chunk.hours, topicMark(progress, entry.topic), chunk);
                return (
                  <li key={`${chunk.topic}-${chunk.part}`} className="sp-continued" data-topic-continued={chunk.topic}>
                    <span className="sp-rank">{entry.rank}</span>
                    <span className="sp-dot" style={{ background: topicColor(entry.topic) }} aria-hidden="true" />
                    {topicLabel(entry.topic, lang)} <span className="sp-muted">({s.continued} · {s.part(chunk.part, chunk.parts)})</span>
                    <span className="sp-hours">{s.hours(chunk.hours)}</span>
                  </li>
                );
              })}
            </ol>
          </section>
        ),
      )}
      {plan.allocation.unscheduled.length > 0 ? (
        <section className="sp-day-block sp-unscheduled">
          <h3 className="sp-day">{s.unscheduled}</h3>
          <ol className="sp-rows">
            {plan.allocation.unscheduled.map(({ topic, hours }) => {
              const entry = byTopic.get(topic);
              if (!entry) return null;
              if (scheduled.has(topic)) {
                return (
                  <li key={`${topic}-rest`} className="sp-continued" data-topic-continued={topic}>
                    <span className="sp-rank">{entry.rank}</span>
                    {topicLabel(topic, lang)} <span className="sp-muted">({s.rest})</span>
                    <span className="sp-hours">{s.hours(hours)}</span>
                  </li>
                );
              }
              return row(entry, hours, topicMark(progress, topic));
            })}
          </ol>
        </section>
      ) : null}
      {plan.mastered.length > 0 ? (
        <section className="sp-day-block sp-mastered-block">
          <h3 className="sp-day">{s.masteredSection}</h3>
          <ol className="sp-rows">
            {plan.mastered.map((topic) => {
              const entry = byTopic.get(topic);
              return entry ? row(entry, entry.hours, 'mastered') : null;
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
