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
}

export interface TermMatch {
  entry: TermEntry;
  start: number;
  end: number;
  /** As written in the question. */
  original: string;
}

/** Where each known term occurs, by normalized key: [start, end) spans. */
export type TermSpans = ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;

export interface FoundTerms {
  /** Longest non-overlapping matches of terms that classify (or shield, for neutral ones). */
  classifying: TermMatch[];
  /** Every term present anywhere, overlapping ones included. */
  present: TermSpans;
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
      };
      this.byKey.set(key, entry);
      this.entries.push(entry);
    }
    entry.openStart ||= openStart;
    entry.openEnd ||= openEnd;
    return entry;
  }

  private readonly keys = new Map<string, string>();

  /** The key a term is stored and looked up under; rules ask for the same few terms every question. */
  keyOf(term: string): string {
    let key = this.keys.get(term);
    if (key === undefined) {
      key = normalizeTerm(term);
      this.keys.set(term, key);
    }
    return key;
  }

  findTerms(original: string, normalized: NormalizedText): FoundTerms {
    const present = new Map<string, Array<readonly [number, number]>>();
    const candidates: TermMatch[] = [];
    const codingCues: TermMatch[] = [];
    const automaton = this.automaton;
    const count = automaton.scan(normalized.text);
    for (let m = 0; m < count; m++) {
      const entry = this.entries[automaton.matchPattern[m]!]!;
      const start = automaton.matchStart[m]!;
      const end = automaton.matchEnd[m]!;
      if (!this.bounded(entry, normalized, start, end)) continue;
      const spans = present.get(entry.key);
      if (spans) spans.push([start, end]);
      else present.set(entry.key, [[start, end]]);
      const classifies = entry.hits.length > 0 || entry.ambiguous.length > 0 || entry.neutral;
      const codes = entry.codingCue || (entry.leadingCodingCue && start === 0);
      if (!classifies && !codes) continue;
      const match = { entry, start, end, original: '' };
      if (classifies) candidates.push(match);
      if (codes) codingCues.push(match);
    }
    const classifying = longestWithoutOverlap(candidates);
    const shields = classifying.filter((m) => m.entry.neutral);
    const unshielded =
      shields.length === 0 ? codingCues : codingCues.filter((c) => !shields.some((s) => s.start <= c.start && c.end <= s.end));
    // Only what is shown as evidence needs the words as written.
    for (const m of classifying) m.original = originalSlice(original, normalized, m.start, m.end);
    for (const m of unshielded) if (m.original === '') m.original = originalSlice(original, normalized, m.start, m.end);
    return { classifying, present: outsideNeutral(present, classifying), codingCues: unshielded };
  }

  /**
   * ASCII edges of a term must sit on word boundaries unless the term was written open (`qwen*`).
   * A term may end where letters turn to digits (`lc54`, `gpt4`) but must start on a real boundary,
   * so `F1` is not read inside `1F1B`. An English word may take a plural s (`loss spikes`).
   */
  private bounded(entry: TermEntry, normalized: NormalizedText, start: number, end: number): boolean {
    if (!entry.openStart && asciiWord(entry.key[0]) && !isWordBoundary(normalized, start, 'start')) return false;
    if (!entry.openEnd && asciiWord(entry.key[entry.key.length - 1]) && !isWordBoundary(normalized, end, 'end')) {
      return takesPlural(entry.key, normalized, end);
    }
    return true;
  }
}

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

function asciiWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Words inside a neutral phrase are not there for rules, senses or coding either (研究 in 研究生, 手写 in 手写prompt). */
function outsideNeutral(present: Map<string, Array<readonly [number, number]>>, classifying: TermMatch[]): TermSpans {
  const shields = classifying.filter((m) => m.entry.neutral);
  if (shields.length === 0) return present;
  const inside = ([start, end]: readonly [number, number]) =>
    shields.some((s) => s.start <= start && end <= s.end && (s.start !== start || s.end !== end));
  const kept = new Map<string, Array<readonly [number, number]>>();
  for (const [key, spans] of present) {
    const outside = spans.filter((span) => !inside(span));
    if (outside.length > 0) kept.set(key, outside);
  }
  return kept;
}

let occupiedScratch = new Uint8Array(256);

/** Longer terms win over the words inside them (FlashAttention over attention, LoRA微调 over 微调). */
function longestWithoutOverlap(matches: TermMatch[]): TermMatch[] {
  if (matches.length <= 1) return matches;
  const byPreference = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Occupied positions, so each match is checked in its own length, not against every taken one.
  const length = matches.reduce((end, m) => Math.max(end, m.end), 0);
  if (occupiedScratch.length < length) occupiedScratch = new Uint8Array(length * 2);
  const occupied = occupiedScratch;
  occupied.fill(0, 0, length);
  const taken: TermMatch[] = [];
  for (const m of byPreference) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = occupied[i] === 0;
    if (!free) continue;
    occupied.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The one term index of the app, built when this module is first imported. */
export const termIndex = new TermIndex(taxonomy);
