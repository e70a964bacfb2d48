/**
 * The dashboard shell: top bar (title, import, export, language, theme), filter chips, the
 * overview, and the current view. Views get ViewProps only; the shell owns every piece of state.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useState, type DragEvent } from 'react';
import { ExportButtons } from './components/ExportButtons';
import { FilterChips } from './components/FilterChips';
import { ImportPanel, useFileImport } from './components/ImportPanel';
import { LanguageToggle } from './components/LanguageToggle';
import { LoadProgress } from './components/LoadProgress';
import { Nav } from './components/Nav';
import { NoticeBanner } from './components/NoticeBanner';
import { PostDialog } from './components/PostDialog';
import { ThemeToggle } from './components/ThemeToggle';
import { ViewFrame } from './components/ViewFrame';
import { useDatasetController } from './data/controller-context';
import { useTranslate } from './i18n/use-translate';
import { clauseContext } from './state/clause-context';
import { filterIndexOf } from './state/filter-index';
import { selectViewData } from './state/select-view';
import { useDashboard, useDispatch } from './state/store-context';
import type { Selection, ViewName, ViewProps } from './state/types';
import { routeToHash } from './state/url-hash';
import { markRendered } from './render-marks';
import { chartViews, viewRegistry, type WholeDataset } from './views/registry';
import './app.css';

/** What the page shows for a route: the overview page gathers the four charts. */
function viewsFor(view: ViewName): readonly ViewName[] {
  return view === 'overview' ? chartViews : [view];
}

function useViewProps(view: ViewName): ViewProps {
  const dispatch = useDispatch();
  const { questions, posts } = useDashboard((state) => state.dataset);
  const clauses = useDashboard((state) => state.clauses);
  const lang = useDashboard((state) => state.lang);
  const data = useMemo(
    () => selectViewData(questions, posts, clauses, view, clauseContext),
    [questions, posts, clauses, view],
  );
  const active = useMemo(() => clauses.find((clause) => clause.source === view), [clauses, view]);
  const onSelect = useCallback(
    (selection: Selection | null) => dispatch({ type: 'select', source: view, selection }),
    [dispatch, view],
  );
  const onOpenPost = useCallback((postId: string) => dispatch({ type: 'openPost', postId }), [dispatch]);
  // The index hands back the same arrays for the same clauses: a view whose inputs did not
  // change gets equal props and skips its work.
  const { questions: viewQuestions, posts: viewPosts } = data;
  return useMemo(
    () => ({ questions: viewQuestions, posts: viewPosts, lang, active, onSelect, onOpenPost }),
    [viewQuestions, viewPosts, lang, active, onSelect, onOpenPost],
  );
}

/** Memoised: progress ticks and dialogs re-render the shell, not every chart. */
const MountedView = memo(function MountedView({ view, whole }: { view: ViewName; whole: WholeDataset }) {
  const props = useViewProps(view);
  const entry = viewRegistry[view];
  return (
    <ViewFrame view={view} titleHidden={entry.titleHidden}>
      {entry.render(props, whole)}
    </ViewFrame>
  );
});

/** After the views' commit (a later sibling's layout effect runs after theirs): the benchmark signal. */
function RenderedSignal() {
  const questions = useDashboard((state) => state.dataset.questions);
  const view = useDashboard((state) => state.view);
  const clauses = useDashboard((state) => state.clauses);
  useLayoutEffect(() => {
    markRendered({ questions: questions.length, route: routeToHash({ view, clauses }) });
  }, [questions, view, clauses]);
  return null;
}

function TopBar({ onOpenImport }: { onOpenImport: () => void }) {
  const t = useTranslate();
  const { questions } = useDashboard((state) => state.dataset);
  const clauses = useDashboard((state) => state.clauses);
  const ready = useDashboard((state) => state.status.phase === 'ready');
  // Export takes every clause, the questions view's search included: what the filters show.
  const exported = useMemo(() => filterIndexOf(questions, clauseContext).rows(clauses), [questions, clauses]);
  return (
    <header className="top-bar">
      <h1 className="app-title">
        <span lang="zh-CN">面经雷达</span> <span className="app-title-en" lang="en">Mianjing Radar</span>
      </h1>
      <p className="app-subtitle">{t('app.subtitle')}</p>
      <div className="top-bar-actions">
        <button type="button" data-action="open-import" onClick={onOpenImport}>
          {t('import.open')}
        </button>
        <ExportButtons questions={exported} disabled={!ready} />
        <LanguageToggle />
        <ThemeToggle />
      </div>
    </header>
  );
}

function OpenPost() {
  const dispatch = useDispatch();
  const openPostId = useDashboard((state) => state.openPostId);
  const { posts, questions } = useDashboard((state) => state.dataset);
  const lang = useDashboard((state) => state.lang);
  const post = useMemo(() => posts.find((candidate) => candidate.id === openPostId), [posts, openPostId]);
  if (post === undefined) return null;
  return <PostDialog post={post} questions={questions} lang={lang} onClose={() => dispatch({ type: 'closePost' })} />;
}

export function App() {
  const t = useTranslate();
  const controller = useDatasetController();
  const view = useDashboard((state) => state.view);
  const phase = useDashboard((state) => state.status.phase);
  const failure = useDashboard((state) => (state.status.phase === 'error' ? state.status.message : ''));
  const dataset = useDashboard((state) => state.dataset);
  const lang = useDashboard((state) => state.lang);
  const [importOpen, setImportOpen] = useState(false);
  const importFiles = useFileImport();
  const whole = useMemo(() => ({ questions: dataset.questions, posts: dataset.posts }), [dataset]);
  const firstLoad = dataset.report === undefined;

  // While the page is idle after a load, build the filter lists the first click would need.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return undefined;
    const index = filterIndexOf(dataset.questions, clauseContext);
    let handle = 0;
    const step = (deadline: IdleDeadline): void => {
      while (deadline.timeRemaining() > 0) if (!index.prepareNext()) return;
      handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [dataset.questions]);

  useEffect(() => {
    document.title = lang === 'zh' ? '面经雷达 · Mianjing Radar' : 'Mianjing Radar · 面经雷达';
  }, [lang]);

  // Files dropped anywhere on the page import as if dropped on the import panel.
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (event.dataTransfer.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void importFiles(event.dataTransfer.files);
  };

  const appStatus = phase === 'error' ? 'error' : phase === 'loading' ? 'loading' : 'ready';
  return (
    <div className="app" data-app-status={appStatus} data-current-view={view} onDragOver={onDragOver} onDrop={onDrop}>
      <TopBar onOpenImport={() => setImportOpen(true)} />
      <div className="filter-bar">
        <FilterChips />
        <LoadProgress />
      </div>
      <NoticeBanner />
      <Nav />
      {phase === 'error' && firstLoad ? (
        <div className="app-error" role="alert">
          <p>{t('app.loadFailed', { message: failure })}</p>
          <button type="button" onClick={() => void controller.start()}>
            {t('app.retry')}
          </button>
        </div>
      ) : firstLoad ? (
        <p className="app-loading">{t('app.loading')}</p>
      ) : (
        <main className={view === 'overview' ? 'views views-grid' : 'views'}>
          <div className="views-overview">
            <MountedView view="overview" whole={whole} />
          </div>
          {viewsFor(view).map((name) => (
            <MountedView key={name} view={name} whole={whole} />
          ))}
          <RenderedSignal />
        </main>
      )}
      {importOpen ? <ImportPanel onClose={() => setImportOpen(false)} /> : null}
      <OpenPost />
    </div>
  );
}
