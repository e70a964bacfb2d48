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

/** Returns the matches that counted for a topic (a case-sensitive alias may not). */
function tallyAliases(found: FoundTerms, cased: string, tally: Tally): Set<TermMatch> {
  const counted = new Set<TermMatch>();
  for (const match of found.classifying) {
    for (const hit of match.entry.hits) {
      if (hit.cased !== undefined && cased.slice(match.start, match.end) !== hit.cased) continue;
      tally.add(hit.topic, match.entry.key, hit.weight, match.original, match.start);
      counted.add(match);
    }
  }
  return counted;
}

/** A cue counts only outside the ambiguous word itself: 召回率 does not explain itself by 召回. */
function occursOutside(spans: TermSpans, cue: string, match: TermMatch): boolean {
  return (spans.get(termIndex.keyOf(cue)) ?? []).some(([start, end]) => start < match.start || end > match.end);
}

function settleAmbiguous(found: FoundTerms, counted: ReadonlySet<TermMatch>, tally: Tally): UnsettledTerm[] {
  const unsettled: UnsettledTerm[] = [];
  for (const match of found.classifying) {
    for (const index of match.entry.ambiguous) {
      const word = taxonomy.ambiguous[index]!;
      const sense = word.senses.find((s) => s.when.some((cue) => occursOutside(found.present, cue, match)));
      if (sense !== undefined) {
        tally.add(sense.topic, match.entry.key, sense.weight, match.original, match.start);
        continue;
      }
      if (word.default) {
        tally.add(word.default.topic, match.entry.key, word.default.weight, match.original, match.start);
      } else if (!counted.has(match)) {
        const term: UnsettledTerm = { original: match.original, candidates: word.senses.map((s) => s.topic) };
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
  return { rule, groups, keys: groups.flatMap((g) => g.keys), muted, mutesKind };
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

function rulesToCheck(present: ReadonlySet<string>): number[] {
  const indexes = new Set(ALWAYS_CHECKED);
  for (const key of present) for (const index of RULES_BY_KEY.get(key) ?? []) indexes.add(index);
  return [...indexes].sort((a, b) => a - b);
}

/**
 * Rules in table order. Words a rule mutes are only the setting of the question: they count for no
 * topic and satisfy no later rule either ("如果你和 leader 有分歧，你会怎么做" is behavioural, not a
 * what-would-you-do scenario). A muted `@kind:x` group undoes the loader's kind cue: later rules see
 * a default `concept`, and so does the kind refined after. Returns the kind as the rules left it.
 */
function applyRules(present: ReadonlySet<string>, loaderKind: KindId, tally: Tally): KindId {
  let live = present;
  let kind = loaderKind;
  for (const index of rulesToCheck(present)) {
    const { rule, groups, keys, muted, mutesKind } = RULES[index]!;
    if (!groups.every((g) => g.kinds.includes(kind) || g.keys.some((key) => live.has(key)))) continue;
    if (mutesKind) kind = 'concept';
    if (rule.topic !== undefined) {
      tally.add(rule.topic, `rule:${rule.name}`, rule.weight, `rule:${rule.name}`, Number.MAX_SAFE_INTEGER);
      if (rule.consume) tally.withdraw(new Set(keys.filter((key) => live.has(key))), rule.topic);
    }
    const silenced = muted.filter((key) => live.has(key));
    if (silenced.length > 0) {
      tally.withdraw(new Set(silenced));
      live = new Set([...live].filter((key) => !silenced.includes(key)));
    }
  }
  return kind;
}

export function analyseQuestion(text: string, kind: KindId): QuestionAnalysis {
  const normalized = normalizeText(text);
  const found = termIndex.findTerms(text, normalized);
  const tally = new Tally();
  const counted = tallyAliases(found, normalized.cased, tally);
  const unsettled = settleAmbiguous(found, counted, tally);
  const present = new Set(found.present.keys());
  const ruledKind = applyRules(present, kind, tally);
  return { tally, unsettled, codingCues: found.codingCues, present, length: normalized.text.length, kind: ruledKind };
}
