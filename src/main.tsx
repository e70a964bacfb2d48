/**
 * Wires the dashboard: one store (seeded from saved preferences and the address), the URL mirror,
 * the data set controller (seeds + IndexedDB imports, parsed in a worker), then React.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatasetControllerProvider } from './app/data/controller-context';
import { createDatasetController } from './app/data/dataset-controller';
import { defaultFiles } from './app/data/default-data';
import { initialState } from './app/state/dashboard-state';
import { readPreferences, writePreferences } from './app/state/preferences';
import { createDashboardStore } from './app/state/store';
import { StoreProvider } from './app/state/store-context';
import { connectUrl } from './app/state/url-sync';
import { createIndexedDbStorage } from './app/storage/indexed-db-storage';
import { applyDocumentSettings } from './app/theme/apply-theme';
import { createWorkerLoader } from './app/worker/worker-loader';
import './app/theme/tokens.css';
import './app/theme/base.css';

const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
const store = createDashboardStore(initialState(readPreferences(window.localStorage, prefersDark)));

let applied = { lang: store.getState().lang, theme: store.getState().theme };
applyDocumentSettings(document.documentElement, applied.theme, applied.lang);
store.subscribe(() => {
  const { lang, theme } = store.getState();
  if (lang === applied.lang && theme === applied.theme) return;
  applied = { lang, theme };
  applyDocumentSettings(document.documentElement, theme, lang);
  writePreferences(window.localStorage, applied);
});

connectUrl(store);

const controller = createDatasetController({
  store,
  storage: createIndexedDbStorage(),
  load: createWorkerLoader(),
  defaults: defaultFiles,
});
void controller.start();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <DatasetControllerProvider controller={controller}>
        <App />
      </DatasetControllerProvider>
    </StoreProvider>
  </StrictMode>,
);
