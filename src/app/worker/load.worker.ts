/// <reference lib="webworker" />
/**
 * Runs the loader off the main thread so parsing thousands of posts never freezes the page;
 * progress goes back as messages for the progress bar. In a build, each file's parse is cached
 * in IndexedDB (cached-load.ts), so a revisit parses only files it has not seen.
 */
import { loadFiles } from '../../loader';
import { plainQuestion } from '../../loader/question-record';
import { createIndexedDbParseCache } from '../storage/parse-cache';
import { collatorFor, LANGS, rankTexts } from '../views/text-order';
import { loadWithCache } from './cached-load';
import { LOADER_VERSION } from './loader-version';
import { packQuestions, textsOf, transferablesOf } from './packed-questions';
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

/** Each file's parse from the last visit (storage/parse-cache.ts); none in dev builds. */
const cache = LOADER_VERSION !== null && typeof indexedDB !== 'undefined' ? createIndexedDbParseCache(indexedDB) : undefined;
/**
 * The last load, read as soon as the worker starts, while the page still reads its stored imports
 * (worker-loader.ts starts the worker early); for the first request, which is the page's start.
 */
let prefetchedLoad = cache?.readLoad();

async function load({ requestId, files }: LoadRequest): Promise<void> {
  let lastSent = 0;
  const onProgress = (done: number, total: number): void => {
    const now = performance.now();
    if (done < total && now - lastSent < progressIntervalMs) return;
    lastSent = now;
    send({ type: 'progress', requestId, done, total });
  };
  try {
    const lastLoad = prefetchedLoad;
    prefetchedLoad = undefined;
    const version = LOADER_VERSION;
    // Whatever goes wrong with the cache, the loader itself still has its say.
    const cached = cache && version !== null ? await loadWithCache(files, { cache, version, onProgress, lastLoad }).catch(() => undefined) : undefined;
    if (cached !== undefined) {
      const { posts, report, questions } = cached;
      const texts = textsOf(questions); // before the transfer empties the columns
      send({ type: 'packed', requestId, posts, report, questions }, transferablesOf(questions));
      const saved = cached.save(); // its values are cloned before the ranks' tasks run
      sendTextRanks(requestId, texts);
      await saved;
      return;
    }
    const result = loadFiles(files, { onProgress });
    const questions = packQuestions(result.questions);
    if (questions === undefined) {
      // A structured clone copies own fields only: records go as plain questions.
      send({ type: 'result', requestId, result: { ...result, questions: result.questions.map(plainQuestion) } });
    } else {
      const { posts, report } = result;
      send({ type: 'packed', requestId, posts, report, questions }, transferablesOf(questions));
    }
    sendTextRanks(requestId, result.questions.map((question) => question.text));
  } catch (error) {
    send({ type: 'error', requestId, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

/** One request at a time, in order: a request reads the cache only once the one before has written it. */
let queue = Promise.resolve();

scope.addEventListener('message', (event: MessageEvent<LoadRequest>) => {
  latestRequestId = event.data.requestId;
  queue = queue.then(() => load(event.data));
});
