/**
 * The one dashboard state and its reducer: the data set, the filter clauses, the current view and
 * the user's preferences. Pure: side effects (loading, storage, the URL) live in their own modules
 * and talk to the state only through actions.
 */
import type { LoadReport, Post, Question } from '../../loader/types';
import type { FilterClause, Lang, Selection, ViewName } from './types';
import { defaultView, routeToHash, type Route } from './url-hash';

export type Theme = 'light' | 'dark';

export interface Dataset {
  posts: Post[];
  questions: Question[];
  report: LoadReport | undefined;
}

/** An import being parsed: what the progress line names, and since when. */
export interface ImportJob {
  /** The new files' names, comma-separated. */
  label: string;
  bytes: number;
  startedAt: number;
}

export type LoadStatus =
  | { phase: 'loading'; done: number; total: number; job?: ImportJob }
  | { phase: 'ready' }
  | { phase: 'error'; message: string };

/** An imported file as the import panel lists it (its bytes stay in storage). */
export interface ImportedFileSummary {
  name: string;
  size: number;
}

/** Messages for the user; `key` names an i18n string so a notice follows the language. */
export interface Notice {
  key:
    | 'notice.storageReset'
    | 'notice.importFailed'
    | 'notice.importSkipped'
    | 'notice.importCancelled'
    | 'notice.importTooLarge';
  detail?: string;
}

export interface DashboardState {
  view: ViewName;
  clauses: FilterClause[];
  lang: Lang;
  theme: Theme;
  dataset: Dataset;
  status: LoadStatus;
  imports: ImportedFileSummary[];
  notice: Notice | undefined;
  openPostId: string | undefined;
}

export type DashboardAction =
  | { type: 'route'; route: Route }
  | { type: 'select'; source: ViewName; selection: Selection | null }
  | { type: 'clearFilters' }
  | { type: 'setLang'; lang: Lang }
  | { type: 'setTheme'; theme: Theme }
  | { type: 'loadProgress'; done: number; total: number; job?: ImportJob }
  /** A cancelled or failed import: the data set from before it stays, and is ready again. */
  | { type: 'loadRestored' }
  | { type: 'loadFinished'; dataset: Dataset }
  | { type: 'loadFailed'; message: string }
  | { type: 'importsChanged'; imports: ImportedFileSummary[] }
  | { type: 'notify'; notice: Notice }
  | { type: 'dismissNotice' }
  | { type: 'openPost'; postId: string }
  | { type: 'closePost' };

export const emptyDataset: Dataset = { posts: [], questions: [], report: undefined };

export function initialState(overrides: Partial<DashboardState> = {}): DashboardState {
  return {
    view: defaultView,
    clauses: [],
    lang: 'zh',
    theme: 'light',
    dataset: emptyDataset,
    status: { phase: 'loading', done: 0, total: 0 },
    imports: [],
    notice: undefined,
    openPostId: undefined,
    ...overrides,
  };
}

export function routeOf(state: DashboardState): Route {
  return { view: state.view, clauses: state.clauses };
}

/** Sets, replaces or (with null or no values) removes one view's clause, keeping chip order. */
function selectClause(clauses: FilterClause[], source: ViewName, selection: Selection | null): FilterClause[] {
  const isEmpty = selection === null || selection.values.every((value) => value.trim() === '');
  if (isEmpty) return clauses.filter((clause) => clause.source !== source);
  const clause: FilterClause = { ...selection, source, values: [...new Set(selection.values)] };
  const index = clauses.findIndex((existing) => existing.source === source);
  if (index === -1) return [...clauses, clause];
  return clauses.map((existing, i) => (i === index ? clause : existing));
}

export function reduceDashboard(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'route':
      if (routeToHash(action.route) === routeToHash(routeOf(state))) return state;
      return { ...state, view: action.route.view, clauses: action.route.clauses };
    case 'select':
      return { ...state, clauses: selectClause(state.clauses, action.source, action.selection) };
    case 'clearFilters':
      return state.clauses.length === 0 ? state : { ...state, clauses: [] };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setTheme':
      return { ...state, theme: action.theme };
    case 'loadProgress':
      return {
        ...state,
        status:
          action.job === undefined
            ? { phase: 'loading', done: action.done, total: action.total }
            : { phase: 'loading', done: action.done, total: action.total, job: action.job },
      };
    case 'loadRestored':
      return state.status.phase === 'loading' ? { ...state, status: { phase: 'ready' } } : state;
    case 'loadFinished': {
      const postStillThere = action.dataset.posts.some((post) => post.id === state.openPostId);
      return {
        ...state,
        dataset: action.dataset,
        status: { phase: 'ready' },
        openPostId: postStillThere ? state.openPostId : undefined,
      };
    }
    case 'loadFailed':
      return { ...state, status: { phase: 'error', message: action.message } };
    case 'importsChanged':
      return { ...state, imports: action.imports };
    case 'notify':
      return { ...state, notice: action.notice };
    case 'dismissNotice':
      return { ...state, notice: undefined };
    case 'openPost':
      return { ...state, openPostId: action.postId };
    case 'closePost':
      return { ...state, openPostId: undefined };
  }
}
