/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so parsing thousands of posts never freezes the page;
 * progress goes back as messages for the progress bar.
 */
import { loadFiles } from '../../loader';
import type { LoadRequest, LoadResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: LoadResponse): void => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  const { requestId, files } = event.data;
  try {
    const result = loadFiles(files, {
      onProgress: (done, total) => send({ type: 'progress', requestId, done, total }),
    });
    send({ type: 'result', requestId, result });
  } catch (error) {
    send({ type: 'error', requestId, message: error instanceof Error ? error.message : String(error) });
  }
});
