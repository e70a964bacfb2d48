/**
 * A large import repeats the same labels over and over: a hundred thousand questions carry a few
 * thousand distinct topic lists and evidence lists. Questions with equal labels share one array,
 * so a question costs its text and a few pointers rather than five fresh arrays (issue #6's memory
 * target). Shared arrays are never modified after loading: every consumer only reads them.
 */
import type { AreaId, TopicEvidence, TopicId } from './types';

const FIELD = '\u0001';
const ITEM = '\u0002';

export class SharedLabels {
  private readonly lists = new Map<string, readonly unknown[]>();
  private readonly evidenceLists = new Map<string, TopicEvidence[]>();
  private static readonly EMPTY: never[] = [];

  private share<T>(kind: string, list: T[]): T[] {
    if (list.length === 0) return SharedLabels.EMPTY;
    const key = kind + list.join(ITEM);
    const known = this.lists.get(key);
    if (known !== undefined) return known as T[];
    this.lists.set(key, list);
    return list;
  }

  topics(list: TopicId[]): TopicId[] {
    return this.share('t', list);
  }

  areas(list: AreaId[]): AreaId[] {
    return this.share('a', list);
  }

  leetcode(list: number[]): number[] {
    return this.share('l', list);
  }

  evidence(list: TopicEvidence[]): TopicEvidence[] {
    if (list.length === 0) return SharedLabels.EMPTY;
    let key = '';
    for (const item of list) key += item.topic + FIELD + item.terms.join(FIELD) + ITEM;
    const known = this.evidenceLists.get(key);
    if (known !== undefined) return known;
    this.evidenceLists.set(key, list);
    return list;
  }
}
