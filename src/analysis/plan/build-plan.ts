/**
 * The whole study plan: scores, each topic's questions, places and companions (analysePlan), then
 * the hours left, the days, and coverage (schedulePlan). Pure: same data, inputs and progress,
 * same plan.
 */
import type { CompanyId, Post, Question, RoundId, TopicId } from '../../loader/types';
import { allocateDays } from './allocate';
import { companionsOf } from './companions';
import { buildCorpus, targetInterviews, topicsOfQuestion, type PlanCorpus } from './corpus';
import { coverage, type Coverage } from './coverage';
import { estimateHours } from './hours';
import { questionMarker, topicMark, type ProgressMarks } from './progress';
import { recencyWeights } from './recency';
import { scoreTopics, targetQuestions } from './score';
import { keepTopic, type RollUp } from './topics';
import { countBy, typicalQuestions } from './typical-questions';
import type { Allocation, PlanInputs, RankedTopic, TopicPlanEntry } from './types';
import { TYPICAL_LIMIT } from './weights';

export interface StudyPlan {
  inputs: PlanInputs;
  /** Every topic asked at an interview, in plan order, mastered ones included. */
  entries: TopicPlanEntry[];
  /** The entries not yet mastered, spread over the days. */
  allocation: Allocation;
  mastered: TopicId[];
  coverage: Coverage;
  /** Interview posts at the targets, and how many of all interviews had no usable date. */
  targetPosts: number;
  undatedPosts: number;
  medianAgeDays: number | null;
}

export interface PlanOptions {
  rollUp?: RollUp;
  typicalLimit?: number;
  companionLimit?: number;
}

/** Questions by each of their (rolled-up) topics, in one pass. */
function byTopic(corpus: PlanCorpus, questions: Question[]): Map<TopicId, Question[]> {
  const grouped = new Map<TopicId, Question[]>();
  for (const question of questions) {
    for (const topic of topicsOfQuestion(corpus, question.id)) {
      const list = grouped.get(topic);
      if (list) list.push(question);
      else grouped.set(topic, [question]);
    }
  }
  return grouped;
}

function placesOf(corpus: PlanCorpus, posts: Post[], questions: Question[], topic: TopicId) {
  const asking = posts.filter((post) => corpus.topicsByPost.get(post.id)?.has(topic));
  return {
    companies: countBy<CompanyId>(asking.map((post) => post.company)),
    rounds: countBy<RoundId>(questions.map((question) => question.round)),
  };
}

/**
 * The part of the plan that does not depend on progress: scores, typical questions, places and
 * companions. The costly part, so the view computes it once per data and inputs, not per click.
 */
export interface PlanAnalysis {
  inputs: PlanInputs;
  corpus: PlanCorpus;
  ranked: RankedTopic[];
  /** Classified questions of the target interviews: the mass coverage is measured on. */
  asked: Question[];
  targetPosts: number;
  undatedPosts: number;
  medianAgeDays: number | null;
}

export function analysePlan(posts: Post[], questions: Question[], inputs: PlanInputs, options: PlanOptions = {}): PlanAnalysis {
  const corpus = buildCorpus(posts, questions, options.rollUp ?? keepTopic);
  const targets = targetInterviews(corpus, inputs.companies);
  const asked = targetQuestions(corpus, inputs.companies);
  const askedByTopic = byTopic(corpus, asked);
  const everywhereByTopic = byTopic(corpus, targetQuestions(corpus, []));

  const ranked = scoreTopics(corpus, inputs).map((scoring, index): RankedTopic => {
    const atTargets = askedByTopic.get(scoring.topic) ?? [];
    const typicalScope = atTargets.length > 0 ? 'targets' : 'all';
    const ofTopic = typicalScope === 'targets' ? atTargets : (everywhereByTopic.get(scoring.topic) ?? []);
    return {
      topic: scoring.topic,
      rank: index + 1,
      scoring,
      typical: typicalQuestions(ofTopic, options.typicalLimit ?? TYPICAL_LIMIT),
      typicalScope,
      ...placesOf(corpus, typicalScope === 'targets' ? targets : corpus.interviews, ofTopic, scoring.topic),
      companions: companionsOf(corpus, targets, scoring.topic, {
        limit: options.companionLimit ?? 3,
        minTogether: 2,
      }),
    };
  });
  const recency = recencyWeights(corpus.interviews, inputs.halfLifeDays, inputs.today);
  return {
    inputs,
    corpus,
    ranked,
    asked,
    targetPosts: targets.length,
    undatedPosts: recency.undated,
    medianAgeDays: recency.medianAge,
  };
}

/** The progress-dependent part: hours left, days, mastered topics and coverage. Cheap. */
export function schedulePlan(analysis: PlanAnalysis, progress: ProgressMarks): StudyPlan {
  const { inputs } = analysis;
  const markOf = questionMarker(progress);
  const entries = analysis.ranked.map((entry): TopicPlanEntry => ({ ...entry, hours: estimateHours(entry.typical, markOf) }));
  const isMastered = (entry: TopicPlanEntry) => topicMark(progress, entry.topic) === 'mastered';
  return {
    inputs,
    entries,
    allocation: allocateDays(entries.filter((entry) => !isMastered(entry)), inputs.daysLeft, inputs.hoursPerDay),
    mastered: entries.filter(isMastered).map((entry) => entry.topic),
    coverage: coverage(analysis.corpus, analysis.asked, progress),
    targetPosts: analysis.targetPosts,
    undatedPosts: analysis.undatedPosts,
    medianAgeDays: analysis.medianAgeDays,
  };
}

export function buildPlan(
  posts: Post[],
  questions: Question[],
  inputs: PlanInputs,
  progress: ProgressMarks,
  options: PlanOptions = {},
): StudyPlan {
  return schedulePlan(analysePlan(posts, questions, inputs, options), progress);
}
