/**
 * Cross-filtering as in Mosaic: every clause is a predicate over questions, clauses AND together,
 * and a view asks for the rows filtered by every clause except its own.
 */
import type { Question, TopicId } from '../../loader/types';
import type { FilterClause, ViewName } from './types';

export interface ClauseContext {
  /** Maps a finer topic to its contract parent, so a `topic=rl` clause also keeps `ppo` rows. */
  rollUp?: (topic: TopicId) => TopicId;
}

type Predicate = (question: Question) => boolean;

const identity = (topic: TopicId): TopicId => topic;

/** A question's topics together with their contract parents. */
function topicsWithParents(question: Question, rollUp: (topic: TopicId) => TopicId): Set<TopicId> {
  const topics = new Set<TopicId>();
  for (const topic of question.topics) {
    topics.add(topic);
    topics.add(rollUp(topic));
  }
  return topics;
}

/** Free-text terms: whitespace separates terms, each must occur (case-insensitively). */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

function postTopicIndex(rows: readonly Question[], rollUp: (topic: TopicId) => TopicId): Map<string, Set<TopicId>> {
  const index = new Map<string, Set<TopicId>>();
  for (const question of rows) {
    const topics = index.get(question.postId) ?? new Set<TopicId>();
    for (const topic of topicsWithParents(question, rollUp)) topics.add(topic);
    index.set(question.postId, topics);
  }
  return index;
}

function toPredicate(
  clause: FilterClause,
  rows: readonly Question[],
  rollUp: (topic: TopicId) => TopicId,
): Predicate | undefined {
  const values = new Set(clause.values);
  if (values.size === 0) return undefined;
  switch (clause.field) {
    case 'topic':
      return (question) => [...topicsWithParents(question, rollUp)].some((topic) => values.has(topic));
    case 'area':
      return (question) => question.areas.some((area) => values.has(area));
    case 'company':
      return (question) => values.has(question.company);
    case 'round':
      return (question) => values.has(question.round);
    case 'kind':
      return (question) => values.has(question.kind);
    case 'postKind':
      return (question) => values.has(question.postKind);
    case 'topicPair': {
      const wanted = [...values];
      if (clause.scope === 'post') {
        const byPost = postTopicIndex(rows, rollUp);
        return (question) => {
          const topics = byPost.get(question.postId);
          return topics !== undefined && wanted.every((topic) => topics.has(topic));
        };
      }
      return (question) => {
        const topics = topicsWithParents(question, rollUp);
        return wanted.every((topic) => topics.has(topic));
      };
    }
    case 'search': {
      const terms = clause.values.flatMap(searchTerms);
      if (terms.length === 0) return undefined;
      return (question) => {
        const text = question.text.toLowerCase();
        return terms.every((term) => text.includes(term));
      };
    }
  }
}

/**
 * The rows that pass every clause except the one set by `except` (a view never filters itself
 * away). `rows` must be the whole data set: post-scoped clauses look at a post's other questions.
 */
export function applyClauses(
  rows: readonly Question[],
  clauses: readonly FilterClause[],
  except?: ViewName,
  context: ClauseContext = {},
): Question[] {
  const rollUp = context.rollUp ?? identity;
  const predicates = clauses
    .filter((clause) => clause.source !== except)
    .map((clause) => toPredicate(clause, rows, rollUp))
    .filter((predicate): predicate is Predicate => predicate !== undefined);
  if (predicates.length === 0) return [...rows];
  return rows.filter((question) => predicates.every((predicate) => predicate(question)));
}

/** True when some clause other than `except`'s would filter rows. */
export function hasActiveClauses(clauses: readonly FilterClause[], except?: ViewName): boolean {
  return clauses.some(
    (clause) =>
      clause.source !== except &&
      (clause.field === 'search'
        ? clause.values.flatMap(searchTerms).length > 0
        : clause.values.length > 0),
  );
}
