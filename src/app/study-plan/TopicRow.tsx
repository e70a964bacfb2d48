/**
 * One topic of the plan: name, hours, score with its components, mark controls, typical
 * questions, where it is asked and what comes with it. Carries `data-topic` for tests.
 */
import { formatPercent, type Mark, type TopicPlanEntry } from '../../analysis/plan';
import { companyLabel, roundLabel, topicLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { ScoreBreakdown } from './ScoreBreakdown';
import { planStrings } from './strings';
import { TypicalQuestionList } from './TypicalQuestionList';

export interface RowHandlers {
  markTopic: (topic: string, mark: Mark) => void;
  markQuestion: (text: string, current: Mark | undefined, mark: Mark) => void;
  questionMarkOf: (text: string) => Mark | undefined;
  onOpenPost: (postId: string) => void;
  onFilter: (topic: string) => void;
}

interface Props {
  entry: TopicPlanEntry;
  /** Hours of this row (a day's part of the topic, or what did not fit). */
  hours: number;
  part?: { part: number; parts: number };
  mark: Mark | undefined;
  color: string;
  filtered: boolean;
  handlers: RowHandlers;
  lang: Lang;
}

export function TopicRow({ entry, hours, part, mark, color, filtered, handlers, lang }: Props) {
  const s = planStrings(lang);
  const name = topicLabel(entry.topic, lang);
  const classes = ['sp-row', mark ? `sp-${mark}` : '', filtered ? 'sp-filtered' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} data-topic={entry.topic} data-rank={entry.rank}>
      <div className="sp-row-head">
        <span className="sp-rank">{entry.rank}</span>
        <span className="sp-dot" style={{ background: color }} aria-hidden="true" />
        <h4 className="sp-topic">{name}</h4>
        {part && part.parts > 1 ? <span className="sp-muted sp-small">{s.part(part.part, part.parts)}</span> : null}
        {mark ? <span className={`sp-badge sp-badge-${mark}`}>{mark === 'mastered' ? s.mastered : s.review}</span> : null}
        {/* A mastered topic needs no more time, whatever its questions would cost. */}
        <span className="sp-hours">{mark === 'mastered' ? null : s.hours(hours)}</span>
        <span className="sp-row-actions sp-no-print">
          <button
            type="button"
            aria-pressed={mark === 'mastered'}
            title={s.markMastered}
            data-action="mark-mastered"
            onClick={() => handlers.markTopic(entry.topic, 'mastered')}
          >
            ✓ {s.mastered}
          </button>
          <button
            type="button"
            aria-pressed={mark === 'review'}
            title={s.markReview}
            data-action="mark-review"
            onClick={() => handlers.markTopic(entry.topic, 'review')}
          >
            ↻ {s.review}
          </button>
          <button
            type="button"
            className="sp-icon"
            aria-pressed={filtered}
            aria-label={s.filterTopic}
            title={s.filterTopic}
            data-action="filter-topic"
            onClick={() => handlers.onFilter(entry.topic)}
          >
            ⚲
          </button>
        </span>
      </div>
      <ScoreBreakdown scoring={entry.scoring} lang={lang} />
      <div className="sp-details">
        <div className="sp-section-label">
          {s.typical}
          {entry.typicalScope === 'all' ? <span className="sp-muted sp-small"> · {s.typicalFromAll}</span> : null}
        </div>
        <TypicalQuestionList
          questions={entry.typical}
          markOf={handlers.questionMarkOf}
          onMark={handlers.markQuestion}
          onOpenPost={handlers.onOpenPost}
          lang={lang}
        />
        <p className="sp-where">
          <span className="sp-section-label">{s.askedAt}</span>{' '}
          {entry.companies.map((c) => `${companyLabel(c.id, lang)} (${c.count})`).join(' · ')}
          {entry.rounds.length > 0 ? ' | ' : ''}
          {entry.rounds.map((r) => `${roundLabel(r.id, lang)} (${r.count})`).join(' · ')}
        </p>
        {entry.companions.length > 0 ? (
          <p className="sp-companions">
            <span className="sp-section-label">{s.companions}</span>{' '}
            {entry.companions.map((companion, index) => {
              const other = topicLabel(companion.topic, lang);
              const percent = formatPercent(companion.share);
              return (
                <span key={companion.topic} title={s.companionHint(name, percent, other)}>
                  {index > 0 ? ' · ' : ''}
                  {s.companion(other, percent)}
                </span>
              );
            })}
          </p>
        ) : null}
      </div>
    </li>
  );
}
