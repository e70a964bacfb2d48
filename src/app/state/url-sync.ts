/**
 * Keeps the address bar and the store in step: store changes push (or replace) a history entry,
 * and the back button or an edited address dispatches the route it shows.
 */
import { routeOf } from './dashboard-state';
import type { DashboardStore } from './store';
import { hashToRoute, historyModeFor, routeToHash, type Route } from './url-hash';

/**
 * Runs `task` once the browser has painted the current frame (a hidden page paints no frames, so
 * a timer stands in). Writing history costs several milliseconds in Chromium: after the paint, a
 * filter click shows its views first.
 */
function afterPaint(target: Window, task: () => void): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    task();
  };
  const fallback = target.setTimeout(run, 100);
  const frame = target.requestAnimationFrame?.(() => target.setTimeout(run, 0));
  return () => {
    done = true;
    target.clearTimeout(fallback);
    if (frame !== undefined) target.cancelAnimationFrame(frame);
  };
}

export function connectUrl(store: DashboardStore, target: Window = window): () => void {
  let shown: Route = hashToRoute(target.location.hash);
  store.dispatch({ type: 'route', route: shown });
  shown = routeOf(store.getState());
  if (target.location.hash !== routeToHash(shown)) {
    target.history.replaceState(null, '', routeToHash(shown));
  }

  /** Writes the store's route into the address; changes in one frame make one history entry. */
  const write = (): void => {
    cancelWrite = undefined;
    const next = routeOf(store.getState());
    const mode = historyModeFor(shown, next);
    if (mode === 'none') return;
    shown = next;
    if (mode === 'push') target.history.pushState(null, '', routeToHash(next));
    else target.history.replaceState(null, '', routeToHash(next));
  };
  let cancelWrite: (() => void) | undefined;

  const onAddressChange = (): void => {
    const route = hashToRoute(target.location.hash);
    shown = route;
    store.dispatch({ type: 'route', route });
  };
  const onStoreChange = (): void => {
    if (cancelWrite !== undefined) return;
    if (historyModeFor(shown, routeOf(store.getState())) === 'none') return;
    cancelWrite = afterPaint(target, write);
  };

  const unsubscribe = store.subscribe(onStoreChange);
  target.addEventListener('popstate', onAddressChange);
  target.addEventListener('hashchange', onAddressChange);
  return () => {
    cancelWrite?.();
    unsubscribe();
    target.removeEventListener('popstate', onAddressChange);
    target.removeEventListener('hashchange', onAddressChange);
  };
}
