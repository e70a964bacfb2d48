/**
 * Every word the taxonomy knows, in one automaton built at module load: topic aliases (with
 * weights), ambiguous words, neutral phrases, rule and sense cues, coding cues. A question is read
 * once; `findTerms` returns both what classifies (longest matches, no overlaps) and the set of
 * every word present (what rules and senses look for).
 */
import type { TopicId } from '../types';
import { AhoCorasick } from './aho-corasick';
import {
  isWordBoundary,
  normalizeTerm,
  normalizeTermCased,
  originalSlice,
  type NormalizedText,
} from './normalize';
import { taxonomy, type Taxonomy } from './taxonomy';

export const WEIGHT = { strong: 3, alias: 2, weak: 1 } as const;

export interface TopicHit {
  topic: TopicId;
  weight: number;
  /** Set for case-sensitive terms: the term must appear exactly so (after width folding). */
  cased?: string;
}

/** What one normalized term means; a term can mean several things at once. */
export interface TermEntry {
  key: string;
  hits: TopicHit[];
  /** Indexes into taxonomy.ambiguous. */
  ambiguous: number[];
  neutral: boolean;
  codingCue: boolean;
  /** Counts as a coding cue only at the very start of the question (实现…, Implement…). */
  leadingCodingCue: boolean;
  /** `qwen*`: may run into following letters; `*vl`: may follow letters. */
  openEnd: boolean;
  openStart: boolean;
  /** Whether its first (last) character is an ASCII letter or digit that must sit on a word boundary. */
  wordStart: boolean;
  wordEnd: boolean;
}

export interface TermMatch {
  entry: TermEntry;
  start: number;
  end: number;
  /** As written in the question. */
  original: string;
}

/** Where the terms present occur: [start, end) spans in the order found, flat. */
export class TermSpans {
  private readonly keys: string[] = [];
  private readonly bounds: number[] = [];

  add(key: string, start: number, end: number): void {
    this.keys.push(key);
    this.bounds.push(start, end);
  }

  /** Whether `key` occurs somewhere other than inside [start, end). */
  occursOutside(key: string, start: number, end: number): boolean {
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === key && (this.bounds[2 * i]! < start || this.bounds[2 * i + 1]! > end)) return true;
    }
    return false;
  }
}

export interface FoundTerms {
  /** Longest non-overlapping matches of terms that classify (or shield, for neutral ones). */
  classifying: TermMatch[];
  /** The key of every term present, overlapping ones included: what rules, senses and kinds look for. */
  present: ReadonlySet<string>;
  /** Where those terms occur. */
  spans: TermSpans;
  codingCues: TermMatch[];
}

/** Turns `qwen*` into the key `qwen` with an open end. */
function parseTerm(term: string): { key: string; openStart: boolean; openEnd: boolean } {
  const openStart = term.startsWith('*');
  const openEnd = term.endsWith('*');
  const bare = term.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  return { key: normalizeTerm(bare), openStart, openEnd };
}

export class TermIndex {
  private readonly entries: TermEntry[] = [];
  private readonly byKey = new Map<string, TermEntry>();
  private readonly automaton: AhoCorasick;

  constructor(source: Taxonomy) {
    for (const topic of source.topics) {
      const add = (terms: readonly string[], weight: number) => {
        for (const term of withYPlurals(terms)) this.entry(term).hits.push({ topic: topic.id, weight });
      };
      add(topic.strong, WEIGHT.strong);
      add(topic.aliases, WEIGHT.alias);
      add(topic.weak, WEIGHT.weak);
      for (const w of topic.weighted ?? []) {
        const hit: TopicHit = { topic: topic.id, weight: w.weight };
        if (w.caseSensitive) hit.cased = normalizeTermCased(w.term.replace(/^\*|\*$/g, ''));
        this.entry(w.term).hits.push(hit);
      }
    }
    source.ambiguous.forEach((a, index) => {
      for (const term of a.terms) this.entry(term).ambiguous.push(index);
      for (const sense of a.senses) for (const cue of sense.when) this.entry(cue);
    });
    for (const rule of source.rules) {
      for (const group of rule.all) for (const term of group) if (!term.startsWith('@')) this.entry(term);
    }
    for (const kind of source.kinds) {
      for (const alternative of kind.when ?? []) for (const group of alternative) for (const term of group) this.entry(term);
    }
    for (const term of source.neutral) this.entry(term).neutral = true;
    for (const term of source.coding.cues) this.entry(term).codingCue = true;
    for (const term of source.coding.leadingCues) this.entry(term).leadingCodingCue = true;
    for (const term of [...source.coding.explainCues, ...source.coding.problemMarkers]) this.entry(term);
    for (const term of source.followUpCues) this.entry(term);
    for (const entry of this.entries) {
      entry.wordStart = !entry.openStart && asciiWord(entry.key.charCodeAt(0));
      entry.wordEnd = !entry.openEnd && asciiWord(entry.key.charCodeAt(entry.key.length - 1));
    }
    this.automaton = new AhoCorasick(this.entries.map((e) => e.key));
  }

  private entry(term: string): TermEntry {
    const { key, openStart, openEnd } = parseTerm(term);
    if (key === '') throw new Error(`data/taxonomy.json: the term "${term}" is empty once normalized`);
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      entry = {
        key,
        hits: [],
        ambiguous: [],
        neutral: false,
        codingCue: false,
        leadingCodingCue: false,
        openEnd: false,
        openStart: false,
        wordStart: false,
        wordEnd: false,
      };
      this.byKey.set(key, entry);
      this.entries.push(entry);
    }
    entry.openStart ||= openStart;
    entry.openEnd ||= openEnd;
    return entry;
  }

  private readonly keys = new Map<string, string>();

  /**
   * The key a term is stored and looked up under; rules ask for the same few terms every question.
   * A known term gets its entry's own key string, so looking it up compares one pointer.
   */
  keyOf(term: string): string {
    let key = this.keys.get(term);
    if (key === undefined) {
      key = normalizeTerm(term);
      key = this.byKey.get(key)?.key ?? key;
      this.keys.set(term, key);
    }
    return key;
  }

  findTerms(original: string, normalized: NormalizedText): FoundTerms {
    const automaton = this.automaton;
    const count = automaton.scan(normalized.text);
    // Every bounded match, as indexes into the automaton's scratch; kept until the shields are known.
    if (boundedScratch.length < count) boundedScratch = new Int32Array(count * 2);
    const bounded = boundedScratch;
    let boundedCount = 0;
    const candidates: TermMatch[] = [];
    const codingCues: TermMatch[] = [];
    for (let m = 0; m < count; m++) {
      const entry = this.entries[automaton.matchPattern[m]!]!;
      const start = automaton.matchStart[m]!;
      const end = automaton.matchEnd[m]!;
      if (!this.bounded(entry, normalized, start, end)) continue;
      bounded[boundedCount++] = m;
      const classifies = entry.hits.length > 0 || entry.ambiguous.length > 0 || entry.neutral;
      const codes = entry.codingCue || (entry.leadingCodingCue && start === 0);
      if (!classifies && !codes) continue;
      const match: TermMatch = { entry, start, end, original: '' };
      if (classifies) candidates.push(match);
      if (codes) codingCues.push(match);
    }
    const classifying = longestWithoutOverlap(candidates);
    const shields = neutralOf(classifying);
    // Words inside a neutral phrase are not there for rules, senses or coding either (研究 in 研究生, 手写 in 手写prompt).
    const present = new Set<string>();
    const spans = new TermSpans();
    for (let b = 0; b < boundedCount; b++) {
      const m = bounded[b]!;
      const start = automaton.matchStart[m]!;
      const end = automaton.matchEnd[m]!;
      if (shields !== undefined && strictlyInside(shields, start, end)) continue;
      const key = this.entries[automaton.matchPattern[m]!]!.key;
      present.add(key);
      spans.add(key, start, end);
    }
    const unshielded = shields === undefined ? codingCues : codingCues.filter((c) => !within(shields, c.start, c.end));
    // Only what is shown as evidence needs the words as written.
    for (const m of classifying) m.original = originalSlice(original, normalized, m.start, m.end);
    for (const m of unshielded) if (m.original === '') m.original = originalSlice(original, normalized, m.start, m.end);
    return { classifying, present, spans, codingCues: unshielded };
  }

  /**
   * ASCII edges of a term must sit on word boundaries unless the term was written open (`qwen*`).
   * A term may end where letters turn to digits (`lc54`, `gpt4`) but must start on a real boundary,
   * so `F1` is not read inside `1F1B`. An English word may take a plural s (`loss spikes`).
   */
  private bounded(entry: TermEntry, normalized: NormalizedText, start: number, end: number): boolean {
    if (entry.wordStart && !isWordBoundary(normalized, start, 'start')) return false;
    if (entry.wordEnd && !isWordBoundary(normalized, end, 'end')) return takesPlural(entry.key, normalized, end);
    return true;
  }
}

/** Match indexes of one `findTerms`, reused by every call. */
let boundedScratch = new Int32Array(64);

/**
 * The terms with the one English plural a trailing s cannot make: `vocabulary` → `vocabularies`,
 * `latency` → `latencies` (a consonant before the y, a word of four letters or more).
 */
function withYPlurals(terms: readonly string[]): string[] {
  const plurals = terms.filter((t) => /[a-z]{2}[b-df-hj-np-tv-z]y$/i.test(t)).map((t) => `${t.slice(0, -1)}ies`);
  return [...new Set([...terms, ...plurals])];
}

/** Shorter keys are mostly abbreviations, where an s makes another word (rm → RMS, tp → TPS). */
const PLURAL_MIN_LENGTH = 4;

function takesPlural(key: string, normalized: NormalizedText, end: number): boolean {
  const last = key[key.length - 1]!;
  return (
    key.length >= PLURAL_MIN_LENGTH &&
    last >= 'a' &&
    last <= 'z' &&
    last !== 's' &&
    normalized.text[end] === 's' &&
    isWordBoundary(normalized, end + 1, 'end')
  );
}

function asciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** The neutral phrases among the matches that classify, or undefined for none (the usual case). */
function neutralOf(classifying: readonly TermMatch[]): TermMatch[] | undefined {
  let shields: TermMatch[] | undefined;
  for (const m of classifying) if (m.entry.neutral) (shields ??= []).push(m);
  return shields;
}

/** Whether [start, end) lies within one of the shields, or is one. */
function within(shields: readonly TermMatch[], start: number, end: number): boolean {
  for (const s of shields) if (s.start <= start && end <= s.end) return true;
  return false;
}

/** Whether [start, end) lies within one of the shields and is not that shield itself. */
function strictlyInside(shields: readonly TermMatch[], start: number, end: number): boolean {
  for (const s of shields) if (s.start <= start && end <= s.end && (s.start !== start || s.end !== end)) return true;
  return false;
}

/** Longest first; at equal length the leftmost. */
function byPreference(a: TermMatch, b: TermMatch): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function byStart(a: TermMatch, b: TermMatch): number {
  return a.start - b.start;
}

/**
 * Sorts in place, stably: insertion sort for the handful of matches a question has, where the set-up
 * of Array#sort costs more than the sorting; Array#sort for long texts.
 */
function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}

/**
 * Which call of `longestWithoutOverlap` took each position: a position is occupied when it holds
 * the current call's number, so nothing is cleared between calls.
 */
let occupiedBy = new Uint32Array(256);
let occupyingCall = 0;

/**
 * Longer terms win over the words inside them (FlashAttention over attention, LoRA微调 over 微调).
 * Occupied positions are marked, so each match is checked in its own length, not against every
 * taken one. Sorts `matches` in place.
 */
function longestWithoutOverlap(matches: TermMatch[]): TermMatch[] {
  if (matches.length <= 1) return matches;
  let length = 0;
  for (const m of matches) length = Math.max(length, m.end);
  if (occupiedBy.length < length) occupiedBy = new Uint32Array(length * 2);
  if (occupyingCall === 0xffffffff) {
    occupiedBy.fill(0);
    occupyingCall = 0;
  }
  const call = ++occupyingCall;
  const taken: TermMatch[] = [];
  let inOrder = true;
  for (const m of sortFew(matches, byPreference)) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = occupiedBy[i] !== call;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) occupiedBy[i] = call;
    if (taken.length > 0 && taken[taken.length - 1]!.start > m.start) inOrder = false;
    taken.push(m);
  }
  return inOrder ? taken : sortFew(taken, byStart);
}

/** The one term index of the app, built when this module is first imported. */
export const termIndex = new TermIndex(taxonomy);
