/**
 * The priority score of each topic:
 *   score = 100 × share × roundFactor × guideFactor
 * where `share` is the expected fraction of interviews at the target companies that ask the
 * topic (recency-weighted, shrunk towards the overall rate for companies with few posts).
 * docs/study-plan-formula.md states the formula for users; the tests check it by hand.
 *
 * Each sum is one pass over the posts (or questions) collecting every topic at once, so the cost
 * grows with the data, not with data × topics.
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

/** Weight of some posts in all, and of those asking each topic, plus plain post counts. */
interface PostTally {
  posts: number;
  weight: number;
  asking: Map<TopicId, { posts: number; weight: number }>;
}

function tallyPosts(corpus: PlanCorpus, posts: Post[], weight: Weight): PostTally {
  const tally: PostTally = { posts: posts.length, weight: 0, asking: new Map() };
  for (const post of posts) {
    const w = weight(post);
    tally.weight += w;
    for (const topic of corpus.topicsByPost.get(post.id) ?? []) {
      const entry = tally.asking.get(topic) ?? { posts: 0, weight: 0 };
      entry.posts += 1;
      entry.weight += w;
      tally.asking.set(topic, entry);
    }
  }
  return tally;
}

const askingWeight = (tally: PostTally, topic: TopicId) => tally.asking.get(topic)?.weight ?? 0;
const askingPosts = (tally: PostTally, topic: TopicId) => tally.asking.get(topic)?.posts ?? 0;
const shareOf = (tally: PostTally, topic: TopicId) => (tally.weight > 0 ? askingWeight(tally, topic) / tally.weight : 0);

/** Weighted mean round weight of the classified questions of some posts: overall and per topic. */
interface RoundTally {
  overall: number | null;
  byTopic: Map<TopicId, number>;
}

function tallyRounds(corpus: PlanCorpus, posts: Post[], weight: Weight, constants: ScoreConstants): RoundTally {
  let total = 0;
  let sum = 0;
  const perTopic = new Map<TopicId, { total: number; sum: number }>();
  for (const post of posts) {
    const w = weight(post);
    for (const question of corpus.questionsByPost.get(post.id) ?? []) {
      const topics = topicsOfQuestion(corpus, question.id);
      if (topics.length === 0) continue;
      const r = constants.roundWeights[question.round];
      total += w;
      sum += w * r;
      for (const topic of topics) {
        const entry = perTopic.get(topic) ?? { total: 0, sum: 0 };
        entry.total += w;
        entry.sum += w * r;
        perTopic.set(topic, entry);
      }
    }
  }
  const byTopic = new Map<TopicId, number>();
  for (const [topic, entry] of perTopic) if (entry.total > 0) byTopic.set(topic, entry.sum / entry.total);
  return { overall: total > 0 ? sum / total : null, byTopic };
}

/**
 * How much deeper than average the rounds asking a topic are: at the targets when they ask it,
 * otherwise over all interviews, otherwise neutral.
 */
function roundFactor(tallies: RoundTally[], topic: TopicId): number {
  for (const tally of tallies) {
    const ofTopic = tally.byTopic.get(topic);
    if (ofTopic !== undefined && tally.overall !== null) return ofTopic / tally.overall;
  }
  return 1;
}

function companyShare(company: CompanyId, tally: PostTally, topic: TopicId, overall: number, priorPosts: number): CompanyShare {
  const weighted = askingWeight(tally, topic);
  return {
    company,
    posts: tally.posts,
    asking: askingPosts(tally, topic),
    raw: tally.weight > 0 ? weighted / tally.weight : 0,
    shrunk: (weighted + priorPosts * overall) / (tally.weight + priorPosts),
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

  const overall = tallyPosts(corpus, corpus.interviews, weight);
  const targetsPlain = tallyPosts(corpus, targets, plain);
  const guides = tallyPosts(corpus, corpus.guides, plain);
  const perCompany = companies.map((company) => ({
    company,
    tally: tallyPosts(corpus, corpus.interviews.filter((post) => post.company === company), weight),
  }));
  const rounds = [tallyRounds(corpus, targets, weight, constants), tallyRounds(corpus, corpus.interviews, weight, constants)];

  const scores = [...overall.asking.keys()].map((topic): TopicScore => {
    const overallShare = shareOf(overall, topic);
    const parts = perCompany.map(({ company, tally }) =>
      companyShare(company, tally, topic, overallShare, constants.priorPosts),
    );
    const share = parts.length === 0 ? overallShare : parts.reduce((sum, part) => sum + part.shrunk, 0) / parts.length;
    const guideShare = shareOf(guides, topic);
    const guideFactor = 1 + constants.guideBonus * guideShare;
    const factor = roundFactor(rounds, topic);
    return {
      topic,
      score: 100 * share * factor * guideFactor,
      share,
      plainShare: shareOf(targetsPlain, topic),
      overallShare,
      posts: targets.length,
      perCompany: parts,
      roundFactor: factor,
      guideFactor,
      guideShare,
    };
  });
  return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** Questions of the target interviews that have at least one topic: the plan's question mass. */
export function targetQuestions(corpus: PlanCorpus, companies: CompanyId[]) {
  return questionsOfPosts(corpus, targetInterviews(corpus, companies)).filter(
    (question) => topicsOfQuestion(corpus, question.id).length > 0,
  );
}
