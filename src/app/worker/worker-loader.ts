/**
 * The page's side of the loading worker: one worker for the session, started at once, one promise
 * per request.
 */
import { unpackQuestions } from './packed-questions';
import type { LoadFilesAsync, LoadResponse, ProgressListener } from './protocol';
import type { LoadResult, Question } from '../../loader/types';
import { markData } from '../render-marks';
import { rememberTextRanks } from '../views/text-order';

interface Pending {
  resolve: (result: LoadResult) => void;
  reject: (error: Error) => void;
  onProgress: ProgressListener | undefined;
}

export function createWorkerLoader(): LoadFilesAsync {
  if (typeof Worker === 'undefined') return noWorkers;
  let worker: Worker | undefined;
  let nextRequestId = 1;
  const pending = new Map<number, Pending>();
  /** The questions of the latest answered request, for the text ranks that follow them. */
  let answered: { requestId: number; questions: readonly Question[] } | undefined;

  const failAll = (message: string): void => {
    for (const request of pending.values()) request.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };

  const startWorker = (): Worker => {
    const started = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<LoadResponse>) => {
      const message = event.data;
      if (message.type === 'packed' || message.type === 'result') markData();
      if (message.type === 'textRanks') {
        if (answered?.requestId === message.requestId) rememberTextRanks(answered.questions, message.lang, message.ranks);
        return;
      }
      const request = pending.get(message.requestId);
      if (request === undefined) return;
      if (message.type === 'progress') {
        request.onProgress?.(message.done, message.total);
        return;
      }
      pending.delete(message.requestId);
      if (message.type === 'error') {
        request.reject(new Error(message.message));
        return;
      }
      const result: LoadResult =
        message.type === 'packed'
          ? { posts: message.posts, questions: unpackQuestions(message.questions), report: message.report }
          : message.result;
      answered = { requestId: message.requestId, questions: result.questions };
      request.resolve(result);
    });
    started.addEventListener('error', (event) => failAll(event.message || 'the loading worker failed to start'));
    return started;
  };

  // Started now, not at the first request: the worker loads its code and reads the parse cache
  // while the page reads the stored imports it will send.
  worker = startWorker();

  const load: LoadFilesAsync = (files, onProgress) =>
    new Promise<LoadResult>((resolve, reject) => {
      worker ??= startWorker();
      const requestId = nextRequestId++;
      pending.set(requestId, { resolve, reject, onProgress });
      worker.postMessage({ type: 'load', requestId, files });
    });
  // The loader is synchronous inside the worker, so the only way to stop it is to end the worker;
  // the next request starts a fresh one.
  load.cancel = () => failAll(cancelledMessage);
  return load;
}

/** The message a cancelled request rejects with. */
export const cancelledMessage = 'import cancelled';

/** Every browser the dashboard supports has workers; the page itself never carries the loader. */
const noWorkers: LoadFilesAsync = Object.assign(
  () => Promise.reject(new Error('This browser cannot run Web Workers, which the dashboard needs to read posts.')),
  { cancel: () => undefined },
);
