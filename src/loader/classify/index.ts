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
import { Readings, type Reading, type Unclassified } from './readings';
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
const FOLLOW_UP_KEYS = new Set(taxonomy.followUpCues.map((cue) => termIndex.keyOf(cue)));

function refersBack(present: ReadonlySet<string>): boolean {
  for (const key of present) if (FOLLOW_UP_KEYS.has(key)) return true;
  return false;
}

function areasOf(topics: readonly TopicId[]): AreaId[] {
  const areas: AreaId[] = [];
  for (const topic of topics) {
    const area = areaOf(topic);
    if (area !== undefined && !areas.includes(area)) areas.push(area);
  }
  return areas;
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
  const { present, length } = analysis;
  // Readings are kept for the whole run: they hold shared lists, not fresh copies.
  const unsettled = analysis.unsettled.length === 0 ? NOTHING_UNSETTLED : analysis.unsettled;
  if (selected.length > 0) {
    const own = readings.share(classification(selected, refineKind(analysis.kind, selected, present)));
    return { topics: own.topics, unsettled, length, refersBack: refersBack(present), own };
  }
  const ruledKind = analysis.kind;
  const alone = readings.share(classification([], refineKind(ruledKind, [], present)));
  return { topics: alone.topics, unsettled, length, refersBack: refersBack(present), own: undefined, alone, ruledKind, present };
}

/** A question whose words name no topic, finished with one from its round or an ambiguous word's usual sense. */
function finishWith(reading: Unclassified, topic: TopicId, evidence: string[], readings: Readings): Classification {
  const borrowed = [{ topic, score: 0, evidence }];
  return readings.share(classification(borrowed, refineKind(reading.ruledKind, borrowed, reading.present)));
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
    const words = reading.unsettled.map((u) => u.original);
    const borrowed = postKind === 'guide' ? undefined : borrowTopic(own, index);
    if (borrowed !== undefined) return finishWith(reading, borrowed, [NEIGHBOUR_RULE, ...words], readings);
    const usual = reading.unsettled.find((u) => u.fallback !== undefined)?.fallback;
    if (usual !== undefined) return finishWith(reading, usual, [USUAL_SENSE_RULE, ...words], readings);
    return reading.alone;
  });
}

/** A single question with no neighbours and no kind from the loader. */
export function classifyText(text: string): Classification {
  const [result] = classifyRound([{ text, kind: 'concept' }]);
  return result ?? { topics: [], areas: [], evidence: [], kind: 'concept' };
}
