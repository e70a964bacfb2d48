/**
 * The whole study plan in one call: scores, each topic's questions, places and companions, the
 * hours left, the days, and coverage. Pure: same data, inputs and progress, same plan.
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
import type { Allocation, PlanInputs, TopicPlanEntry } from './types';
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

function placesOf(corpus: PlanCorpus, posts: Post[], questions: Question[], topic: TopicId) {
  const asking = posts.filter((post) => corpus.topicsByPost.get(post.id)?.has(topic));
  return {
    companies: countBy<CompanyId>(asking.map((post) => post.company)),
    rounds: countBy<RoundId>(questions.map((question) => question.round)),
  };
}

export function buildPlan(
  posts: Post[],
  questions: Question[],
  inputs: PlanInputs,
  progress: ProgressMarks,
  options: PlanOptions = {},
): StudyPlan {
  const corpus = buildCorpus(posts, questions, options.rollUp ?? keepTopic);
  const targets = targetInterviews(corpus, inputs.companies);
  const asked = targetQuestions(corpus, inputs.companies);
  const everywhere = targetQuestions(corpus, []);
  const markOf = questionMarker(progress);

  const entries = scoreTopics(corpus, inputs).map((scoring, index): TopicPlanEntry => {
    const hasTopic = (question: Question) => topicsOfQuestion(corpus, question.id).includes(scoring.topic);
    const atTargets = asked.filter(hasTopic);
    const typicalScope = atTargets.length > 0 ? 'targets' : 'all';
    const ofTopic = typicalScope === 'targets' ? atTargets : everywhere.filter(hasTopic);
    const typical = typicalQuestions(ofTopic, options.typicalLimit ?? TYPICAL_LIMIT);
    return {
      topic: scoring.topic,
      rank: index + 1,
      scoring,
      typical,
      typicalScope,
      ...placesOf(corpus, typicalScope === 'targets' ? targets : corpus.interviews, ofTopic, scoring.topic),
      companions: companionsOf(corpus, targets, scoring.topic, {
        limit: options.companionLimit ?? 3,
        minTogether: 2,
      }),
      hours: estimateHours(typical, markOf),
    };
  });

  const isMastered = (entry: TopicPlanEntry) => topicMark(progress, entry.topic) === 'mastered';
  const open = entries.filter((entry) => !isMastered(entry));
  const recency = recencyWeights(corpus.interviews, inputs.halfLifeDays, inputs.today);
  return {
    inputs,
    entries,
    allocation: allocateDays(open, inputs.daysLeft, inputs.hoursPerDay),
    mastered: entries.filter(isMastered).map((entry) => entry.topic),
    coverage: coverage(corpus, asked, progress),
    targetPosts: targets.length,
    undatedPosts: recency.undated,
    medianAgeDays: recency.medianAge,
  };
}
