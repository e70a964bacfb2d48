/** The questions behind a clicked matrix cell, each with a way to its source post. */
import { companyName, roundName } from '../../charts/labels';
import type { Question } from '../../../loader/types';
import type { Lang } from '../../state/types';
import { pairText } from './strings';

const LIMIT = 50;

export interface PairQuestionsProps {
  readonly title: string;
  readonly questions: readonly Question[];
  readonly lang: Lang;
  readonly onOpenPost: (postId: string) => void;
  readonly onClose: () => void;
}

export function PairQuestions({ title, questions, lang, onOpenPost, onClose }: PairQuestionsProps) {
  const shown = questions.slice(0, LIMIT);
  return (
    <section className="pair-questions" aria-label={title} data-pair-questions="">
      <header className="pair-questions-header">
        <h4>{title}</h4>
        <button type="button" onClick={onClose}>
          {pairText(lang, 'closeList')}
        </button>
      </header>
      <ol>
        {shown.map((q) => (
          <li key={q.id}>
            <span className="pair-question-text">{q.text}</span>{' '}
            <span className="pair-question-meta">
              {companyName(q.company, lang)} · {roundName(q.round, lang)}
            </span>{' '}
            <button type="button" className="pair-question-open" onClick={() => onOpenPost(q.postId)}>
              {pairText(lang, 'openPost')}
            </button>
          </li>
        ))}
      </ol>
      {questions.length > LIMIT && (
        <p className="chart-note">{pairText(lang, 'listMore', { n: questions.length - LIMIT })}</p>
      )}
    </section>
  );
}
