/**
 * The topic classifier: which topics of data/taxonomy.json an interview question is about, why
 * (evidence shown to users), and what kind of answer it asks for. Pure and deterministic; runs in
 * Node and in the browser.
 *
 *   classifyRound(items) = fill follow-ups from neighbours ∘ (analyse → select → refine kind) per item
 *
 * the per-item part read once per distinct text in a loader run (readings.ts).
 */
import type { AreaId, KindId, PostKind, TopicEvidence, TopicId } from '../types';
import { analyseQuestion, type UnsettledTerm } from './analyse';
import { refineKind } from './kind';
import { borrowTopic, NEIGHBOUR_RULE, USUAL_SENSE_RULE } from './neighbours';
import { Readings, type Reading } from './readings';
import { GUIDE_LIMITS, QUESTION_LIMITS, selectTopics, type SelectedTopic } from './select';
import { areaOf, taxonomy } from './taxonomy';
import { termIndex } from './term-index';

export { areaOf, contractTopicOf, parseTaxonomy, taxonomy, topicOf } from './taxonomy';
export type { Area, Taxonomy, Topic } from './taxonomy';
export { Readings } from './readings';

export interface ClassifyInput {
  text: string;
  /** The kind as the loader guessed it from prefixes and cues (`concept` when nothing was said). */
  kind: KindId;
}

export interface Classification {
  /** Most relevant first; empty when nothing in the question or its round says what it is about. */
  topics: TopicId[];
  areas: AreaId[];
  evidence: TopicEvidence[];
  kind: KindId;
}

/** Words that point back to a neighbour, as keys once. */
const FOLLOW_UP_KEYS = taxonomy.followUpCues.map((cue) => termIndex.keyOf(cue));

function areasOf(topics: readonly TopicId[]): AreaId[] {
  return [...new Set(topics.map(areaOf).filter((a): a is AreaId => a !== undefined))];
}

function classification(selected: readonly SelectedTopic[], kind: KindId): Classification {
  const topics = selected.map((s) => s.topic);
  return { topics, areas: areasOf(topics), evidence: selected.map((s) => ({ topic: s.topic, terms: s.evidence })), kind };
}

const NOTHING_UNSETTLED: UnsettledTerm[] = [];

/** What the question's own words decide: its topics if they name any, and its part in the round. */
function read(input: ClassifyInput, postKind: PostKind, readings: Readings): Reading {
  const analysis = analyseQuestion(input.text, input.kind);
  const limits = postKind === 'guide' ? GUIDE_LIMITS : QUESTION_LIMITS;
  const selected = selectTopics(analysis, analysis.kind, limits);
  const { present } = analysis;
  // Readings are kept for the whole run: they hold shared lists, not fresh copies.
  const unsettled = analysis.unsettled.length === 0 ? NOTHING_UNSETTLED : analysis.unsettled;
  const { length } = analysis;
  const refersBack = FOLLOW_UP_KEYS.some((key) => present.has(key));
  if (selected.length > 0) {
    const own = readings.share(classification(selected, refineKind(analysis.kind, selected, present)));
    return { topics: own.topics, unsettled, length, refersBack, own };
  }
  const ruledKind = analysis.kind;
  const finishWith = (topic: TopicId, evidence: string[]) => {
    const borrowed = [{ topic, score: 0, evidence }];
    return readings.share(classification(borrowed, refineKind(ruledKind, borrowed, present)));
  };
  const alone = readings.share(classification([], refineKind(ruledKind, [], present)));
  return { topics: alone.topics, unsettled, length, refersBack, own: undefined, alone, finishWith };
}

/**
 * One round of one post, questions in order. Neighbours give context to follow-ups that have no
 * topic of their own; guide posts (study advice, item lists) get no such context but a longer list.
 * An ambiguous word that neither its question nor the round settles takes its usual sense.
 * `readings` carries what earlier rounds' questions said, for a loader run of many posts.
 */
export function classifyRound(
  items: ClassifyInput[],
  postKind: PostKind = 'interview',
  readings: Readings = new Readings(),
): Classification[] {
  const own = items.map((input) => {
    let reading = readings.get(postKind, input.kind, input.text);
    if (reading === undefined) {
      reading = read(input, postKind, readings);
      readings.set(postKind, input.kind, input.text, reading);
    }
    return reading;
  });
  return own.map((reading, index) => {
    if (reading.own !== undefined) return reading.own;
    const { unsettled, alone, finishWith } = reading;
    const words = unsettled.map((u) => u.original);
    const borrowed = postKind === 'guide' ? undefined : borrowTopic(own, index);
    if (borrowed !== undefined) return finishWith(borrowed, [NEIGHBOUR_RULE, ...words]);
    const usual = unsettled.find((u) => u.fallback !== undefined)?.fallback;
    if (usual !== undefined) return finishWith(usual, [USUAL_SENSE_RULE, ...words]);
    return alone;
  });
}

/** A single question with no neighbours and no kind from the loader. */
export function classifyText(text: string): Classification {
  const [result] = classifyRound([{ text, kind: 'concept' }]);
  return result ?? { topics: [], areas: [], evidence: [], kind: 'concept' };
}
