/**
 * The priority score of each topic:
 *   score = 100 × share × roundFactor × guideFactor
 * where `share` is the expected fraction of interviews at the target companies that ask the
 * topic (recency-weighted, shrunk towards the overall rate for companies with few posts).
 * docs/study-plan-formula.md states the formula for users; the tests check it by hand.
 */
import type { CompanyId, Post, TopicId } from '../../loader/types';
import { questionsOfPosts, targetInterviews, topicsOfQuestion, type PlanCorpus } from './corpus';
import { recencyWeights } from './recency';
import type { CompanyShare, HalfLife, TopicScore } from './types';
import { GUIDE_BONUS, PRIOR_POSTS, ROUND_WEIGHTS } from './weights';

export interface ScoreInputs {
  companies: CompanyId[];
  halfLifeDays: HalfLife;
  today: string;
}

export interface ScoreConstants {
  priorPosts: number;
  guideBonus: number;
  roundWeights: typeof ROUND_WEIGHTS;
}

export const DEFAULT_CONSTANTS: ScoreConstants = {
  priorPosts: PRIOR_POSTS,
  guideBonus: GUIDE_BONUS,
  roundWeights: ROUND_WEIGHTS,
};

type Weight = (post: Post) => number;

/** Weighted share of posts that ask the topic; 0 when there is no weight at all. */
function weightedShare(posts: Post[], asks: (post: Post) => boolean, weight: Weight): number {
  let total = 0;
  let asking = 0;
  for (const post of posts) {
    total += weight(post);
    if (asks(post)) asking += weight(post);
  }
  return total > 0 ? asking / total : 0;
}

/** Weighted mean round weight of the questions of some posts, those with `topic` only if given. */
function meanRoundWeight(
  corpus: PlanCorpus,
  posts: Post[],
  weight: Weight,
  constants: ScoreConstants,
  topic?: TopicId,
): number | null {
  let total = 0;
  let sum = 0;
  for (const post of posts) {
    for (const question of corpus.questionsByPost.get(post.id) ?? []) {
      const topics = topicsOfQuestion(corpus, question.id);
      if (topics.length === 0 || (topic !== undefined && !topics.includes(topic))) continue;
      total += weight(post);
      sum += weight(post) * constants.roundWeights[question.round];
    }
  }
  return total > 0 ? sum / total : null;
}

/**
 * How much deeper than average the rounds asking a topic are: at the targets when they ask it,
 * otherwise over all interviews, otherwise neutral.
 */
function roundFactor(
  corpus: PlanCorpus,
  baselines: [Post[], number | null][],
  topic: TopicId,
  weight: Weight,
  constants: ScoreConstants,
): number {
  for (const [posts, ofAll] of baselines) {
    const ofTopic = meanRoundWeight(corpus, posts, weight, constants, topic);
    if (ofTopic !== null && ofAll !== null) return ofTopic / ofAll;
  }
  return 1;
}

function companyShare(
  company: CompanyId,
  corpus: PlanCorpus,
  asks: (post: Post) => boolean,
  weight: Weight,
  overall: number,
  priorPosts: number,
): CompanyShare {
  const posts = corpus.interviews.filter((post) => post.company === company);
  const effective = posts.reduce((sum, post) => sum + weight(post), 0);
  const asking = posts.filter(asks);
  const weightedAsking = asking.reduce((sum, post) => sum + weight(post), 0);
  return {
    company,
    posts: posts.length,
    asking: asking.length,
    raw: effective > 0 ? weightedAsking / effective : 0,
    shrunk: (weightedAsking + priorPosts * overall) / (effective + priorPosts),
  };
}

/** Every topic asked in an interview, best first (ties by id, so the order is stable). */
export function scoreTopics(
  corpus: PlanCorpus,
  inputs: ScoreInputs,
  constants: ScoreConstants = DEFAULT_CONSTANTS,
): TopicScore[] {
  const recency = recencyWeights(corpus.interviews, inputs.halfLifeDays, inputs.today);
  const weight: Weight = (post) => recency.byPost.get(post.id) ?? 1;
  const plain: Weight = () => 1;
  const companies = [...new Set(inputs.companies)].sort();
  const targets = targetInterviews(corpus, companies);

  const baselines: [Post[], number | null][] = [targets, corpus.interviews].map((posts) => [
    posts,
    meanRoundWeight(corpus, posts, weight, constants),
  ]);

  const asked = new Set<TopicId>();
  for (const post of corpus.interviews) for (const topic of corpus.topicsByPost.get(post.id) ?? []) asked.add(topic);

  const scores = [...asked].map((topic): TopicScore => {
    const asks = (post: Post) => corpus.topicsByPost.get(post.id)?.has(topic) ?? false;
    const overallShare = weightedShare(corpus.interviews, asks, weight);
    const perCompany = companies.map((company) =>
      companyShare(company, corpus, asks, weight, overallShare, constants.priorPosts),
    );
    const share =
      perCompany.length === 0
        ? overallShare
        : perCompany.reduce((sum, part) => sum + part.shrunk, 0) / perCompany.length;
    const guideShare = weightedShare(corpus.guides, asks, plain);
    const guideFactor = 1 + constants.guideBonus * guideShare;
    const rounds = roundFactor(corpus, baselines, topic, weight, constants);
    return {
      topic,
      score: 100 * share * rounds * guideFactor,
      share,
      plainShare: weightedShare(targets, asks, plain),
      overallShare,
      posts: targets.length,
      perCompany,
      roundFactor: rounds,
      guideFactor,
      guideShare,
    };
  });
  return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** Questions of the target interviews that have at least one topic: the plan's question mass. */
export function targetQuestions(corpus: PlanCorpus, companies: CompanyId[]) {
  return questionsOfPosts(corpus, targetInterviews(corpus, companies)).filter(
    (question) => question.topics.length > 0,
  );
}
