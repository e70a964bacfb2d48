/**
 * One question read once: its terms found, then weighed into a tally of topics by three kinds of
 * evidence, each a table of data/taxonomy.json — aliases, ambiguous words settled by the words
 * around them (the first listed sense whose cue is present: senses are in order of priority), and
 * rules over co-occurring words.
 */
import type { KindId, TopicId } from '../types';
import { casedSlice, normalizeText, type NormalizedText } from './normalize';
import { taxonomy, type Rule } from './taxonomy';
import { Tally } from './tally';
import { termIndex, type FoundTerms, type TermMatch, type TopicHit } from './term-index';

/** An ambiguous word no neighbouring word explained: the round's other questions may. */
export interface UnsettledTerm {
  original: string;
  candidates: TopicId[];
  /** Its usual sense, for when the round says nothing either. */
  fallback?: TopicId;
}

export interface QuestionAnalysis {
  tally: Tally;
  unsettled: UnsettledTerm[];
  codingCues: TermMatch[];
  /** Every known term present, by normalized key. */
  present: ReadonlySet<string>;
  /** Length of the normalized text, to tell short follow-ups (为什么？) from full questions. */
  length: number;
  /**
   * The loader's kind as the rules left it: a rule that mutes a `@kind:x` group found the kind
   * cue misread ("你觉得自己最大的弱点" is no open question), which then reads as a default `concept`.
   */
  kind: KindId;
}

/** Whether a match counts for some topic: a case-sensitive alias may not, as written. */
function countsForATopic(match: TermMatch, normalized: NormalizedText): boolean {
  for (const hit of match.entry.hits) if (writtenSo(hit, match, normalized)) return true;
  return false;
}

/** Whether a hit holds as written: a case-sensitive alias (CLIP) must appear in its own case. */
function writtenSo(hit: TopicHit, match: TermMatch, normalized: NormalizedText): boolean {
  return hit.cased === undefined || casedSlice(normalized, match.start, match.end) === hit.cased;
}

function tallyAliases(found: FoundTerms, normalized: NormalizedText, tally: Tally): void {
  for (const match of found.classifying) {
    for (const hit of match.entry.hits) {
      if (!writtenSo(hit, match, normalized)) continue;
      tally.add(hit.topic, match.entry.key, hit.weight, match.original, match.start);
    }
  }
}

/** The cue words of every sense of every ambiguous word, as keys once: [word][sense] → keys. */
const SENSE_CUE_KEYS: ReadonlyArray<ReadonlyArray<readonly string[]>> = taxonomy.ambiguous.map((word) =>
  word.senses.map((sense) => sense.when.map((cue) => termIndex.keyOf(cue))),
);
const SENSE_TOPICS: ReadonlyArray<readonly TopicId[]> = taxonomy.ambiguous.map((word) => word.senses.map((s) => s.topic));

/**
 * The first sense (senses are in order of priority) one of whose cues occurs outside the word:
 * 召回率 does not explain itself by 召回.
 */
function senseIndex(found: FoundTerms, word: number, match: TermMatch): number {
  const senses = SENSE_CUE_KEYS[word]!;
  for (let sense = 0; sense < senses.length; sense++) {
    for (const cueKey of senses[sense]!) {
      if (found.present.has(cueKey) && found.spans.occursOutside(cueKey, match.start, match.end)) return sense;
    }
  }
  return -1;
}

function settleAmbiguous(found: FoundTerms, normalized: NormalizedText, tally: Tally): UnsettledTerm[] {
  const unsettled: UnsettledTerm[] = [];
  for (const match of found.classifying) {
    for (const index of match.entry.ambiguous) {
      const word = taxonomy.ambiguous[index]!;
      const sense = senseIndex(found, index, match);
      if (sense !== -1) {
        const { topic, weight } = word.senses[sense]!;
        tally.add(topic, match.entry.key, weight, match.original, match.start);
        continue;
      }
      if (word.default) {
        tally.add(word.default.topic, match.entry.key, word.default.weight, match.original, match.start);
      } else if (!countsForATopic(match, normalized)) {
        const term: UnsettledTerm = { original: match.original, candidates: [...SENSE_TOPICS[index]!] };
        if (word.fallback) term.fallback = word.fallback.topic;
        unsettled.push(term);
      }
    }
  }
  return unsettled;
}

/**
 * A rule as keys, compiled once. Its groups are numbered across all rules, so a question can count
 * once how many of its live words each group holds: a group holds when that count is positive or it
 * names the loader's kind. Groups run to dozens of words and a question has a handful, so the
 * question's words are looked up, not the groups'.
 */
interface CompiledRule {
  rule: Rule;
  groups: Array<{ id: number; kinds: readonly string[] }>;
  /** The first group only words can satisfy: while it holds no word the rule cannot hold (-1: none). */
  anchor: number;
  /** The tally key and evidence of the rule (`rule:name`), built once. */
  evidence: string;
  /** The keys of all its words, for `consume`. */
  keys: ReadonlySet<string>;
  /** The keys of the groups it mutes, each once. */
  muted: readonly string[];
  /** Whether it mutes a group that names the loader's kind. */
  mutesKind: boolean;
}

const KIND_PREFIX = '@kind:';

/** How many rule groups there are, and by key the numbers of the groups holding it. */
let groupCount = 0;
const GROUPS_BY_KEY = new Map<string, number[]>();

function compileRule(rule: Rule): CompiledRule {
  const keysOf = (group: readonly string[]) => [
    ...new Set(group.filter((t) => !t.startsWith(KIND_PREFIX)).map((t) => termIndex.keyOf(t))),
  ];
  const groups = rule.all.map((group) => {
    const id = groupCount++;
    for (const key of keysOf(group)) GROUPS_BY_KEY.set(key, [...(GROUPS_BY_KEY.get(key) ?? []), id]);
    return { id, kinds: group.filter((t) => t.startsWith(KIND_PREFIX)).map((t) => t.slice(KIND_PREFIX.length)) };
  });
  const anchor = groups.find((g) => g.kinds.length === 0)?.id ?? -1;
  const muted = [...new Set((rule.mute ?? []).flatMap((index) => keysOf(rule.all[index]!)))];
  const mutesKind = (rule.mute ?? []).some((index) => groups[index]!.kinds.length > 0);
  const keys = new Set(rule.all.flatMap(keysOf));
  return { rule, groups, anchor, evidence: `rule:${rule.name}`, keys, muted, mutesKind };
}

const RULES = taxonomy.rules.map(compileRule);
/** Each rule's anchor group in one flat array: a question passes over every rule, and most stop here. */
const RULE_ANCHORS = Int32Array.from(RULES, (compiled) => compiled.anchor);

/**
 * Per rule group, how many of the question's live words it holds. Shared scratch, zero between
 * questions: `applyRules` counts the question's words in, then zeroes the groups it touched.
 */
const liveWordsInGroup = new Uint16Array(groupCount);
/** The groups a question counted into, to zero them after; at most every key's every group. */
const touchedGroups = new Int32Array([...GROUPS_BY_KEY.values()].reduce((sum, groups) => sum + groups.length, 0));
let touchedCount = 0;

function countIn(present: ReadonlySet<string>): void {
  for (const key of present) {
    const groups = GROUPS_BY_KEY.get(key);
    if (groups === undefined) continue;
    for (const group of groups) {
      liveWordsInGroup[group]!++;
      touchedGroups[touchedCount++] = group;
    }
  }
}

function countOut(key: string): void {
  const groups = GROUPS_BY_KEY.get(key);
  if (groups !== undefined) for (const group of groups) liveWordsInGroup[group]!--;
}

function clearCounts(): void {
  for (let i = 0; i < touchedCount; i++) liveWordsInGroup[touchedGroups[i]!] = 0;
  touchedCount = 0;
}

/** What the rules see: the words present, less those an earlier rule muted. */
class LiveKeys {
  private silenced: string[] | undefined;

  constructor(private readonly present: ReadonlySet<string>) {}

  has(key: string): boolean {
    return this.present.has(key) && (this.silenced === undefined || !this.silenced.includes(key));
  }

  /** The live keys among `keys`, looked up from the (few) words present. */
  among(keys: ReadonlySet<string>): string[] {
    const live: string[] = [];
    for (const key of this.present) if (keys.has(key) && this.has(key)) live.push(key);
    return live;
  }

  /** The given keys that are live. */
  of(keys: readonly string[]): string[] {
    const live: string[] = [];
    for (const key of keys) if (this.has(key)) live.push(key);
    return live;
  }

  /** Takes live keys out of play, for later rules too. */
  silence(keys: readonly string[]): void {
    this.silenced = this.silenced === undefined ? [...keys] : [...this.silenced, ...keys];
    for (const key of keys) countOut(key);
  }
}

function holds(compiled: CompiledRule, kind: KindId): boolean {
  for (const group of compiled.groups) {
    if (liveWordsInGroup[group.id] === 0 && !group.kinds.includes(kind)) return false;
  }
  return true;
}

/**
 * Rules in table order. Words a rule mutes are only the setting of the question: they count for no
 * topic and satisfy no later rule either ("如果你和 leader 有分歧，你会怎么做" is behavioural, not a
 * what-would-you-do scenario). A muted `@kind:x` group undoes the loader's kind cue: later rules see
 * a default `concept`, and so does the kind refined after. Returns the kind as the rules left it.
 */
function applyRules(present: ReadonlySet<string>, loaderKind: KindId, tally: Tally): KindId {
  countIn(present);
  const live = new LiveKeys(present);
  let kind = loaderKind;
  let sole: TopicId | undefined;
  for (let index = 0; index < RULES.length; index++) {
    // Most rules are over before they start: no word of their first word-only group is here.
    const anchor = RULE_ANCHORS[index]!;
    if (anchor !== -1 && liveWordsInGroup[anchor] === 0) continue;
    const compiled = RULES[index]!;
    if (!holds(compiled, kind)) continue;
    const { rule, evidence, keys, muted, mutesKind } = compiled;
    if (mutesKind) kind = 'concept';
    if (rule.topic !== undefined) {
      tally.add(rule.topic, evidence, rule.weight, evidence, Number.MAX_SAFE_INTEGER);
      if (rule.consume) tally.withdraw(live.among(keys), rule.topic);
      if (rule.sole) sole ??= rule.topic;
    }
    const silenced = muted.length === 0 ? muted : live.of(muted);
    if (silenced.length > 0) {
      tally.withdraw(silenced);
      live.silence(silenced);
    }
  }
  // Once every rule has had its say, so that a later one cannot add a topic back.
  if (sole !== undefined) tally.keepOnly(sole);
  clearCounts();
  return kind;
}

export function analyseQuestion(text: string, kind: KindId): QuestionAnalysis {
  const normalized = normalizeText(text);
  const found = termIndex.findTerms(text, normalized);
  const tally = new Tally();
  tallyAliases(found, normalized, tally);
  const unsettled = settleAmbiguous(found, normalized, tally);
  const present = found.present;
  const ruledKind = applyRules(present, kind, tally);
  return { tally, unsettled, codingCues: found.codingCues, present, length: normalized.text.length, kind: ruledKind };
}
