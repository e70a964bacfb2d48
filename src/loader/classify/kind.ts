/**
 * The kind of a question, refined by its topics. The loader's kind comes from explicit prefixes
 * (项目：, 八股：, 代码题：) and cues; `concept` is its default when nothing was said. So:
 *
 * 1. Code asked for (a model-coding or leetcode topic) makes the question `coding`, whatever the
 *    prefix said: a 项目 section can still end with 手撕.
 * 2. Any other kind the loader gave (project, scenario, derivation…) stands, except `coding` when the
 *    question has topics but none of them is code: the classifier found it asks to explain or write
 *    out a formula ("reinforce 的 loss 写一下"), so it is read as a default `concept`.
 * 3. A default `concept` follows the first of its topics that is itself a kind of question
 *    (self-intro and behavioural → behavioral, project deep dive → project, scenario → scenario,
 *    open-ended → open) when that topic leads or is well supported: "实习微调过 Qwen2，说说它的结构"
 *    or "RAG 和长上下文谁会取代谁" stay concept questions. Else the taxonomy's kind cues decide
 *    (推导/证明 → derivation, 有没有遇到/怎么发现的 → project, 你会怎么排查 → scenario).
 */
import type { KindId, TopicId } from '../types';
import { contractTopicOf, taxonomy } from './taxonomy';
import { termIndex, WEIGHT } from './term-index';

const CODING_TOPICS = new Set<TopicId>(['model-coding', 'leetcode']);
/** A topic behind the leading one decides the kind only with more than a single ordinary word for it. */
const WELL_SUPPORTED = WEIGHT.alias + 0.5;

const KIND_OF_TOPIC = new Map<TopicId, KindId>([
  ['self-intro', 'behavioral'],
  ['behavioral', 'behavioral'],
  ['project-deep-dive', 'project'],
  ['scenario-design', 'scenario'],
  ['open-ended', 'open'],
]);

/** The kind cues of the taxonomy as keys, in table order. */
const KIND_CUES = taxonomy.kinds.map((k) => ({
  id: k.id,
  alternatives: (k.when ?? []).map((alternative) => alternative.map((group) => group.map((term) => termIndex.keyOf(term)))),
}));

function cuedKind(present: ReadonlySet<string>): KindId | undefined {
  const holds = (keys: readonly string[]) => keys.some((key) => present.has(key));
  return KIND_CUES.find((k) => k.alternatives.some((alternative) => alternative.every(holds)))?.id;
}

export interface ScoredTopic {
  topic: TopicId;
  score: number;
}

export function refineKind(loaderKind: KindId, topics: readonly ScoredTopic[], present: ReadonlySet<string>): KindId {
  const contract = topics.map((t) => ({ topic: contractTopicOf(t.topic), score: t.score }));
  if (contract.some((t) => CODING_TOPICS.has(t.topic))) return 'coding';
  // A coding cue the classifier overruled ("InfoNCE loss 写一下" asks for a formula) leaves a concept question.
  const overruled = loaderKind === 'coding' && contract.length > 0;
  if (loaderKind !== 'concept' && !overruled) return loaderKind;
  const decides = (t: ScoredTopic, i: number) =>
    KIND_OF_TOPIC.has(t.topic) && (i === 0 || t.score >= WELL_SUPPORTED);
  const kindTopic = contract.find(decides)?.topic;
  const byTopic = kindTopic === undefined ? undefined : KIND_OF_TOPIC.get(kindTopic);
  return byTopic ?? cuedKind(present) ?? 'concept';
}
