/** React access to the one dashboard store. Views never use this: they get ViewProps. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DashboardAction, DashboardState } from './dashboard-state';
import type { DashboardStore } from './store';

const StoreContext = createContext<DashboardStore | undefined>(undefined);

export function StoreProvider({ store, children }: { store: DashboardStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (store === undefined) throw new Error('useStore() needs a <StoreProvider> above it');
  return store;
}

/** Re-renders only when the selected slice changes (compared with Object.is). */
export function useDashboard<T>(select: (state: DashboardState) => T): T {
  const store = useStore();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}

export function useDispatch(): (action: DashboardAction) => void {
  return useStore().dispatch;
}
