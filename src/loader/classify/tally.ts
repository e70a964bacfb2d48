/**
 * Weighted evidence per topic. Each distinct term counts once; a topic's score is its strongest
 * term plus half of the rest, capped at half as much again, so several generic words cannot
 * outvote one specific one, nor a much-repeated topic crowd out a second one named outright.
 */
import type { TopicId } from '../types';

/** How much the second and later terms of a topic add, relative to their weight. */
const EXTRA_TERM_SHARE = 0.5;

export interface TopicScore {
  topic: TopicId;
  score: number;
  /** Terms as written, and rule names, in order of appearance. */
  evidence: string[];
  /** Position of the first piece of evidence, to order ties as the question reads. */
  firstAt: number;
}

/** What one topic gathered: weights and evidence by source key, in order of appearance. */
export interface TallyEntry {
  readonly weights: ReadonlyMap<string, number>;
  readonly evidence: ReadonlyMap<string, string>;
  readonly firstAt: number;
}

interface Entry extends TallyEntry {
  weights: Map<string, number>;
  evidence: Map<string, string>;
  firstAt: number;
}

export function combinedScore(weights: Iterable<number>): number {
  let max = 0;
  let sum = 0;
  for (const w of weights) {
    max = Math.max(max, w);
    sum += w;
  }
  return max + Math.min(EXTRA_TERM_SHARE * (sum - max), EXTRA_TERM_SHARE * max);
}

export class Tally {
  private readonly topics = new Map<TopicId, Entry>();

  /** `key` identifies the source (a normalized term or a rule name); the same key counts once. */
  add(topic: TopicId, key: string, weight: number, evidence: string, at: number): void {
    let entry = this.topics.get(topic);
    if (entry === undefined) {
      entry = { weights: new Map(), evidence: new Map(), firstAt: at };
      this.topics.set(topic, entry);
    }
    entry.weights.set(key, Math.max(weight, entry.weights.get(key) ?? 0));
    if (!entry.evidence.has(key)) entry.evidence.set(key, evidence);
    entry.firstAt = Math.min(entry.firstAt, at);
  }

  /** Takes the given sources away from every topic but `keep` (from every topic when none is kept). */
  withdraw(keys: readonly string[], keep?: TopicId): void {
    for (const [topic, entry] of this.topics) {
      if (topic === keep) continue;
      for (const key of keys) {
        entry.weights.delete(key);
        entry.evidence.delete(key);
      }
      if (entry.weights.size === 0) this.topics.delete(topic);
    }
  }

  /** Every topic with evidence, in order of its first evidence added. */
  entries(): IterableIterator<[TopicId, TallyEntry]> {
    return this.topics.entries();
  }
}
