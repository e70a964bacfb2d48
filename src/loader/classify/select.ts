/**
 * From a tally to the 1–3 topics a question is filed under, most relevant first.
 *
 * - Finer topics compete inside their contract topic: the contract topic's score pools all their
 *   evidence, and the finer id is shown when it alone carries the evidence.
 * - A question that asks for code is `model-coding` when it names a model component (a topic of a
 *   technical area with more than one weak word for it) and `leetcode` otherwise. A question that
 *   does not ask for code is an algorithm problem only when it says so (lc, 力扣, 算法题): LRU in
 *   "KV cache 的淘汰策略用 LRU 合理吗" or 排序 in "多目标排序怎么融合" is no LeetCode problem.
 * - A topic is kept when it scores at least a share of the best one, so a third weak topic does not
 *   ride along with two strong ones. A topic marked `leadsOnly` (behavioural) is kept only where no
 *   technical topic outranks it.
 */
import type { KindId, TopicId } from '../types';
import type { QuestionAnalysis } from './analyse';
import { combinedScore, type Tally, type TallyEntry, type TopicScore } from './tally';
import { areaOf, contractTopicOf, taxonomy } from './taxonomy';
import { termIndex, WEIGHT } from './term-index';

export interface SelectionLimits {
  maxTopics: number;
  /** A topic needs at least this share of the best topic's score. */
  minShare: number;
}

/** Interview rounds: few, well-supported topics. */
export const QUESTION_LIMITS: SelectionLimits = { maxTopics: 3, minShare: 0.5 };
/** Guide items list many things to study: recall matters more than a tight list. */
export const GUIDE_LIMITS: SelectionLimits = { maxTopics: 5, minShare: 0.3 };

const NON_TECHNICAL_AREAS = new Set(['coding', 'general']);
const CODING_RULE = 'rule:coding-without-model-component';
/** The score of two weak words: the least a topic needs beside a stronger one, or to be coded. */
const TWO_WEAK_WORDS = combinedScore([WEIGHT.weak, WEIGHT.weak]);

const EXPLAIN_KEYS = new Set(taxonomy.coding.explainCues.map((cue) => termIndex.keyOf(cue)));
const PROBLEM_MARKER_KEYS = new Set(taxonomy.coding.problemMarkers.map((marker) => termIndex.keyOf(marker)));

export interface SelectedTopic {
  topic: TopicId;
  score: number;
  evidence: string[];
}

/** Each distinct value once, in order of first appearance, appended to `into`. */
function addUnique(into: string[], values: readonly string[]): void {
  for (const value of values) if (!into.includes(value)) into.push(value);
}

/** A contract topic with its finer topics' evidence pooled: the strongest weight per source key. */
function pooled(contract: TopicId, members: readonly TallyEntry[]): TopicScore {
  const keys: string[] = [];
  const weights: number[] = [];
  const evidence: string[] = [];
  let firstAt = Number.POSITIVE_INFINITY;
  for (const member of members) {
    member.keys.forEach((key, i) => {
      const at = keys.indexOf(key);
      if (at === -1) {
        keys.push(key);
        weights.push(member.weights[i]!);
      } else {
        weights[at] = Math.max(member.weights[i]!, weights[at]!);
      }
    });
    addUnique(evidence, member.evidence);
    firstAt = Math.min(firstAt, member.firstAt);
  }
  return { topic: contract, score: combinedScore(weights), evidence, firstAt };
}

/** Pools finer topics into their contract topic; keeps the finer id when only it was named. */
function contractScores(tally: Tally): TopicScore[] {
  const entries = tally.entries();
  const contracts = entries.map((e) => contractTopicOf(e.topic));
  const scores: TopicScore[] = [];
  for (let i = 0; i < entries.length; i++) {
    const contract = contracts[i]!;
    // A contract topic is scored where its first member stands.
    if (contracts.indexOf(contract) !== i) continue;
    if (contracts.lastIndexOf(contract) !== i) {
      scores.push(pooled(contract, entries.filter((_, j) => contracts[j] === contract)));
      continue;
    }
    const { topic, weights, firstAt } = entries[i]!;
    const evidence: string[] = [];
    addUnique(evidence, entries[i]!.evidence);
    scores.push({ topic, score: combinedScore(weights), evidence, firstAt });
  }
  return scores;
}

/** Topics (finer ones included) by what selection asks of them, worked out once. */
const LEADS_ONLY_CONTRACTS = new Set(taxonomy.topics.filter((t) => t.leadsOnly === true).map((t) => t.id));
const LEADS_ONLY = new Set(taxonomy.topics.filter((t) => LEADS_ONLY_CONTRACTS.has(contractTopicOf(t.id))).map((t) => t.id));
const TECHNICAL = new Set(
  taxonomy.topics
    .filter((t) => {
      const area = areaOf(t.id);
      return area !== undefined && !NON_TECHNICAL_AREAS.has(area);
    })
    .map((t) => t.id),
);

function leadsOnly(topic: TopicId): boolean {
  return LEADS_ONLY.has(topic);
}

function isTechnical(topic: TopicId): boolean {
  return TECHNICAL.has(topic);
}

/** Whether a word of the question is among `keys`: a question has a handful, the lists dozens. */
function presentAny(analysis: QuestionAnalysis, keys: ReadonlySet<string>): boolean {
  for (const key of analysis.present) if (keys.has(key)) return true;
  return false;
}

/**
 * The question asks for code when it says so itself (手撕, 手写, a leading 实现), or when the loader
 * filed it as coding and it does not just ask to explain something ("reinforce 的 loss 写一下"
 * under a 写一下 cue asks for a formula).
 */
function asksForCode(analysis: QuestionAnalysis, kind: KindId): boolean {
  if (analysis.codingCues.length > 0) return true;
  if (kind !== 'coding') return false;
  return !presentAny(analysis, EXPLAIN_KEYS);
}

/** Adds model-coding or leetcode when the question asks for code. */
function codingTopic(scores: readonly TopicScore[], analysis: QuestionAnalysis): TopicScore | undefined {
  let leetcode = 0;
  let component = 0;
  for (const s of scores) {
    const contract = contractTopicOf(s.topic);
    if (contract === 'model-coding') return undefined;
    if (contract === 'leetcode') leetcode = s.score;
    if (isTechnical(s.topic)) component = Math.max(component, s.score);
  }
  if (component >= TWO_WEAK_WORDS && component > leetcode) {
    const evidence = analysis.codingCues.length > 0 ? analysis.codingCues.map((c) => c.original) : ['kind:coding'];
    return { topic: 'model-coding', score: Number.POSITIVE_INFINITY, evidence, firstAt: -1 };
  }
  if (leetcode === 0) return { topic: 'leetcode', score: WEIGHT.strong, evidence: [CODING_RULE], firstAt: -1 };
  return undefined;
}

function isLeetcode(score: TopicScore): boolean {
  return contractTopicOf(score.topic) === 'leetcode';
}

function byRank(a: TopicScore, b: TopicScore): number {
  return b.score - a.score || a.firstAt - b.firstAt;
}

export function selectTopics(analysis: QuestionAnalysis, kind: KindId, limits: SelectionLimits): SelectedTopic[] {
  const codeAsked = asksForCode(analysis, kind);
  let scores = contractScores(analysis.tally);
  if (!codeAsked && scores.some(isLeetcode) && !presentAny(analysis, PROBLEM_MARKER_KEYS)) {
    scores = scores.filter((s) => !isLeetcode(s));
  }
  const coding = codeAsked ? codingTopic(scores, analysis) : undefined;
  const ranked = scores.sort(byRank);
  const best = ranked[0]?.score ?? 0;
  // Weak terms decide only when nothing more specific was said: beside an ordinary or strong
  // topic, a topic resting on one weak term stays out.
  const floor = best >= WEIGHT.alias ? TWO_WEAK_WORDS : WEIGHT.weak;
  // An algorithm problem guessed for lack of a model component keeps only solid company.
  const companyFloor = coding?.evidence.includes(CODING_RULE) ? WEIGHT.alias : Number.NEGATIVE_INFINITY;
  const chosen: SelectedTopic[] = [];
  if (coding) chosen.push({ topic: coding.topic, score: coding.score, evidence: coding.evidence });
  let technicalAbove = false;
  for (const s of ranked) {
    if (chosen.length >= limits.maxTopics) break;
    if (s.score < best * limits.minShare || s.score < floor) continue;
    // A topic that only leads (behavioural) gives way to a technical topic ranked above it.
    const givesWay = leadsOnly(s.topic) && technicalAbove;
    if (isTechnical(s.topic)) technicalAbove = true;
    if (givesWay || s.score < companyFloor || s.topic === coding?.topic) continue;
    chosen.push({ topic: s.topic, score: s.score, evidence: s.evidence });
  }
  return chosen;
}
