/** A minimal external store around `reduceDashboard`, read by React through useSyncExternalStore. */
import { reduceDashboard, type DashboardAction, type DashboardState } from './dashboard-state';

export interface DashboardStore {
  getState(): DashboardState;
  dispatch(action: DashboardAction): void;
  subscribe(listener: () => void): () => void;
}

export function createDashboardStore(initial: DashboardState): DashboardStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reduceDashboard(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
