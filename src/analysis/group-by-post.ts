/**
 * Questions grouped by post, so post-level counts ("share of posts that ask it") can walk one
 * post at a time with stamp arrays instead of sets of strings. Loader output keeps a post's
 * questions together and filtering keeps the order, so usually one pass finds the runs;
 * otherwise a counting sort on the post codes. Memoised per encoded array.
 */
import { postCodeCount, type EncodedQuestions } from './question-codes';

export interface PostGroups {
  /** Number of distinct posts among the questions. */
  readonly count: number;
  /** Questions of local post p are order[start[p]] … order[start[p + 1] - 1], in input order. */
  readonly start: Uint32Array;
  readonly order: Uint32Array;
}

const memo = new WeakMap<EncodedQuestions, PostGroups>();

export function groupByPost(encoded: EncodedQuestions): PostGroups {
  const hit = memo.get(encoded);
  if (hit !== undefined) return hit;
  const groups = groupRuns(encoded) ?? countingSort(encoded);
  memo.set(encoded, groups);
  return groups;
}

/** One pass when every post's questions are adjacent; undefined when a post comes back later. */
function groupRuns({ n, post }: EncodedQuestions): PostGroups | undefined {
  const seen = new Uint8Array(postCodeCount());
  const start = new Uint32Array(n + 1);
  let count = 0;
  let previous = -1;
  for (let i = 0; i < n; i += 1) {
    const p = post[i]!;
    if (p === previous) continue;
    if (seen[p] === 1) return undefined;
    seen[p] = 1;
    start[count] = i;
    count += 1;
    previous = p;
  }
  start[count] = n;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return { count, start: start.subarray(0, count + 1), order };
}

function countingSort({ n, post }: EncodedQuestions): PostGroups {
  const localOf = new Int32Array(postCodeCount()).fill(-1);
  const postOf = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    const p = post[i]!;
    if (localOf[p] === -1) {
      localOf[p] = count;
      count += 1;
    }
    postOf[i] = localOf[p]!;
  }
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i += 1) start[postOf[i]! + 1]! += 1;
  for (let p = 0; p < count; p += 1) start[p + 1]! += start[p]!;
  const fill = start.slice(0, count);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const p = postOf[i]!;
    order[fill[p]!] = i;
    fill[p]! += 1;
  }
  return { count, start, order };
}
