/**
 * One question read once: its terms found, then weighed into a tally of topics by three kinds of
 * evidence, each a table of data/taxonomy.json — aliases, ambiguous words settled by the words
 * around them (the first listed sense whose cue is present: senses are in order of priority), and
 * rules over co-occurring words.
 */
import type { KindId, TopicId } from '../types';
import { normalizeText } from './normalize';
import { taxonomy, type Rule } from './taxonomy';
import { Tally } from './tally';
import { termIndex, type FoundTerms, type TermMatch, type TermSpans } from './term-index';

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
function countsForATopic(match: TermMatch, cased: string): boolean {
  for (const hit of match.entry.hits) {
    if (hit.cased === undefined || cased.slice(match.start, match.end) === hit.cased) return true;
  }
  return false;
}

function tallyAliases(found: FoundTerms, cased: string, tally: Tally): void {
  for (const match of found.classifying) {
    for (const hit of match.entry.hits) {
      if (hit.cased !== undefined && cased.slice(match.start, match.end) !== hit.cased) continue;
      tally.add(hit.topic, match.entry.key, hit.weight, match.original, match.start);
    }
  }
}

/** The cue words of every sense of every ambiguous word, as keys once: [word][sense] → keys. */
const SENSE_CUE_KEYS: ReadonlyArray<ReadonlyArray<readonly string[]>> = taxonomy.ambiguous.map((word) =>
  word.senses.map((sense) => sense.when.map((cue) => termIndex.keyOf(cue))),
);
const SENSE_TOPICS: ReadonlyArray<readonly TopicId[]> = taxonomy.ambiguous.map((word) => word.senses.map((s) => s.topic));

/** A cue counts only outside the ambiguous word itself: 召回率 does not explain itself by 召回. */
function occursOutside(spans: TermSpans, cueKey: string, match: TermMatch): boolean {
  const found = spans.get(cueKey);
  if (found === undefined) return false;
  for (const [start, end] of found) if (start < match.start || end > match.end) return true;
  return false;
}

/** The first sense (senses are in order of priority) one of whose cues occurs outside the word. */
function senseIndex(spans: TermSpans, word: number, match: TermMatch): number {
  const senses = SENSE_CUE_KEYS[word]!;
  for (let sense = 0; sense < senses.length; sense++) {
    for (const cueKey of senses[sense]!) if (occursOutside(spans, cueKey, match)) return sense;
  }
  return -1;
}

function settleAmbiguous(found: FoundTerms, cased: string, tally: Tally): UnsettledTerm[] {
  const unsettled: UnsettledTerm[] = [];
  for (const match of found.classifying) {
    for (const index of match.entry.ambiguous) {
      const word = taxonomy.ambiguous[index]!;
      const sense = senseIndex(found.present, index, match);
      if (sense !== -1) {
        const { topic, weight } = word.senses[sense]!;
        tally.add(topic, match.entry.key, weight, match.original, match.start);
        continue;
      }
      if (word.default) {
        tally.add(word.default.topic, match.entry.key, word.default.weight, match.original, match.start);
      } else if (!countsForATopic(match, cased)) {
        const term: UnsettledTerm = { original: match.original, candidates: [...SENSE_TOPICS[index]!] };
        if (word.fallback) term.fallback = word.fallback.topic;
        unsettled.push(term);
      }
    }
  }
  return unsettled;
}

/** A rule as keys, compiled once: a group holds when one of its keys is present or it names the loader's kind. */
interface CompiledRule {
  rule: Rule;
  groups: Array<{ keys: readonly string[]; kinds: readonly string[] }>;
  /** The tally key and evidence of the rule (`rule:name`), built once. */
  evidence: string;
  /** The keys of all its words, for `consume`. */
  keys: readonly string[];
  /** The keys of the groups it mutes. */
  muted: readonly string[];
  /** Whether it mutes a group that names the loader's kind. */
  mutesKind: boolean;
}

const KIND_PREFIX = '@kind:';

function compileRule(rule: Rule): CompiledRule {
  const groups = rule.all.map((group) => ({
    keys: group.filter((t) => !t.startsWith(KIND_PREFIX)).map((t) => termIndex.keyOf(t)),
    kinds: group.filter((t) => t.startsWith(KIND_PREFIX)).map((t) => t.slice(KIND_PREFIX.length)),
  }));
  const muted = (rule.mute ?? []).flatMap((index) => groups[index]!.keys);
  const mutesKind = (rule.mute ?? []).some((index) => groups[index]!.kinds.length > 0);
  return { rule, groups, evidence: `rule:${rule.name}`, keys: groups.flatMap((g) => g.keys), muted, mutesKind };
}

/**
 * Rules are looked up by the words of their first group that only words can satisfy, so a question
 * checks just the rules one of whose words it contains; rules that a kind alone can start are
 * checked always. Either way in table order, so evidence reads the same.
 */
const RULES = taxonomy.rules.map(compileRule);
const RULES_BY_KEY = new Map<string, number[]>();
const ALWAYS_CHECKED: number[] = [];
RULES.forEach((compiled, index) => {
  const anchor = compiled.groups.find((g) => g.kinds.length === 0);
  if (anchor === undefined) {
    ALWAYS_CHECKED.push(index);
    return;
  }
  for (const key of new Set(anchor.keys)) RULES_BY_KEY.set(key, [...(RULES_BY_KEY.get(key) ?? []), index]);
});

/**
 * The rules a question checks, marked by index so they are visited in table order without a set
 * or a sort per question. Shared scratch: `applyRules` clears each mark as it visits it.
 */
const ruleToCheck = new Uint8Array(RULES.length);

function markRulesToCheck(present: ReadonlySet<string>): void {
  for (const index of ALWAYS_CHECKED) ruleToCheck[index] = 1;
  for (const key of present) {
    const indexes = RULES_BY_KEY.get(key);
    if (indexes !== undefined) for (const index of indexes) ruleToCheck[index] = 1;
  }
}

/** What the rules see: the words present, less those an earlier rule muted. */
class LiveKeys {
  private silenced: string[] | undefined;

  constructor(private readonly present: ReadonlySet<string>) {}

  has(key: string): boolean {
    return this.present.has(key) && (this.silenced === undefined || !this.silenced.includes(key));
  }

  /** The given keys that are live. */
  liveOf(keys: readonly string[]): string[] {
    const live: string[] = [];
    for (const key of keys) if (this.has(key)) live.push(key);
    return live;
  }

  silence(keys: readonly string[]): void {
    this.silenced = this.silenced === undefined ? [...keys] : [...this.silenced, ...keys];
  }
}

function holds(compiled: CompiledRule, live: LiveKeys, kind: KindId): boolean {
  for (const group of compiled.groups) {
    if (group.kinds.includes(kind)) continue;
    let any = false;
    for (const key of group.keys) {
      if (live.has(key)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
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
  const live = new LiveKeys(present);
  let kind = loaderKind;
  markRulesToCheck(present);
  for (let index = 0; index < RULES.length; index++) {
    if (ruleToCheck[index] === 0) continue;
    ruleToCheck[index] = 0;
    const compiled = RULES[index]!;
    if (!holds(compiled, live, kind)) continue;
    const { rule, evidence, keys, muted, mutesKind } = compiled;
    if (mutesKind) kind = 'concept';
    if (rule.topic !== undefined) {
      tally.add(rule.topic, evidence, rule.weight, evidence, Number.MAX_SAFE_INTEGER);
      if (rule.consume) tally.withdraw(live.liveOf(keys), rule.topic);
    }
    const silenced = live.liveOf(muted);
    if (silenced.length > 0) {
      tally.withdraw(silenced);
      live.silence(silenced);
    }
  }
  return kind;
}

export function analyseQuestion(text: string, kind: KindId): QuestionAnalysis {
  const normalized = normalizeText(text);
  const found = termIndex.findTerms(text, normalized);
  const tally = new Tally();
  tallyAliases(found, normalized.cased, tally);
  const unsettled = settleAmbiguous(found, normalized.cased, tally);
  const present = new Set(found.present.keys());
  const ruledKind = applyRules(present, kind, tally);
  return { tally, unsettled, codingCues: found.codingCues, present, length: normalized.text.length, kind: ruledKind };
}
