/**
 * Questions grouped by post in one counting-sort pass, so post-level counts ("share of posts
 * that ask it") can walk one post at a time with stamp arrays instead of sets of strings.
 * Memoised on the array: every analysis of the same filtered array shares one grouping.
 */
import type { Question } from '../loader/types';

export interface PostGroups {
  /** Distinct post ids in order of first appearance. */
  readonly postIds: readonly string[];
  /** Post code of each question (index into postIds). */
  readonly postOf: Uint32Array;
  /** Questions of post p are order[start[p]] … order[start[p + 1] - 1], in input order. */
  readonly start: Uint32Array;
  readonly order: Uint32Array;
}

const memo = new WeakMap<readonly Question[], PostGroups>();

export function groupByPost(questions: readonly Question[]): PostGroups {
  const hit = memo.get(questions);
  if (hit !== undefined) return hit;
  const n = questions.length;
  const codeOf = new Map<string, number>();
  const postIds: string[] = [];
  const postOf = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = questions[i]!.postId;
    let code = codeOf.get(id);
    if (code === undefined) {
      code = postIds.length;
      codeOf.set(id, code);
      postIds.push(id);
    }
    postOf[i] = code;
  }
  const start = new Uint32Array(postIds.length + 1);
  for (let i = 0; i < n; i += 1) start[postOf[i]! + 1]! += 1;
  for (let p = 0; p < postIds.length; p += 1) start[p + 1]! += start[p]!;
  const fill = start.slice(0, postIds.length);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const p = postOf[i]!;
    order[fill[p]!] = i;
    fill[p]! += 1;
  }
  const groups: PostGroups = { postIds, postOf, start, order };
  memo.set(questions, groups);
  return groups;
}
