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

/**
 * The kind cues of the taxonomy in table order, each alternative a list of numbered groups; by key,
 * the groups holding it. A question has a handful of words and the groups dozens, so its words are
 * looked up, not the groups'.
 */
const CUE_GROUPS_BY_KEY = new Map<string, number[]>();
let cueGroupCount = 0;
const KIND_CUES = taxonomy.kinds.map((k) => ({
  id: k.id,
  alternatives: (k.when ?? []).map((alternative) =>
    alternative.map((group) => {
      const id = cueGroupCount++;
      for (const key of new Set(group.map((term) => termIndex.keyOf(term)))) {
        CUE_GROUPS_BY_KEY.set(key, [...(CUE_GROUPS_BY_KEY.get(key) ?? []), id]);
      }
      return id;
    }),
  ),
}));

/** Which cue groups hold a word of the question: shared scratch, cleared after each use. */
const cueGroupHeld = new Uint8Array(cueGroupCount);

function everyGroupHeld(groups: readonly number[]): boolean {
  for (const group of groups) if (cueGroupHeld[group] === 0) return false;
  return true;
}

/** The first kind one of whose alternatives has a word of every group present. */
function cuedKind(present: ReadonlySet<string>): KindId | undefined {
  let anyHeld = false;
  for (const key of present) {
    const groups = CUE_GROUPS_BY_KEY.get(key);
    if (groups === undefined) continue;
    for (const group of groups) cueGroupHeld[group] = 1;
    anyHeld = true;
  }
  if (!anyHeld) return undefined;
  let cued: KindId | undefined;
  search: for (const { id, alternatives } of KIND_CUES) {
    for (const groups of alternatives) {
      if (everyGroupHeld(groups)) {
        cued = id;
        break search;
      }
    }
  }
  cueGroupHeld.fill(0);
  return cued;
}

export interface ScoredTopic {
  topic: TopicId;
  score: number;
}

export function refineKind(loaderKind: KindId, topics: readonly ScoredTopic[], present: ReadonlySet<string>): KindId {
  for (const t of topics) if (CODING_TOPICS.has(contractTopicOf(t.topic))) return 'coding';
  // A coding cue the classifier overruled ("InfoNCE loss 写一下" asks for a formula) leaves a concept question.
  const overruled = loaderKind === 'coding' && topics.length > 0;
  if (loaderKind !== 'concept' && !overruled) return loaderKind;
  // The first topic that is a kind of question decides, when it leads or is well supported.
  for (let i = 0; i < topics.length; i++) {
    const byTopic = KIND_OF_TOPIC.get(contractTopicOf(topics[i]!.topic));
    if (byTopic !== undefined && (i === 0 || topics[i]!.score >= WELL_SUPPORTED)) return byTopic;
  }
  return cuedKind(present) ?? 'concept';
}
