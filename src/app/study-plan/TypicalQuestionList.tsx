/**
 * A topic's typical questions with their counts and places, each markable on its own. The first
 * few show; the rest unfold on request (and always in print).
 */
import { useState } from 'react';
import type { Mark, TypicalQuestion } from '../../analysis/plan';
import { companyLabel, roundLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

const SHOWN = 3;

interface Props {
  questions: TypicalQuestion[];
  markOf: (text: string) => Mark | undefined;
  onMark: (text: string, current: Mark | undefined, mark: Mark) => void;
  onOpenPost: (postId: string) => void;
  lang: Lang;
}

export function TypicalQuestionList({ questions, markOf, onMark, onOpenPost, lang }: Props) {
  const s = planStrings(lang);
  const [expanded, setExpanded] = useState(false);
  if (questions.length === 0) return null;
  return (
    <>
      <ol className="sp-questions">
        {questions.map((question, index) => {
          const mark = markOf(question.text);
          const where = [
            question.companies.map((c) => companyLabel(c, lang)).join(s.listSeparator),
            question.rounds.map((r) => roundLabel(r, lang)).join(s.listSeparator),
          ].join(' · ');
          return (
            <li
              key={question.key}
              className={`sp-question${index >= SHOWN && !expanded ? ' sp-extra' : ''}${mark ? ` sp-${mark}` : ''}`}
              data-question={question.key}
            >
              <span className="sp-question-text">{question.text}</span>
              <span className="sp-count" title={question.questionIds.length > 1 ? question.questionIds.join(', ') : undefined}>
                ×{question.count}
              </span>
              <span className="sp-muted sp-small">{where}</span>
              <span className="sp-question-actions sp-no-print">
                <button
                  type="button"
                  className="sp-icon"
                  aria-pressed={mark === 'mastered'}
                  aria-label={s.questionMastered}
                  title={s.questionMastered}
                  data-action="mark-question-mastered"
                  onClick={() => onMark(question.text, mark, 'mastered')}
                >
                  ✓
                </button>
                <button
                  type="button"
                  className="sp-icon"
                  aria-pressed={mark === 'review'}
                  aria-label={s.questionReview}
                  title={s.questionReview}
                  data-action="mark-question-review"
                  onClick={() => onMark(question.text, mark, 'review')}
                >
                  ↻
                </button>
                <button
                  type="button"
                  className="sp-icon"
                  aria-label={s.openPost}
                  title={s.openPost}
                  data-action="open-post"
                  onClick={() => onOpenPost(question.postId)}
                >
                  ↗
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {questions.length > SHOWN ? (
        <button type="button" className="sp-link sp-no-print" onClick={() => setExpanded((open) => !open)}>
          {expanded ? s.showFewer : s.showAll(questions.length)}
        </button>
      ) : null}
    </>
  );
}
