/**
 * The contract between the dashboard's one filter store and its views.
 * Filters are clauses keyed by the view that set them (as in Mosaic): each view sees the rows
 * filtered by every clause except its own, so a view never filters itself away.
 */
import type { Post, Question } from '../../loader/types';

export type ViewName =
  | 'overview'
  | 'topic-frequency'
  | 'round-distribution'
  | 'cooccurrence'
  | 'company-comparison'
  | 'study-plan'
  | 'questions';

export type Lang = 'zh' | 'en';

/**
 * `topic` keeps questions with any of the values among their topics (finer topics roll up to
 * their contract parent); `topicPair` keeps questions (or posts, see `scope`) that have all of
 * them; `search` is free text over the question text.
 */
export type FilterField = 'topic' | 'area' | 'company' | 'round' | 'kind' | 'postKind' | 'topicPair' | 'search';

export interface FilterClause {
  source: ViewName;
  field: FilterField;
  values: string[];
  /** For `topicPair`: both topics in one question, or anywhere in one post. */
  scope?: 'question' | 'post';
}

/** What a view sets: the store adds the view's name as the clause's source. */
export type Selection = Omit<FilterClause, 'source'>;

/** One props shape for every view; a view never reads global state itself. */
export interface ViewProps {
  /** Filtered by every clause except this view's own. */
  questions: Question[];
  /** The posts those questions belong to. */
  posts: Post[];
  lang: Lang;
  /** This view's own active clause, to highlight what is selected. */
  active: FilterClause | undefined;
  /** Set (or with null, clear) this view's clause. */
  onSelect: (selection: Selection | null) => void;
  /** Open the source post of a question, with its questions in order. */
  onOpenPost: (postId: string) => void;
}
