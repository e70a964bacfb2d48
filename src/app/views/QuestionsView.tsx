/**
 * Every question in a searchable, sortable table. Only the rows in view are in the DOM (fixed row
 * height windowing), so 100,000 rows scroll as smoothly as 100. A row opens its source post.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Question } from '../../loader/types';
import { evidenceTerms } from '../components/evidence-terms';
import { HighlightedText } from '../components/HighlightedText';
import { companyLabel, kindLabel, roundLabel, topicLabel } from '../i18n/labels';
import { translatorFor } from '../i18n/translate';
import { searchTerms } from '../state/apply-clauses';
import type { Lang, ViewProps } from '../state/types';
import {
  nextSort,
  rowWindow,
  scrollTopToShow,
  searchQuestions,
  sortQuestions,
  sourceOrder,
  type SortKey,
  type SortOrder,
} from './questions-table';
import { collatorFor, rememberedTextRanks } from './text-order';
import { useDebouncedSearch } from './use-debounced-search';
import './questions.css';

export const questionRowHeight = 40;
/** Before the first layout (and under jsdom) the scroller has no height yet. */
const fallbackViewportHeight = 480;

const columns: ReadonlyArray<{ key: SortKey; label: 'questions.col.text' | 'questions.col.company' | 'questions.col.round' | 'questions.col.kind' | 'questions.col.topics' }> = [
  { key: 'text', label: 'questions.col.text' },
  { key: 'company', label: 'questions.col.company' },
  { key: 'round', label: 'questions.col.round' },
  { key: 'kind', label: 'questions.col.kind' },
  { key: 'topics', label: 'questions.col.topics' },
];

function useViewportHeight(element: HTMLElement | null): number {
  const [height, setHeight] = useState(fallbackViewportHeight);
  useLayoutEffect(() => {
    if (element === null) return undefined;
    const measure = (): void => setHeight(element.clientHeight || fallbackViewportHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return height;
}

interface QuestionRowProps {
  question: Question;
  index: number;
  lang: Lang;
  highlight: readonly string[];
  openLabel: string;
  onOpen: (question: Question) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
}

function QuestionRow({ question, index, lang, highlight, openLabel, onOpen, onKeyDown }: QuestionRowProps) {
  const terms = useMemo(() => [...evidenceTerms(question), ...highlight], [question, highlight]);
  return (
    <div
      role="row"
      className="questions-row"
      aria-rowindex={index + 2}
      aria-label={openLabel}
      tabIndex={0}
      data-question-id={question.id}
      data-row-index={index}
      style={{ transform: `translateY(${index * questionRowHeight}px)` }}
      onClick={() => onOpen(question)}
      onKeyDown={(event) => onKeyDown(event, index)}
    >
      <div role="cell" className="questions-text" title={question.text}>
        <HighlightedText text={question.text} terms={terms} />
      </div>
      <div role="cell" data-company={question.company}>
        {companyLabel(question.company, lang)}
      </div>
      <div role="cell" data-round={question.round}>
        {roundLabel(question.round, lang)}
      </div>
      <div role="cell" data-kind={question.kind}>
        {kindLabel(question.kind, lang)}
      </div>
      <div role="cell" className="questions-topics">
        {question.topics.map((topic) => (
          <span key={topic} className="topic-chip" data-topic={topic}>
            {topicLabel(topic, lang)}
          </span>
        ))}
      </div>
    </div>
  );
}

export function QuestionsView({ questions, lang, active, onSelect, onOpenPost }: ViewProps) {
  const t = translatorFor(lang);
  const committedSearch = active?.field === 'search' ? active.values.join(' ') : '';
  const [draft, setDraft] = useDebouncedSearch(committedSearch, (query) =>
    onSelect(query.trim() === '' ? null : { field: 'search', values: [query] }),
  );
  const [sort, setSort] = useState<SortOrder>(sourceOrder);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const focusRow = useRef<number | undefined>(undefined);
  const viewportHeight = useViewportHeight(scroller);

  const searched = useMemo(() => searchQuestions(questions, committedSearch), [questions, committedSearch]);
  const rows = useMemo(
    () =>
      sortQuestions(searched, sort, {
        company: (id) => companyLabel(id, lang),
        kind: (id) => kindLabel(id, lang),
        topic: (id) => topicLabel(id, lang),
        collator: collatorFor(lang),
        textRanks: (rows) => rememberedTextRanks(rows, lang),
      }),
    [searched, sort, lang],
  );
  const highlight = useMemo(() => searchTerms(committedSearch), [committedSearch]);
  const { start, end } = rowWindow(scrollTop, viewportHeight, questionRowHeight, rows.length);

  // After keyboard navigation re-renders the window, focus the row the user moved to.
  useEffect(() => {
    if (focusRow.current === undefined || scroller === null) return;
    scroller.querySelector<HTMLElement>(`[data-row-index="${focusRow.current}"]`)?.focus({ preventScroll: true });
    focusRow.current = undefined;
  });

  const moveTo = (row: number): void => {
    if (scroller === null || rows.length === 0) return;
    const target = Math.max(0, Math.min(rows.length - 1, row));
    scroller.scrollTop = scrollTopToShow(target, scroller.scrollTop, viewportHeight, questionRowHeight);
    setScrollTop(scroller.scrollTop);
    focusRow.current = target;
  };
  const pageRows = Math.max(1, Math.floor(viewportHeight / questionRowHeight) - 1);
  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number): void => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const question = rows[index];
      if (question !== undefined) onOpenPost(question.postId);
    }
  };

  return (
    <div data-view="questions" className="questions">
      <div className="questions-toolbar">
        <label className="questions-search">
          <span className="visually-hidden">{t('questions.search')}</span>
          <input
            type="search"
            data-role="question-search"
            value={draft}
            placeholder={t('questions.searchPlaceholder')}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <span className="questions-count" data-role="question-count" aria-live="polite">
          {t('questions.count', { count: rows.length })}
        </span>
      </div>
      <div role="table" className="questions-table" aria-rowcount={rows.length + 1} aria-label={t('view.questions')}>
        <div role="row" className="questions-header" aria-rowindex={1}>
          {columns.map((column) => {
            const sorted = sort.key === column.key;
            return (
              <div role="columnheader" key={column.key} aria-sort={sorted ? sort.direction : 'none'}>
                <button
                  type="button"
                  data-sort={column.key}
                  aria-label={t('questions.sortBy', { column: t(column.label) })}
                  onClick={() => setSort((current) => nextSort(current, column.key))}
                >
                  {t(column.label)}
                  <span aria-hidden="true" className="questions-sort-mark">
                    {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
        <div
          ref={setScroller}
          className="questions-scroller"
          role="rowgroup"
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          {rows.length === 0 ? <p className="questions-empty">{t('questions.empty')}</p> : null}
          <div className="questions-spacer" style={{ height: rows.length * questionRowHeight }}>
            {rows.slice(start, end).map((question, offset) => (
              <QuestionRow
                key={question.id}
                question={question}
                index={start + offset}
                lang={lang}
                highlight={highlight}
                openLabel={t('questions.open', { text: question.text })}
                onOpen={(row) => onOpenPost(row.postId)}
                onKeyDown={onRowKeyDown}
              />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
