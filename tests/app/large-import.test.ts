/**
 * Large imports: the size guard that refuses files before they are read, and cancelling an import
 * (the loader told to stop, the partial result dropped, storage and data set unchanged).
 */
import { describe, expect, it } from 'vitest';
import { createDatasetController } from '../../src/app/data/dataset-controller';
import {
  checkImportSize,
  formatBytes,
  importLimitBytes,
  isOutOfMemory,
  MAX_IMPORT_TOTAL_BYTES,
} from '../../src/app/data/import-limits';
import { initialState } from '../../src/app/state/dashboard-state';
import { createDashboardStore } from '../../src/app/state/store';
import { createMemoryStorage, makeStoredImport } from '../../src/app/storage/stored-import';
import type { LoadFilesAsync } from '../../src/app/worker/protocol';
import type { InputFile, LoadResult } from '../../src/loader/types';
import { makePost } from './fixtures';

const MB = 1024 * 1024;
const file = (name: string, text = name): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

const resultFor = (files: InputFile[]): LoadResult => ({
  posts: files.map((input) => makePost({ id: input.name, source: input.name })),
  questions: [],
  report: { files: [], posts: files.length, questions: 0, duplicate_posts: 0, unclassified_questions: 0 },
});

describe('checkImportSize', () => {
  it('lets files within the limit through', () => {
    expect(checkImportSize([{ name: 'a.txt', size: 50 * MB }], MAX_IMPORT_TOTAL_BYTES)).toBeUndefined();
    expect(checkImportSize([{ name: 'a.txt', size: MAX_IMPORT_TOTAL_BYTES }], MAX_IMPORT_TOTAL_BYTES)).toBeUndefined();
  });

  it('names the one file over the limit, with its size', () => {
    expect(checkImportSize([{ name: 'small.txt', size: 10 }, { name: 'huge.txt', size: 300 * MB }], 200 * MB)).toEqual({
      kind: 'file',
      name: 'huge.txt',
      size: 300 * MB,
      limit: 200 * MB,
    });
  });

  it('refuses files that fit one by one but not together, counting earlier imports', () => {
    const files = [
      { name: 'a.txt', size: 120 * MB },
      { name: 'b.txt', size: 90 * MB },
    ];
    expect(checkImportSize(files, 200 * MB)).toEqual({ kind: 'total', size: 210 * MB, limit: 200 * MB });
    expect(checkImportSize([{ name: 'a.txt', size: 150 * MB }], 200 * MB, 60 * MB)).toEqual({ kind: 'total', size: 210 * MB, limit: 200 * MB });
  });

  it('takes only a smaller, positive whole-number override from the URL', () => {
    expect(importLimitBytes('')).toBe(MAX_IMPORT_TOTAL_BYTES);
    expect(importLimitBytes('?maxImportBytes=1000')).toBe(1000);
    expect(importLimitBytes('?maxImportBytes=-5')).toBe(MAX_IMPORT_TOTAL_BYTES);
    expect(importLimitBytes('?maxImportBytes=abc')).toBe(MAX_IMPORT_TOTAL_BYTES);
    expect(importLimitBytes(`?maxImportBytes=${MAX_IMPORT_TOTAL_BYTES * 2}`)).toBe(MAX_IMPORT_TOTAL_BYTES);
  });

  it('formats sizes and recognises out-of-memory errors', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(48 * MB)).toBe('48.0 MB');
    expect(isOutOfMemory('RangeError: Invalid string length')).toBe(true);
    expect(isOutOfMemory('Array buffer allocation failed')).toBe(true);
    expect(isOutOfMemory('loader exploded')).toBe(false);
  });
});

describe('cancelling an import', () => {
  /** A loader whose calls with `big.txt` hang until cancelled; the rest answer at once. */
  function setUp() {
    let cancels = 0;
    let rejectHanging: ((error: Error) => void) | undefined;
    const load: LoadFilesAsync = (files) =>
      files.some((input) => input.name === 'big.txt')
        ? new Promise<LoadResult>((_, reject) => {
            rejectHanging = reject;
          })
        : Promise.resolve(resultFor(files));
    load.cancel = () => {
      cancels += 1;
      rejectHanging?.(new Error('import cancelled'));
    };
    const store = createDashboardStore(initialState());
    const storage = createMemoryStorage([makeStoredImport('kept.txt', file('kept.txt').bytes, 1)]);
    const controller = createDatasetController({ store, storage, load, defaults: () => [file('seed.txt')], now: () => 1000 });
    const postIds = () => store.getState().dataset.posts.map((post) => post.id);
    return { store, storage, controller, postIds, cancels: () => cancels };
  }

  it('shows the running import, then goes back to the data and imports from before', async () => {
    const { store, storage, controller, postIds, cancels } = setUp();
    await controller.start();
    expect(postIds()).toEqual(['seed.txt', 'kept.txt']);

    const importing = controller.importFiles([file('big.txt', 'x'.repeat(100))]);
    await Promise.resolve();
    const status = store.getState().status;
    expect(status).toMatchObject({ phase: 'loading', job: { label: 'big.txt', bytes: 100, startedAt: 1000 } });
    // Listed only once parsed and stored.
    expect(store.getState().imports.map((entry) => entry.name)).toEqual(['kept.txt']);

    controller.cancelImport();
    await importing;
    expect(cancels()).toBe(1);
    expect(store.getState().status).toEqual({ phase: 'ready' });
    expect(store.getState().notice).toEqual({ key: 'notice.importCancelled' });
    expect(postIds()).toEqual(['seed.txt', 'kept.txt']);
    expect(store.getState().imports.map((entry) => entry.name)).toEqual(['kept.txt']);
    expect((await storage.readAll()).files.map((entry) => entry.name)).toEqual(['kept.txt']);
  });

  it('does nothing when no import runs, and later imports still work', async () => {
    const { store, storage, controller, postIds, cancels } = setUp();
    await controller.start();
    controller.cancelImport();
    expect(cancels()).toBe(0);
    expect(store.getState().notice).toBeUndefined();

    const importing = controller.importFiles([file('big.txt')]);
    controller.cancelImport();
    await importing;
    await controller.importFiles([file('next.txt')]);
    expect(postIds()).toEqual(['seed.txt', 'kept.txt', 'next.txt']);
    expect((await storage.readAll()).files.map((entry) => entry.name)).toEqual(['kept.txt', 'next.txt']);
  });

  it('turns an out-of-memory failure into a clear message and keeps the data', async () => {
    const store = createDashboardStore(initialState());
    const storage = createMemoryStorage();
    const load: LoadFilesAsync = async (files) => {
      if (files.some((input) => input.name === 'huge.txt')) throw new Error('RangeError: Invalid string length');
      return resultFor(files);
    };
    const controller = createDatasetController({ store, storage, load, defaults: () => [file('seed.txt')] });
    await controller.start();
    await controller.importFiles([file('huge.txt', 'abc')]);
    expect(store.getState().notice).toEqual({ key: 'notice.importTooLarge', detail: 'huge.txt (3 B)' });
    expect(store.getState().status).toEqual({ phase: 'ready' });
    expect(store.getState().dataset.posts.map((post) => post.id)).toEqual(['seed.txt']);
    expect(store.getState().imports).toEqual([]);
    expect((await storage.readAll()).files).toEqual([]);
  });
});
