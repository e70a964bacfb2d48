/**
 * A large import repeats the same labels over and over: a hundred thousand questions carry a few
 * thousand distinct topic lists and evidence lists. Questions with equal labels share one array,
 * and one QuestionLabels object, so a question costs its own text and a few pointers (issue #6's
 * memory target). Shared arrays are never modified after loading: every consumer only reads them.
 * Texts are shared the same way ("介绍一下 LoRA" asked in a hundred posts is one string), each a
 * copy of its own: a slice of the file's text would keep the whole file alive.
 *
 * Lists are looked up by a key that spells out their items unambiguously, one table entry per
 * distinct list.
 */
import type { Classification } from './classify';
import type { QuestionLabels } from './question-record';
import type { AreaId, RoundId, TopicEvidence, TopicId } from './types';

const ROUNDS: readonly RoundId[] = ['1', '2', '3', '4', 'hr', 'final', 'unknown'];

const EMPTY: never[] = [];

/** A fresh, flat string with the same characters: not a slice of a larger one. */
function ownString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Keys are joined, not concatenated: a key built with `+=` is a chain of pieces the table keeps.
 * No id or number holds a `;` (taxonomy ids are slugs; a CSV's topics cell is split on it);
 * evidence words may hold anything, so each is spelled with its length.
 */
const idsKey = (items: readonly (string | number)[]): string => items.join(';');

function evidenceKey(list: readonly TopicEvidence[]): string {
  const parts: string[] = [];
  for (const entry of list) {
    parts.push(entry.topic, String(entry.terms.length));
    for (const term of entry.terms) parts.push(String(term.length), term);
  }
  return parts.join(' ');
}

function share<T>(table: Map<string, T[]>, list: T[], key: string): T[] {
  if (list.length === 0) return EMPTY;
  const known = table.get(key);
  if (known !== undefined) return known;
  table.set(key, list);
  return list;
}

export class SharedLabels {
  private readonly topicLists = new Map<string, TopicId[]>();
  private readonly areaLists = new Map<string, AreaId[]>();
  private readonly leetcodeLists = new Map<string, number[]>();
  private readonly evidenceLists = new Map<string, TopicEvidence[]>();
  private readonly texts = new Map<string, string>();
  /** Each shared list's and classification's number, for the keys of classifications and label sets. */
  private readonly listNumbers = new Map<object, number>([[EMPTY, 0]]);
  private readonly labelSets = new Map<number | string, QuestionLabels>();
  private readonly classifications = new Map<string, Classification>();

  text(text: string): string {
    let own = this.texts.get(text);
    if (own === undefined) {
      own = ownString(text);
      this.texts.set(own, own);
    }
    return own;
  }

  topics(list: TopicId[]): TopicId[] {
    return share(this.topicLists, list, idsKey(list));
  }

  areas(list: AreaId[]): AreaId[] {
    return share(this.areaLists, list, idsKey(list));
  }

  leetcode(list: number[]): number[] {
    return share(this.leetcodeLists, list, idsKey(list));
  }

  evidence(list: TopicEvidence[]): TopicEvidence[] {
    return share(this.evidenceLists, list, evidenceKey(list));
  }

  /** One object per distinct classification, its lists shared. */
  classification(c: Classification): Classification {
    const topicsKey = idsKey(c.topics);
    const areasKey = idsKey(c.areas);
    const evidence = evidenceKey(c.evidence);
    // Ids hold no space, so the lengths tell where the topics and areas end.
    const key = [c.kind, topicsKey.length, topicsKey, areasKey.length, areasKey, evidence].join(' ');
    const known = this.classifications.get(key);
    if (known !== undefined) return known;
    const shared = {
      topics: share(this.topicLists, c.topics, topicsKey),
      areas: share(this.areaLists, c.areas, areasKey),
      evidence: share(this.evidenceLists, c.evidence, evidence),
      kind: c.kind,
    };
    this.classifications.set(key, shared);
    return shared;
  }

  /**
   * One object per distinct combination of a shared classification (as `classification` returns
   * it), a round and a shared LeetCode list. Keyed by numbers where the list is empty, as for
   * most questions, so no key string is built per question.
   */
  labels(classification: Classification, round: RoundId, leetcode: number[]): QuestionLabels {
    const serial = this.numberOf(classification) * ROUNDS.length + ROUNDS.indexOf(round);
    const key = leetcode.length === 0 ? serial : [serial, this.numberOf(leetcode)].join(' ');
    let labels = this.labelSets.get(key);
    if (labels === undefined) {
      const { kind, topics, areas, evidence } = classification;
      labels = { round, kind, topics, areas, leetcode, evidence };
      this.labelSets.set(key, labels);
    }
    return labels;
  }

  private numberOf(list: object): number {
    let number = this.listNumbers.get(list);
    if (number === undefined) {
      number = this.listNumbers.size;
      this.listNumbers.set(list, number);
    }
    return number;
  }
}
