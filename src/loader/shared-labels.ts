/**
 * A large import repeats the same labels over and over: a hundred thousand questions carry a few
 * thousand distinct topic lists and evidence lists. Questions with equal labels share one array,
 * so a question costs its text and a few pointers rather than five fresh arrays (issue #6's memory
 * target). Shared arrays are never modified after loading: every consumer only reads them.
 *
 * Lists are looked up in a trie keyed by their items, so no key string is built per question.
 */
import type { AreaId, TopicEvidence, TopicId } from './types';

interface TrieNode<T> {
  next: Map<unknown, TrieNode<T>>;
  list?: T;
}

/** Ends one evidence entry's items (its topic, then its terms) in the trie. */
const END_OF_ENTRY = Symbol('end of entry');

const EMPTY: never[] = [];

function trie<T>(): TrieNode<T> {
  return { next: new Map() };
}

function step<T>(node: TrieNode<T>, key: unknown): TrieNode<T> {
  let child = node.next.get(key);
  if (child === undefined) {
    child = trie<T>();
    node.next.set(key, child);
  }
  return child;
}

export class SharedLabels {
  private readonly topicLists = trie<TopicId[]>();
  private readonly areaLists = trie<AreaId[]>();
  private readonly leetcodeLists = trie<number[]>();
  private readonly evidenceLists = trie<TopicEvidence[]>();

  private static share<T>(root: TrieNode<T[]>, list: T[]): T[] {
    if (list.length === 0) return EMPTY;
    let node = root;
    for (const item of list) node = step(node, item);
    return (node.list ??= list);
  }

  topics(list: TopicId[]): TopicId[] {
    return SharedLabels.share(this.topicLists, list);
  }

  areas(list: AreaId[]): AreaId[] {
    return SharedLabels.share(this.areaLists, list);
  }

  leetcode(list: number[]): number[] {
    return SharedLabels.share(this.leetcodeLists, list);
  }

  evidence(list: TopicEvidence[]): TopicEvidence[] {
    if (list.length === 0) return EMPTY;
    let node = this.evidenceLists;
    for (const entry of list) {
      node = step(node, entry.topic);
      for (const term of entry.terms) node = step(node, term);
      node = step(node, END_OF_ENTRY);
    }
    return (node.list ??= list);
  }
}
