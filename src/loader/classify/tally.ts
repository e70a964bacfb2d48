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

/**
 * What one topic gathered, by source key in order of appearance: its weight (the strongest seen)
 * and its evidence (the first seen). A topic has a few sources, so parallel lists beat maps.
 */
export interface TallyEntry {
  readonly topic: TopicId;
  readonly keys: readonly string[];
  readonly weights: readonly number[];
  readonly evidence: readonly string[];
  readonly firstAt: number;
}

interface Entry extends TallyEntry {
  keys: string[];
  weights: number[];
  evidence: string[];
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
  /** Topics in order of their first evidence: a question names a few. */
  private readonly topics: Entry[] = [];

  /** `key` identifies the source (a normalized term or a rule name); the same key counts once. */
  add(topic: TopicId, key: string, weight: number, evidence: string, at: number): void {
    let entry = this.entryOf(topic);
    if (entry === undefined) {
      entry = { topic, keys: [], weights: [], evidence: [], firstAt: at };
      this.topics.push(entry);
    }
    const index = entry.keys.indexOf(key);
    if (index === -1) {
      entry.keys.push(key);
      entry.weights.push(Math.max(weight, 0));
      entry.evidence.push(evidence);
    } else {
      entry.weights[index] = Math.max(weight, entry.weights[index]!);
    }
    entry.firstAt = Math.min(entry.firstAt, at);
  }

  private entryOf(topic: TopicId): Entry | undefined {
    for (const entry of this.topics) if (entry.topic === topic) return entry;
    return undefined;
  }

  /** Takes the given sources away from every topic but `keep` (from every topic when none is kept). */
  withdraw(keys: readonly string[], keep?: TopicId): void {
    for (const entry of this.topics) {
      if (entry.topic === keep) continue;
      for (const key of keys) {
        const index = entry.keys.indexOf(key);
        if (index === -1) continue;
        entry.keys.splice(index, 1);
        entry.weights.splice(index, 1);
        entry.evidence.splice(index, 1);
      }
    }
    // A topic left with no source is gone, as if never named.
    for (let i = this.topics.length - 1; i >= 0; i--) if (this.topics[i]!.keys.length === 0) this.topics.splice(i, 1);
  }

  /** Drops every topic but `topic`. */
  keepOnly(topic: TopicId): void {
    for (let i = this.topics.length - 1; i >= 0; i--) if (this.topics[i]!.topic !== topic) this.topics.splice(i, 1);
  }

  /** Every topic with evidence, in order of its first evidence added. */
  entries(): readonly TallyEntry[] {
    return this.topics;
  }
}
