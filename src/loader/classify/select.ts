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
import { combinedScore, type TopicScore } from './tally';
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

const EXPLAIN_KEYS = taxonomy.coding.explainCues.map((cue) => termIndex.keyOf(cue));
const PROBLEM_MARKER_KEYS = taxonomy.coding.problemMarkers.map((marker) => termIndex.keyOf(marker));

export interface SelectedTopic {
  topic: TopicId;
  score: number;
  evidence: string[];
}

/** Pools finer topics into their contract topic; keeps the finer id when only it was named. */
function contractScores(analysis: QuestionAnalysis): TopicScore[] {
  const groups = new Map<TopicId, TopicScore[]>();
  for (const score of analysis.tally.scores()) {
    const contract = contractTopicOf(score.topic);
    groups.set(contract, [...(groups.get(contract) ?? []), score]);
  }
  return [...groups].map(([contract, members]) => {
    const weights = new Map<string, number>();
    for (const m of members) {
      for (const [key, w] of analysis.tally.weightsOf(m.topic)) weights.set(key, Math.max(w, weights.get(key) ?? 0));
    }
    const finer = members.filter((m) => m.topic !== contract);
    const shownAs = members.length === 1 && finer.length === 1 ? finer[0]!.topic : contract;
    return {
      topic: shownAs,
      score: combinedScore(weights.values()),
      evidence: [...new Set(members.flatMap((m) => m.evidence))],
      firstAt: Math.min(...members.map((m) => m.firstAt)),
    };
  });
}

const LEADS_ONLY = new Set(taxonomy.topics.filter((t) => t.leadsOnly === true).map((t) => t.id));

function leadsOnly(topic: TopicId): boolean {
  return LEADS_ONLY.has(contractTopicOf(topic));
}

function isTechnical(topic: TopicId): boolean {
  const area = areaOf(topic);
  return area !== undefined && !NON_TECHNICAL_AREAS.has(area);
}

/**
 * The question asks for code when it says so itself (手撕, 手写, a leading 实现), or when the loader
 * filed it as coding and it does not just ask to explain something ("reinforce 的 loss 写一下"
 * under a 写一下 cue asks for a formula).
 */
function asksForCode(analysis: QuestionAnalysis, kind: KindId): boolean {
  if (analysis.codingCues.length > 0) return true;
  if (kind !== 'coding') return false;
  return !EXPLAIN_KEYS.some((key) => analysis.present.has(key));
}

/** Adds model-coding or leetcode when the question asks for code. */
function codingTopic(scores: TopicScore[], analysis: QuestionAnalysis, kind: KindId): TopicScore | undefined {
  if (!asksForCode(analysis, kind)) return undefined;
  if (scores.some((s) => contractTopicOf(s.topic) === 'model-coding')) return undefined;
  const leetcode = scores.find((s) => contractTopicOf(s.topic) === 'leetcode')?.score ?? 0;
  const component = Math.max(0, ...scores.filter((s) => isTechnical(s.topic)).map((s) => s.score));
  if (component >= TWO_WEAK_WORDS && component > leetcode) {
    const evidence = analysis.codingCues.length > 0 ? analysis.codingCues.map((c) => c.original) : ['kind:coding'];
    return { topic: 'model-coding', score: Number.POSITIVE_INFINITY, evidence, firstAt: -1 };
  }
  if (leetcode === 0) return { topic: 'leetcode', score: WEIGHT.strong, evidence: [CODING_RULE], firstAt: -1 };
  return undefined;
}

function namesAProblem(analysis: QuestionAnalysis): boolean {
  return PROBLEM_MARKER_KEYS.some((key) => analysis.present.has(key));
}

export function selectTopics(analysis: QuestionAnalysis, kind: KindId, limits: SelectionLimits): SelectedTopic[] {
  const problemAllowed = asksForCode(analysis, kind) || namesAProblem(analysis);
  const scores = contractScores(analysis).filter((s) => problemAllowed || contractTopicOf(s.topic) !== 'leetcode');
  const coding = codingTopic(scores, analysis, kind);
  const ranked = [...scores].sort((a, b) => b.score - a.score || a.firstAt - b.firstAt);
  const best = ranked[0]?.score ?? 0;
  // Weak terms decide only when nothing more specific was said: beside an ordinary or strong
  // topic, a topic resting on one weak term stays out.
  const floor = best >= WEIGHT.alias ? TWO_WEAK_WORDS : WEIGHT.weak;
  const passing = ranked.filter((s) => s.score >= best * limits.minShare && s.score >= floor);
  // A topic that only leads (behavioural) gives way to a technical topic ranked above it.
  const kept = passing.filter((s, i) => !leadsOnly(s.topic) || !passing.slice(0, i).some((above) => isTechnical(above.topic)));
  // An algorithm problem guessed for lack of a model component keeps only solid company.
  const company = coding?.evidence.includes(CODING_RULE) ? kept.filter((s) => s.score >= WEIGHT.alias) : kept;
  const chosen = coding ? [coding, ...company.filter((s) => s.topic !== coding.topic)] : company;
  return chosen.slice(0, limits.maxTopics).map(({ topic, score, evidence }) => ({ topic, score, evidence }));
}
