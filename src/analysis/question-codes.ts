/**
 * Questions as columns of small integers, so a pass over 100,000 of them is a loop over typed
 * arrays. Each question object is encoded once (its contract topics as codes of the topic space,
 * its post, company and round) into a store of columns, and remembers its row there under a
 * private, non-enumerable symbol: invisible to JSON, spread and Object.keys, and several times
 * cheaper to read than a WeakMap (frozen questions fall back to one). A filter click hands each
 * view a new array of the same objects; `encodeQuestions` turns it into a compact table in one
 * pass that reads one number per question.
 */
import type { Question, RoundId } from '../loader/types';
import { topicCodesFor, type TopicSpace } from './topic-space';

/** Rounds in interview order; `unknown` (no round stated) last. */
export const ROUND_ORDER: readonly RoundId[] = ['1', '2', '3', '4', 'hr', 'final', 'unknown'];
const roundIndex = new Map<string, number>(ROUND_ORDER.map((r, i) => [r, i]));
const UNKNOWN_ROUND = ROUND_ORDER.length - 1;

/** Interned strings: the same id always gets the same code for the life of the page. */
class Interner {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

const postIds = new Interner();
const companyIds = new Interner();

export const postIdOf = (code: number): string => postIds.values[code] ?? '';
export const companyIdOf = (code: number): string => companyIds.values[code] ?? '';
/** How many post codes exist so far (for sizing typed arrays). */
export const postCodeCount = (): number => postIds.values.length;

function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** Every question a topic space has seen, one row each. */
class Store {
  rows = 0;
  post = new Int32Array(1024);
  company = new Int32Array(1024);
  round = new Uint8Array(1024);
  topicStart = new Uint32Array(1024);
  topicCount = new Uint8Array(1024);
  pool = new Uint16Array(2048);
  poolSize = 0;
  readonly fallback = new WeakMap<Question, number>();
  /** Codes per topic list: questions that share one list (as unpacked data does) share its codes. */
  private readonly codesOfList = new WeakMap<readonly string[], Uint16Array>();

  constructor(private readonly space: TopicSpace) {}

  private topicCodes(topics: readonly string[]): Uint16Array {
    let codes = this.codesOfList.get(topics);
    if (codes === undefined) {
      codes = topicCodesFor(this.space, topics);
      this.codesOfList.set(topics, codes);
    }
    return codes;
  }

  rowOf(question: Question): number {
    const own = (question as unknown as Record<symbol, number | undefined>)[this.space.cacheKey];
    if (own !== undefined) return own;
    const cached = this.fallback.get(question);
    if (cached !== undefined) return cached;
    const row = this.add(question);
    if (Object.isExtensible(question)) {
      Object.defineProperty(question, this.space.cacheKey, { value: row, enumerable: false });
    } else {
      this.fallback.set(question, row);
    }
    return row;
  }

  private add(question: Question): number {
    const row = this.rows;
    const size = row + 1;
    if (size > this.post.length) {
      this.post = grown(this.post, size);
      this.company = grown(this.company, size);
      this.round = grown(this.round, size);
      this.topicStart = grown(this.topicStart, size);
      this.topicCount = grown(this.topicCount, size);
    }
    const topics = this.topicCodes(question.topics);
    this.pool = grown(this.pool, this.poolSize + topics.length);
    this.pool.set(topics, this.poolSize);
    this.post[row] = postIds.code(question.postId);
    this.company[row] = companyIds.code(question.company);
    this.round[row] = roundIndex.get(question.round) ?? UNKNOWN_ROUND;
    this.topicStart[row] = this.poolSize;
    this.topicCount[row] = topics.length;
    this.poolSize += topics.length;
    this.rows = size;
    return row;
  }
}

const stores = new WeakMap<TopicSpace, Store>();

function storeOf(space: TopicSpace): Store {
  let store = stores.get(space);
  if (store === undefined) {
    store = new Store(space);
    stores.set(space, store);
  }
  return store;
}

/** One array of questions as columns; question i's topics are topics[topicStart[i] … topicStart[i + 1]). */
export interface EncodedQuestions {
  readonly n: number;
  readonly post: Int32Array;
  readonly company: Int32Array;
  /** Index in ROUND_ORDER. */
  readonly round: Uint8Array;
  readonly topicStart: Uint32Array;
  readonly topics: Uint16Array;
}

const encoded = new WeakMap<TopicSpace, WeakMap<readonly Question[], EncodedQuestions>>();

export function encodeQuestions(space: TopicSpace, questions: readonly Question[]): EncodedQuestions {
  let memo = encoded.get(space);
  const hit = memo?.get(questions);
  if (hit !== undefined) return hit;
  const store = storeOf(space);
  const n = questions.length;
  const rows = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const row = store.rowOf(questions[i]!);
    rows[i] = row;
    total += store.topicCount[row]!;
  }
  const { post, company, round, topicStart, topicCount, pool } = store;
  const out = {
    n,
    post: new Int32Array(n),
    company: new Int32Array(n),
    round: new Uint8Array(n),
    topicStart: new Uint32Array(n + 1),
    topics: new Uint16Array(total),
  };
  let at = 0;
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    out.post[i] = post[row]!;
    out.company[i] = company[row]!;
    out.round[i] = round[row]!;
    out.topicStart[i] = at;
    const from = topicStart[row]!;
    const count = topicCount[row]!;
    for (let x = 0; x < count; x += 1) out.topics[at + x] = pool[from + x]!;
    at += count;
  }
  out.topicStart[n] = at;
  if (memo === undefined) {
    memo = new WeakMap();
    encoded.set(space, memo);
  }
  memo.set(questions, out);
  return out;
}

/** The question's distinct contract-topic codes, most relevant first. */
export function topicCodesOf(space: TopicSpace, question: Question): Uint16Array {
  const store = storeOf(space);
  const row = store.rowOf(question);
  const from = store.topicStart[row]!;
  return store.pool.slice(from, from + store.topicCount[row]!);
}
