/**
 * The topic classifier: which topics of data/taxonomy.json an interview question is about, why
 * (evidence shown to users), and what kind of answer it asks for. Pure and deterministic; runs in
 * Node and in the browser.
 *
 *   classifyRound(items) = fill follow-ups from neighbours ∘ (analyse → select → refine kind) per item
 */
import type { AreaId, KindId, PostKind, TopicEvidence, TopicId } from '../types';
import { analyseQuestion, type QuestionAnalysis } from './analyse';
import { refineKind } from './kind';
import { borrowTopic, NEIGHBOUR_RULE, USUAL_SENSE_RULE, type RoundMember } from './neighbours';
import { GUIDE_LIMITS, QUESTION_LIMITS, selectTopics, type SelectedTopic } from './select';
import { areaOf, taxonomy } from './taxonomy';
import { termIndex } from './term-index';

export { areaOf, contractTopicOf, parseTaxonomy, taxonomy, topicOf } from './taxonomy';
export type { Area, Taxonomy, Topic } from './taxonomy';

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

interface Draft {
  input: ClassifyInput;
  analysis: QuestionAnalysis;
  selected: SelectedTopic[];
}

function areasOf(topics: readonly TopicId[]): AreaId[] {
  return [...new Set(topics.map(areaOf).filter((a): a is AreaId => a !== undefined))];
}

function finish(draft: Draft, selected: SelectedTopic[]): Classification {
  const topics = selected.map((s) => s.topic);
  return {
    topics,
    areas: areasOf(topics),
    evidence: selected.map((s) => ({ topic: s.topic, terms: s.evidence })),
    kind: refineKind(draft.analysis.kind, selected, draft.analysis.present),
  };
}

/**
 * One round of one post, questions in order. Neighbours give context to follow-ups that have no
 * topic of their own; guide posts (study advice, item lists) get no such context but a longer list.
 * An ambiguous word that neither its question nor the round settles takes its usual sense.
 */
export function classifyRound(items: ClassifyInput[], postKind: PostKind = 'interview'): Classification[] {
  const limits = postKind === 'guide' ? GUIDE_LIMITS : QUESTION_LIMITS;
  const drafts: Draft[] = items.map((input) => {
    const analysis = analyseQuestion(input.text, input.kind);
    return { input, analysis, selected: selectTopics(analysis, analysis.kind, limits) };
  });
  const members: RoundMember[] = drafts.map((d) => ({
    topics: d.selected.map((s) => s.topic),
    unsettled: d.analysis.unsettled,
    length: d.analysis.length,
    refersBack: FOLLOW_UP_KEYS.some((key) => d.analysis.present.has(key)),
  }));
  return drafts.map((draft, index) => {
    if (draft.selected.length > 0) return finish(draft, draft.selected);
    const words = draft.analysis.unsettled.map((u) => u.original);
    const borrowed = postKind === 'guide' ? undefined : borrowTopic(members, index);
    if (borrowed !== undefined) return finish(draft, [{ topic: borrowed, score: 0, evidence: [NEIGHBOUR_RULE, ...words] }]);
    const usual = draft.analysis.unsettled.find((u) => u.fallback !== undefined)?.fallback;
    if (usual !== undefined) return finish(draft, [{ topic: usual, score: 0, evidence: [USUAL_SENSE_RULE, ...words] }]);
    return finish(draft, []);
  });
}

/** A single question with no neighbours and no kind from the loader. */
export function classifyText(text: string): Classification {
  const [result] = classifyRound([{ text, kind: 'concept' }]);
  return result ?? { topics: [], areas: [], evidence: [], kind: 'concept' };
}
