/**
 * Keeps the address bar and the store in step: store changes push (or replace) a history entry,
 * and the back button or an edited address dispatches the route it shows.
 */
import { routeOf } from './dashboard-state';
import type { DashboardStore } from './store';
import { hashToRoute, historyModeFor, routeToHash, type Route } from './url-hash';

/**
 * Runs `task` once the page is idle (within `timeoutMs` at the latest). Writing history costs
 * several milliseconds in Chromium: after the views have updated and painted, not before.
 */
function whenIdle(target: Window, task: () => void, timeoutMs = 200): () => void {
  if (typeof target.requestIdleCallback === 'function') {
    const handle = target.requestIdleCallback(task, { timeout: timeoutMs });
    return () => target.cancelIdleCallback(handle);
  }
  const handle = target.setTimeout(task, 0);
  return () => target.clearTimeout(handle);
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
    cancelWrite = whenIdle(target, write);
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
