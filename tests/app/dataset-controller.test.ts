import { describe, expect, it } from 'vitest';
import { createDatasetController } from '../../src/app/data/dataset-controller';
import { initialState } from '../../src/app/state/dashboard-state';
import { createDashboardStore } from '../../src/app/state/store';
import { createMemoryStorage, makeStoredImport } from '../../src/app/storage/stored-import';
import type { LoadFilesAsync } from '../../src/app/worker/protocol';
import type { InputFile, LoadResult } from '../../src/loader/types';
import { makePost } from './fixtures';

const file = (name: string, text = name): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

/** One post per file, named after it; files whose text is `crash` make the loader throw. */
const fakeLoad: LoadFilesAsync = async (files, onProgress) => {
  if (files.some((input) => new TextDecoder().decode(input.bytes) === 'crash')) throw new Error('loader exploded');
  files.forEach((_, i) => onProgress?.(i + 1, files.length));
  const result: LoadResult = {
    posts: files.map((input) => makePost({ id: input.name, source: input.name })),
    questions: [],
    report: {
      files: files.map((input) => ({
        source: input.name,
        status: new TextDecoder().decode(input.bytes) === 'empty' ? 'skipped' : 'loaded',
        reason: new TextDecoder().decode(input.bytes) === 'empty' ? `${input.name}: no questions found` : '',
        lines: { nonblank: 0, question: 0, heading: 0, prose: 0, tag: 0, noise: 0 },
        posts: 1,
        questions: 0,
        warnings: [],
      })),
      posts: files.length,
      questions: 0,
      duplicate_posts: 0,
      unclassified_questions: 0,
    },
  };
  return result;
};

function setUp(stored: unknown[] = []) {
  const store = createDashboardStore(initialState());
  const storage = createMemoryStorage(stored);
  const controller = createDatasetController({ store, storage, load: fakeLoad, defaults: () => [file('seed.txt')], now: () => 1000 });
  const postIds = () => store.getState().dataset.posts.map((post) => post.id);
  return { store, storage, controller, postIds };
}

describe('createDatasetController', () => {
  it('loads the seeds together with the imports kept from last time', async () => {
    const { store, controller, postIds } = setUp([makeStoredImport('kept.txt', file('kept.txt').bytes, 1)]);
    await controller.start();
    expect(postIds()).toEqual(['seed.txt', 'kept.txt']);
    expect(store.getState().status).toEqual({ phase: 'ready' });
    expect(store.getState().imports).toEqual([{ name: 'kept.txt', size: 8 }]);
  });

  it('resets corrupted storage with a notice instead of failing', async () => {
    const { store, storage, controller, postIds } = setUp([{ name: 'broken.txt', bytes: 'not bytes' }]);
    await controller.start();
    expect(postIds()).toEqual(['seed.txt']);
    expect(store.getState().notice).toEqual({ key: 'notice.storageReset' });
    expect(await storage.readAll()).toEqual({ files: [], corrupted: false });
  });

  it('drops stored imports the loader chokes on and shows the seeds', async () => {
    const { store, storage, controller, postIds } = setUp([makeStoredImport('bad.txt', file('bad.txt', 'crash').bytes, 1)]);
    await controller.start();
    expect(postIds()).toEqual(['seed.txt']);
    expect(store.getState().notice?.key).toBe('notice.storageReset');
    expect((await storage.readAll()).files).toEqual([]);
  });

  it('imports, saves, removes and resets files', async () => {
    const { store, storage, controller, postIds } = setUp();
    await controller.start();
    await controller.importFiles([file('a.txt'), file('b.txt')]);
    expect(postIds()).toEqual(['seed.txt', 'a.txt', 'b.txt']);
    expect((await storage.readAll()).files.map((stored) => stored.name)).toEqual(['a.txt', 'b.txt']);
    await controller.removeImport('a.txt');
    expect(postIds()).toEqual(['seed.txt', 'b.txt']);
    await controller.resetImports();
    expect(postIds()).toEqual(['seed.txt']);
    expect(store.getState().imports).toEqual([]);
  });

  it('tells the user which imported files the loader skipped', async () => {
    const { store, controller } = setUp();
    await controller.start();
    await controller.importFiles([file('empty.txt', 'empty')]);
    expect(store.getState().notice).toEqual({ key: 'notice.importSkipped', detail: 'empty.txt: no questions found' });
  });

  it('reports progress while loading', async () => {
    const { store, controller } = setUp();
    const seen: string[] = [];
    store.subscribe(() => {
      const { status } = store.getState();
      if (status.phase === 'loading') seen.push(`${status.done}/${status.total}`);
    });
    await controller.start();
    expect(seen.at(-1)).toBe('1/1');
    expect(store.getState().status).toEqual({ phase: 'ready' });
  });
});
