/**
 * Questions of one round follow each other: "介绍一下PPO" then "clip 的作用是什么". A question with
 * no topic of its own takes one from its nearest classified neighbour when it is a follow-up — it
 * holds an ambiguous word nothing in it explained, it is very short (为什么？怎么解决？), or it is
 * short and refers back (这个工作有投稿吗？). A short question that stands on its own (对工作地点有
 * 要求吗) borrows nothing.
 *
 * Technical topics travel, and so does a project deep dive ("为什么这么做有效？" after
 * "介绍你论文的方法"); a self-introduction, a behavioural question or a LeetCode problem says nothing about the
 * question after it. Among the neighbour's topics, a sense of the ambiguous word wins; failing
 * that, the sense in the neighbour's area (value after PPO → rl-basics); failing that, the
 * neighbour's leading topic.
 */
import type { TopicId } from '../types';
import type { UnsettledTerm } from './analyse';
import { areaOf, contractTopicOf } from './taxonomy';

export const NEIGHBOUR_RULE = 'context:neighbours';
export const USUAL_SENSE_RULE = 'context:usual-sense';

/** Normalized lengths up to which a question with no topic reads as a follow-up: always, or when it refers back. */
const BARE_FOLLOW_UP_LENGTH = 8;
const REFERRING_FOLLOW_UP_LENGTH = 24;
/** How far (in questions) a follow-up looks for context. */
const REACH = 2;

const NON_TECHNICAL_AREAS = new Set(['coding', 'general']);
const TRAVELLING_GENERAL_TOPICS = new Set<TopicId>(['project-deep-dive']);

export interface RoundMember {
  /** Topics found in the question itself. */
  topics: TopicId[];
  unsettled: UnsettledTerm[];
  length: number;
  /** Whether it uses a word that points back (这个, 那, 它…). */
  refersBack: boolean;
}

function travelling(topics: readonly TopicId[]): TopicId[] {
  return topics.filter((t) => {
    const area = areaOf(t);
    return area !== undefined && (!NON_TECHNICAL_AREAS.has(area) || TRAVELLING_GENERAL_TOPICS.has(contractTopicOf(t)));
  });
}

/** Nearest first; at equal distance the question before (follow-ups refer back). */
function neighbourOrder(index: number, count: number): number[] {
  const order: number[] = [];
  for (let d = 1; d <= REACH; d++) {
    if (index - d >= 0) order.push(index - d);
    if (index + d < count) order.push(index + d);
  }
  return order;
}

export function isFollowUp(member: RoundMember): boolean {
  if (member.topics.length > 0) return false;
  if (member.unsettled.length > 0 || member.length <= BARE_FOLLOW_UP_LENGTH) return true;
  return member.refersBack && member.length <= REFERRING_FOLLOW_UP_LENGTH;
}

/** The topic a follow-up borrows, or undefined when no neighbour has one to give. */
export function borrowTopic(members: readonly RoundMember[], index: number): TopicId | undefined {
  const member = members[index];
  if (member === undefined || !isFollowUp(member)) return undefined;
  const candidates = new Set(member.unsettled.flatMap((u) => u.candidates));
  const order = neighbourOrder(index, members.length);
  const contexts = order.map((i) => travelling(members[i]?.topics ?? [])).filter((t) => t.length > 0);
  for (const topics of contexts) {
    const sense = topics.find((t) => candidates.has(contractTopicOf(t)));
    if (sense !== undefined) return sense;
  }
  const nearest = contexts[0];
  if (nearest === undefined) return undefined;
  const nearestAreas = new Set(nearest.map(areaOf));
  const sameArea = [...candidates].find((c) => nearestAreas.has(areaOf(c)));
  return sameArea ?? nearest[0];
}
