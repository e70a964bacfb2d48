/**
 * The topic space the charts count in: the contract topics of the taxonomy, each given a small
 * integer code, with finer topics rolled up to their contract parent. Every analysis works on
 * these codes (typed arrays indexed by code) instead of strings.
 *
 * A question's codes are computed once per question object and cached (see question-codes.ts).
 */
import type { AreaId, TopicId } from '../loader/types';

export interface TaxonomyArea {
  readonly id: AreaId;
  readonly zh: string;
  readonly en: string;
}

export interface TaxonomyTopic {
  readonly id: TopicId;
  readonly area: AreaId;
  readonly zh: string;
  readonly en: string;
  readonly parent?: TopicId | null | undefined;
}

export interface TaxonomyLike {
  readonly areas: readonly TaxonomyArea[];
  readonly topics: readonly TaxonomyTopic[];
}

export interface TopicSpace {
  /** Contract topics in taxonomy order; a topic's code is its index here. */
  readonly topics: readonly TaxonomyTopic[];
  /** Areas in taxonomy order; an area's code is its index here. */
  readonly areas: readonly TaxonomyArea[];
  /** Any taxonomy id (contract or finer) to the code of its contract topic. */
  readonly codeOfTopic: ReadonlyMap<TopicId, number>;
  readonly codeOfArea: ReadonlyMap<AreaId, number>;
  /** Topic code to area code. */
  readonly areaOfCode: Uint16Array;
  /** Private key under which each question caches its codes for this space. */
  readonly cacheKey: symbol;
}

const isContract = (t: TaxonomyTopic): boolean => t.parent === undefined || t.parent === null;

/** Follows `parent` links up to a topic without a parent (guarding against cycles). */
function rootOf(id: TopicId, byId: ReadonlyMap<TopicId, TaxonomyTopic>): TopicId | undefined {
  let current = byId.get(id);
  for (let hops = 0; current !== undefined && hops < 16; hops += 1) {
    if (isContract(current)) return current.id;
    current = current.parent ? byId.get(current.parent) : undefined;
  }
  return undefined;
}

export function createTopicSpace(taxonomy: TaxonomyLike): TopicSpace {
  const topics = taxonomy.topics.filter(isContract);
  const areas = taxonomy.areas.filter((a) => topics.some((t) => t.area === a.id));
  const codeOfArea = new Map(areas.map((a, i) => [a.id, i] as const));
  const codeOfTopic = new Map<TopicId, number>(topics.map((t, i) => [t.id, i] as const));
  const byId = new Map(taxonomy.topics.map((t) => [t.id, t] as const));
  for (const t of taxonomy.topics) {
    if (isContract(t)) continue;
    const root = rootOf(t.id, byId);
    const code = root === undefined ? undefined : codeOfTopic.get(root);
    if (code !== undefined) codeOfTopic.set(t.id, code);
  }
  const areaOfCode = new Uint16Array(topics.length);
  topics.forEach((t, i) => {
    areaOfCode[i] = codeOfArea.get(t.area) ?? 0;
  });
  return { topics, areas, codeOfTopic, codeOfArea, areaOfCode, cacheKey: Symbol('question codes') };
}

const EMPTY = new Uint16Array(0);

/** Distinct contract-topic codes of a topic list, in its order; unknown ids are skipped. */
export function topicCodesFor(space: TopicSpace, ids: readonly TopicId[]): Uint16Array {
  if (ids.length === 0) return EMPTY;
  const seen: number[] = [];
  for (const id of ids) {
    const code = space.codeOfTopic.get(id);
    if (code !== undefined && !seen.includes(code)) seen.push(code);
  }
  return seen.length === 0 ? EMPTY : Uint16Array.from(seen);
}
