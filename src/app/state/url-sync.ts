/**
 * Keeps the address bar and the store in step: store changes push (or replace) a history entry,
 * and the back button or an edited address dispatches the route it shows.
 */
import { routeOf } from './dashboard-state';
import type { DashboardStore } from './store';
import { hashToRoute, historyModeFor, routeToHash, type Route } from './url-hash';

export function connectUrl(store: DashboardStore, target: Window = window): () => void {
  let shown: Route = hashToRoute(target.location.hash);
  store.dispatch({ type: 'route', route: shown });
  shown = routeOf(store.getState());
  if (target.location.hash !== routeToHash(shown)) {
    target.history.replaceState(null, '', routeToHash(shown));
  }

  const onAddressChange = (): void => {
    const route = hashToRoute(target.location.hash);
    shown = route;
    store.dispatch({ type: 'route', route });
  };
  const onStoreChange = (): void => {
    const next = routeOf(store.getState());
    const mode = historyModeFor(shown, next);
    if (mode === 'none') return;
    shown = next;
    if (mode === 'push') target.history.pushState(null, '', routeToHash(next));
    else target.history.replaceState(null, '', routeToHash(next));
  };

  const unsubscribe = store.subscribe(onStoreChange);
  target.addEventListener('popstate', onAddressChange);
  target.addEventListener('hashchange', onAddressChange);
  return () => {
    unsubscribe();
    target.removeEventListener('popstate', onAddressChange);
    target.removeEventListener('hashchange', onAddressChange);
  };
}
