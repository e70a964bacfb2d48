/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so parsing thousands of posts never freezes the page;
 * progress goes back as messages for the progress bar.
 */
import { loadFiles } from '../../loader';
import { collatorFor, LANGS, rankTexts } from '../views/text-order';
import { packQuestions, transferablesOf } from './packed-questions';
import type { LoadRequest, LoadResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: LoadResponse, transfer: Transferable[] = []): void => scope.postMessage(message, transfer);

/** A progress bar needs a few updates a second; one message per file would flood the page. */
const progressIntervalMs = 100;

/** The newest request: ranks for an older one are not worth computing any more. */
let latestRequestId = 0;

/**
 * The page has its data; now the slow part of sorting by text, off the page's thread: one task
 * per language, so a newer request waits for at most one of them.
 */
function sendTextRanks(requestId: number, texts: readonly string[]): void {
  for (const lang of LANGS) {
    setTimeout(() => {
      if (requestId !== latestRequestId) return;
      const ranks = rankTexts(texts, collatorFor(lang));
      send({ type: 'textRanks', requestId, lang, ranks }, [ranks.buffer]);
    }, 0);
  }
}

scope.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  const { requestId, files } = event.data;
  latestRequestId = requestId;
  let lastSent = 0;
  try {
    const result = loadFiles(files, {
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - lastSent < progressIntervalMs) return;
        lastSent = now;
        send({ type: 'progress', requestId, done, total });
      },
    });
    const questions = packQuestions(result.questions);
    if (questions === undefined) {
      send({ type: 'result', requestId, result });
    } else {
      const { posts, report } = result;
      send({ type: 'packed', requestId, posts, report, questions }, transferablesOf(questions));
    }
    sendTextRanks(requestId, result.questions.map((question) => question.text));
  } catch (error) {
    send({ type: 'error', requestId, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
