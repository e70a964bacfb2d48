/**
 * Shapes of the study plan: what the user chooses, what each topic scores, and the plan itself.
 * Plain data only, so the view, the exports and the tests all read the same objects.
 */
import type { CompanyId, KindId, RoundId, TopicId } from '../../loader/types';

/** Recency half-life in days; `null` turns recency weighting off. */
export type HalfLife = number | null;

export interface PlanInputs {
  /** Empty means every company (the pooled rate of all interviews). */
  companies: CompanyId[];
  daysLeft: number;
  hoursPerDay: number;
  halfLifeDays: HalfLife;
  /** `YYYY-MM-DD`: the day ages are measured from (never read from the clock here). */
  today: string;
}

/** One target company's part of a topic's share, before and after shrinkage. */
export interface CompanyShare {
  company: CompanyId;
  /** Interview posts at this company (plain count, as shown to the user). */
  posts: number;
  /** Of those, posts that ask the topic. */
  asking: number;
  /** Recency-weighted share asking the topic, before shrinkage (NaN-free: 0 when no posts). */
  raw: number;
  /** Share pulled towards the overall rate in proportion to how few posts the company has. */
  shrunk: number;
}

export interface TopicScore {
  topic: TopicId;
  /** 100 × share × roundFactor × guideFactor. */
  score: number;
  /** Expected share of target interviews that ask the topic (recency-weighted, shrunk). */
  share: number;
  /** The same share with every post weighing 1 and no shrinkage, to show what recency and shrinkage changed. */
  plainShare: number;
  /** Recency-weighted share over all interviews: the rate shares are shrunk towards. */
  overallShare: number;
  /** Interview posts behind the share. */
  posts: number;
  perCompany: CompanyShare[];
  /** Above 1 when the topic is asked in later (deeper) rounds than the average question. */
  roundFactor: number;
  /** 1 + a small bonus for the share of guide posts that recommend the topic. */
  guideFactor: number;
  /** Share of guide posts that mention the topic. */
  guideShare: number;
}

/** Near-duplicate questions merged into one, with where they were asked. */
export interface TypicalQuestion {
  /** Normalised text of the representative: the key progress marks match against. */
  key: string;
  text: string;
  count: number;
  kind: KindId;
  companies: CompanyId[];
  rounds: RoundId[];
  questionIds: string[];
  /** A post to open for context (the representative's). */
  postId: string;
}

export interface Companion {
  topic: TopicId;
  /** Posts asking both. */
  together: number;
  /** together ÷ posts asking the planned topic. */
  share: number;
}

export interface Count<K extends string> {
  id: K;
  count: number;
}

export interface TopicPlanEntry {
  topic: TopicId;
  rank: number;
  scoring: TopicScore;
  typical: TypicalQuestion[];
  /**
   * `targets` normally; `all` when the target companies never asked the topic (its share comes
   * from the overall rate) and its questions are shown from every interview instead.
   */
  typicalScope: 'targets' | 'all';
  companies: Count<CompanyId>[];
  rounds: Count<RoundId>[];
  companions: Companion[];
  /** Hours still to study: the typical questions not yet mastered, by kind. */
  hours: number;
}

/** A plan entry before progress is known. */
export type RankedTopic = Omit<TopicPlanEntry, 'hours'>;

/** One day's slice of a topic; a topic longer than a day's room continues the next day. */
export interface DayChunk {
  topic: TopicId;
  hours: number;
  part: number;
  parts: number;
}

export interface PlanDay {
  day: number;
  chunks: DayChunk[];
  hours: number;
}

export interface Allocation {
  days: PlanDay[];
  /** Topics, in plan order, with hours that did not fit in the days left. */
  unscheduled: { topic: TopicId; hours: number }[];
}
