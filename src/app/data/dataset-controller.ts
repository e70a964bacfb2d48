/**
 * Everything that changes the data set: the first load (seeds plus stored imports), importing,
 * removing and resetting imports. Each change re-runs the loader over the seeds and all imports,
 * so imported posts merge with the seeds exactly as if they had been in data/raw.
 */
import type { InputFile, LoadResult } from '../../loader/types';
import type { ImportJob } from '../state/dashboard-state';
import type { DashboardStore } from '../state/store';
import { formatBytes, isOutOfMemory } from './import-limits';
import { makeStoredImport, type ImportStorage, type StoredImport } from '../storage/stored-import';
import type { LoadFilesAsync } from '../worker/protocol';

export interface DatasetController {
  /** Loads the seeds and whatever imports the browser kept. */
  start(): Promise<void>;
  importFiles(files: InputFile[]): Promise<void>;
  removeImport(name: string): Promise<void>;
  resetImports(): Promise<void>;
  /**
   * Stops the import being parsed: the worker ends, its partial results are dropped, the imports
   * and the data set from before it stay (nothing new was stored). Does nothing when no import runs.
   */
  cancelImport(): void;
}

export interface DatasetDependencies {
  store: DashboardStore;
  storage: ImportStorage;
  load: LoadFilesAsync;
  defaults: () => InputFile[];
  now?: () => number;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Reasons the loader gave for imported files it could not use, as `name: reason`. */
function skippedImports(result: LoadResult, imports: StoredImport[]): string[] {
  const importedNames = new Set(imports.map((file) => file.name));
  return result.report.files
    .filter((file) => file.status === 'skipped' && importedNames.has(file.source))
    .map((file) => file.reason || file.source);
}

export function createDatasetController(deps: DatasetDependencies): DatasetController {
  const { store, storage, load, defaults } = deps;
  const now = deps.now ?? Date.now;
  let imports: StoredImport[] = [];
  let latestRun = 0;
  /**
   * Imports not yet stored: they are written to storage only once a load with them succeeds, so
   * a cancelled or failed import leaves storage as it was. `committed` is the list from before.
   */
  let unsaved: StoredImport[] = [];
  let committed: StoredImport[] = [];
  let job: ImportJob | undefined;

  /** Back to the imports before the unsaved ones; the store keeps the data set it had. */
  const restoreCommitted = (): void => {
    imports = committed;
    unsaved = [];
    job = undefined;
    publishImports();
    store.dispatch({ type: 'loadRestored' });
  };

  const saveUnsaved = async (): Promise<void> => {
    const toSave = unsaved;
    unsaved = [];
    job = undefined;
    if (toSave.length === 0) return;
    try {
      await storage.putAll(toSave);
    } catch (error) {
      // Still shown for this visit; the notice says they will not survive a reload.
      store.dispatch({ type: 'notify', notice: { key: 'notice.importFailed', detail: messageOf(error) } });
    }
  };

  const publishImports = (): void =>
    store.dispatch({
      type: 'importsChanged',
      imports: imports.map((file) => ({ name: file.name, size: file.bytes.length })),
    });

  /** Loads seeds + imports; a run overtaken by a newer one drops its result. */
  const reload = async (): Promise<void> => {
    const run = ++latestRun;
    const runJob = job;
    const progress = (done: number, total: number): void =>
      store.dispatch(runJob === undefined ? { type: 'loadProgress', done, total } : { type: 'loadProgress', done, total, job: runJob });
    progress(0, 0);
    const files = [...defaults(), ...imports.map(({ name, bytes }) => ({ name, bytes }))];
    try {
      const result = await load(files, (done, total) => {
        if (run === latestRun) progress(done, total);
      });
      if (run !== latestRun) return;
      await saveUnsaved();
      if (run !== latestRun) return;
      // New imports are listed only now, once stored: a listed file is one that survives a reload.
      publishImports();
      store.dispatch({
        type: 'loadFinished',
        dataset: { posts: result.posts, questions: result.questions, report: result.report },
      });
      const skipped = skippedImports(result, imports);
      if (skipped.length > 0) {
        store.dispatch({ type: 'notify', notice: { key: 'notice.importSkipped', detail: skipped.join('; ') } });
      }
    } catch (error) {
      if (run !== latestRun) return;
      if (unsaved.length > 0) {
        // The new files broke the load: drop them, keep what was there (stored imports included).
        const message = messageOf(error);
        const bytes = unsaved.reduce((sum, file) => sum + file.bytes.length, 0);
        const names = unsaved.map((file) => file.name).join(', ');
        restoreCommitted();
        store.dispatch({
          type: 'notify',
          notice: isOutOfMemory(message)
            ? { key: 'notice.importTooLarge', detail: `${names} (${formatBytes(bytes)})` }
            : { key: 'notice.importFailed', detail: message },
        });
        return;
      }
      if (imports.length > 0) {
        // Stored imports the loader cannot digest would fail every visit: drop them, keep the seeds.
        imports = [];
        await storage.clear().catch(() => undefined);
        publishImports();
        store.dispatch({ type: 'notify', notice: { key: 'notice.storageReset', detail: messageOf(error) } });
        await reload();
        return;
      }
      store.dispatch({ type: 'loadFailed', message: messageOf(error) });
    }
  };

  return {
    async start() {
      try {
        const stored = await storage.readAll();
        imports = stored.files;
        if (stored.corrupted) {
          await storage.clear().catch(() => undefined);
          imports = [];
          store.dispatch({ type: 'notify', notice: { key: 'notice.storageReset' } });
        }
      } catch {
        imports = [];
        store.dispatch({ type: 'notify', notice: { key: 'notice.storageReset' } });
      }
      publishImports();
      await reload();
    },
    async importFiles(files) {
      if (files.length === 0) return;
      const addedAt = now();
      const added = files.map((file, i) => makeStoredImport(file.name, file.bytes, addedAt + i));
      const addedNames = new Set(added.map((file) => file.name));
      if (unsaved.length === 0) committed = imports;
      unsaved = [...unsaved.filter((file) => !addedNames.has(file.name)), ...added];
      imports = [...imports.filter((file) => !addedNames.has(file.name)), ...added];
      job = {
        label: unsaved.map((file) => file.name).join(', '),
        bytes: unsaved.reduce((sum, file) => sum + file.bytes.length, 0),
        startedAt: now(),
      };
      await reload();
    },
    cancelImport() {
      if (unsaved.length === 0) return;
      latestRun += 1; // the running load's answer, if any still comes, is dropped
      load.cancel?.();
      restoreCommitted();
      store.dispatch({ type: 'notify', notice: { key: 'notice.importCancelled' } });
    },
    async removeImport(name) {
      await storage.remove(name).catch(() => undefined);
      imports = imports.filter((file) => file.name !== name);
      unsaved = unsaved.filter((file) => file.name !== name);
      committed = committed.filter((file) => file.name !== name);
      publishImports();
      await reload();
    },
    async resetImports() {
      await storage.clear().catch(() => undefined);
      imports = [];
      unsaved = [];
      committed = [];
      publishImports();
      await reload();
    },
  };
}
