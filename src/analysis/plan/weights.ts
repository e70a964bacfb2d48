/**
 * The constants of the priority score, as tables so they can be read, documented and tuned in
 * one place (docs/study-plan-formula.md quotes them).
 */
import type { KindId, RoundId } from '../../loader/types';

/**
 * How much depth a round asks for. Later technical rounds dig deeper, so a topic asked there
 * needs more preparation; HR rounds come late but ask for no technical depth.
 */
export const ROUND_WEIGHTS: Record<RoundId, number> = {
  '1': 1,
  '2': 1.2,
  '3': 1.4,
  '4': 1.5,
  final: 1.5,
  hr: 0.8,
  unknown: 1,
};

/**
 * Pseudo-posts at the overall rate added to each target company: a company with 4 posts moves
 * halfway from the overall rate to its own, one with 40 posts almost all the way.
 */
export const PRIOR_POSTS = 4;

/** At most +20% for a topic every guide recommends: guides advise, interviews decide. */
export const GUIDE_BONUS = 0.2;

/** Hours to prepare one typical question of each kind (coding and derivations need practice). */
export const HOURS_BY_KIND: Record<KindId, number> = {
  concept: 0.3,
  derivation: 0.75,
  coding: 1,
  project: 0.5,
  scenario: 0.5,
  open: 0.25,
  behavioral: 0.2,
};

/** Reading the overview of a topic before its questions. */
export const BASE_HOURS = 0.5;

/** Typical questions shown and estimated per topic. */
export const TYPICAL_LIMIT = 8;

/** Character-bigram Jaccard at or above which two questions count as the same question. */
export const NEAR_DUPLICATE = 0.5;

export const HALF_LIFE_CHOICES = [90, 180, 365, null] as const;
export const DEFAULT_HALF_LIFE = 180;
