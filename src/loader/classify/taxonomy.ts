/**
 * The taxonomy of data/taxonomy.json as typed data. The JSON is checked once at module load so a
 * broken edit fails loudly with the offending path, instead of silently classifying nothing.
 */
import rawTaxonomy from '../../../data/taxonomy.json';
import type { AreaId, KindId, TopicId } from '../types';
import { topicLookup } from './topic-lookup';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Area {
  id: AreaId;
  zh: string;
  en: string;
  description: Bilingual;
}

/** A term with an explicit weight; `caseSensitive` terms match only as written (CLIP, not clip). */
export interface WeightedTerm {
  term: string;
  weight: number;
  caseSensitive?: boolean;
}

export interface Topic {
  id: TopicId;
  area: AreaId;
  zh: string;
  en: string;
  description: Bilingual;
  /** A contract topic this finer topic rolls up to. */
  parent?: TopicId;
  /** Specific, unambiguous terms (weight 3). */
  strong: string[];
  /** Ordinary terms (weight 2). */
  aliases: string[];
  /** Generic terms that decide only when nothing more specific is said (weight 1). */
  weak: string[];
  weighted?: WeightedTerm[];
  /**
   * Kept only where no technical topic outranks it: beside a stronger technical topic its words were
   * the setting or a figure of speech (最大的挑战 of MoE training, the weaknesses of DPO, 多任务学习).
   */
  leadsOnly?: boolean;
}

export interface Sense {
  topic: TopicId;
  weight: number;
  /** Any of these words in the same question selects this sense. */
  when: string[];
}

/** A word whose topic depends on the words around it (temperature, clip, value…). */
export interface AmbiguousTerm {
  terms: string[];
  senses: Sense[];
  /** The sense to take when no `when` word is present; without it the neighbours decide. */
  default?: { topic: TopicId; weight: number };
  /** The usual sense in LLM interviews, for when neither the question nor its neighbours decide. */
  fallback?: { topic: TopicId; weight: number };
}

/** One term of every group must occur; `@kind:x` is satisfied by the loader's kind x. */
export type TermGroups = string[][];

export interface Rule {
  name: string;
  /** The topic the words mean together; a rule that only mutes words names none. */
  topic?: TopicId;
  weight: number;
  all: TermGroups;
  /** The matched terms stop counting for their own topics (BERT and GPT → paradigm, not each). */
  consume?: boolean;
  /**
   * Groups (by index) whose matched terms stop counting for every topic: words that are only the
   * setting of the question when the other groups are there (a model named as a size example in a
   * memory estimate, 微调 of an embedding model).
   */
  mute?: number[];
  /**
   * The question is about this topic alone: the other words only say what it is about (`为什么想做
   * 评测而不是训练` asks about the candidate's choice, not about evaluation or training).
   */
  sole?: boolean;
}

export interface CodingCues {
  /** Words that ask for code anywhere in the question (手撕, 手写…). */
  cues: string[];
  /** Words that ask for code only as the first word (实现…, Implement…). */
  leadingCues: string[];
  /** With no cue of its own, a question the loader guessed as coding that asks to explain. */
  explainCues: string[];
  /** Words that make a question an algorithm problem even without a request for code (lc, 力扣). */
  problemMarkers: string[];
}

export interface KindEntry {
  id: KindId;
  zh: string;
  en: string;
  /** Alternatives, each a set of term groups, that make a concept question this kind. */
  when?: TermGroups[];
}

export interface Round {
  id: string;
  zh: string;
}

export interface Taxonomy {
  version: number;
  areas: Area[];
  topics: Topic[];
  ambiguous: AmbiguousTerm[];
  rules: Rule[];
  neutral: string[];
  coding: CodingCues;
  /** Words by which a question with no topic of its own refers back to its neighbours. */
  followUpCues: string[];
  kinds: KindEntry[];
  rounds: Round[];
}

const KIND_IDS: readonly KindId[] = ['concept', 'derivation', 'coding', 'project', 'scenario', 'open', 'behavioral'];

class TaxonomyError extends Error {
  constructor(path: string, problem: string) {
    super(`data/taxonomy.json ${path}: ${problem}`);
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TaxonomyError(path, 'expected an object');
  }
  return value as Json;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new TaxonomyError(path, 'expected a list');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') throw new TaxonomyError(path, 'expected a non-empty string');
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TaxonomyError(path, 'expected a number');
  return value;
}

function texts(value: unknown, path: string): string[] {
  return value === undefined ? [] : array(value, path).map((v, i) => text(v, `${path}[${i}]`));
}

function groups(value: unknown, path: string): TermGroups {
  return array(value, path).map((g, i) => texts(g, `${path}[${i}]`));
}

function bilingual(value: unknown, path: string): Bilingual {
  const o = object(value, path);
  return { zh: text(o.zh, `${path}.zh`), en: text(o.en, `${path}.en`) };
}

function parseArea(value: unknown, path: string): Area {
  const o = object(value, path);
  return {
    id: text(o.id, `${path}.id`),
    zh: text(o.zh, `${path}.zh`),
    en: text(o.en, `${path}.en`),
    description: bilingual(o.description, `${path}.description`),
  };
}

function parseWeighted(value: unknown, path: string): WeightedTerm {
  const o = object(value, path);
  const term: WeightedTerm = { term: text(o.term, `${path}.term`), weight: number(o.weight, `${path}.weight`) };
  if (o.caseSensitive === true) term.caseSensitive = true;
  return term;
}

function parseTopic(value: unknown, path: string): Topic {
  const o = object(value, path);
  const topic: Topic = {
    id: text(o.id, `${path}.id`),
    area: text(o.area, `${path}.area`),
    zh: text(o.zh, `${path}.zh`),
    en: text(o.en, `${path}.en`),
    description: bilingual(o.description, `${path}.description`),
    strong: texts(o.strong, `${path}.strong`),
    aliases: texts(o.aliases, `${path}.aliases`),
    weak: texts(o.weak, `${path}.weak`),
  };
  if (o.parent !== undefined) topic.parent = text(o.parent, `${path}.parent`);
  if (o.leadsOnly !== undefined) {
    if (typeof o.leadsOnly !== 'boolean') throw new Error(`${path}.leadsOnly: expected true or false`);
    topic.leadsOnly = o.leadsOnly;
  }
  if (o.weighted !== undefined) {
    topic.weighted = array(o.weighted, `${path}.weighted`).map((w, i) => parseWeighted(w, `${path}.weighted[${i}]`));
  }
  return topic;
}

function parseAmbiguous(value: unknown, path: string): AmbiguousTerm {
  const o = object(value, path);
  const entry: AmbiguousTerm = {
    terms: texts(o.terms, `${path}.terms`),
    senses: array(o.senses, `${path}.senses`).map((s, i) => {
      const sense = object(s, `${path}.senses[${i}]`);
      return {
        topic: text(sense.topic, `${path}.senses[${i}].topic`),
        weight: number(sense.weight, `${path}.senses[${i}].weight`),
        when: texts(sense.when, `${path}.senses[${i}].when`),
      };
    }),
  };
  for (const field of ['default', 'fallback'] as const) {
    if (o[field] === undefined) continue;
    const d = object(o[field], `${path}.${field}`);
    entry[field] = { topic: text(d.topic, `${path}.${field}.topic`), weight: number(d.weight, `${path}.${field}.weight`) };
  }
  return entry;
}

function parseRule(value: unknown, path: string): Rule {
  const o = object(value, path);
  const all = groups(o.all, `${path}.all`);
  const mute =
    o.mute === undefined
      ? undefined
      : array(o.mute, `${path}.mute`).map((g, i) => {
          const index = number(g, `${path}.mute[${i}]`);
          if (!Number.isInteger(index) || index < 0 || index >= all.length) {
            throw new TaxonomyError(`${path}.mute[${i}]`, `no group ${index}`);
          }
          return index;
        });
  if (o.topic === undefined && mute === undefined) throw new TaxonomyError(`${path}.topic`, 'a rule needs a topic or mute');
  const rule: Rule = {
    name: text(o.name, `${path}.name`),
    weight: o.topic === undefined ? 0 : number(o.weight, `${path}.weight`),
    all,
  };
  if (o.topic !== undefined) rule.topic = text(o.topic, `${path}.topic`);
  if (o.consume === true) rule.consume = true;
  if (o.sole === true) {
    if (rule.topic === undefined) throw new TaxonomyError(`${path}.sole`, 'a sole rule needs a topic');
    rule.sole = true;
  }
  if (mute !== undefined) rule.mute = mute;
  return rule;
}

function parseKind(value: unknown, path: string): KindEntry {
  const o = object(value, path);
  const id = KIND_IDS.find((k) => k === o.id);
  if (id === undefined) throw new TaxonomyError(`${path}.id`, `unknown kind ${String(o.id)}`);
  const kind: KindEntry = { id, zh: text(o.zh, `${path}.zh`), en: text(o.en, `${path}.en`) };
  if (o.when !== undefined) kind.when = array(o.when, `${path}.when`).map((a, i) => groups(a, `${path}.when[${i}]`));
  return kind;
}

/** Checks every reference (areas of topics, parents, topics of senses and rules) as well as shapes. */
export function parseTaxonomy(value: unknown): Taxonomy {
  const o = object(value, '(root)');
  const coding = object(o.coding, 'coding');
  const taxonomy: Taxonomy = {
    version: number(o.version, 'version'),
    areas: array(o.areas, 'areas').map((a, i) => parseArea(a, `areas[${i}]`)),
    topics: array(o.topics, 'topics').map((t, i) => parseTopic(t, `topics[${i}]`)),
    ambiguous: array(o.ambiguous ?? [], 'ambiguous').map((a, i) => parseAmbiguous(a, `ambiguous[${i}]`)),
    rules: array(o.rules ?? [], 'rules').map((r, i) => parseRule(r, `rules[${i}]`)),
    neutral: texts(o.neutral, 'neutral'),
    coding: {
      cues: texts(coding.cues, 'coding.cues'),
      leadingCues: texts(coding.leadingCues, 'coding.leadingCues'),
      explainCues: texts(coding.explainCues, 'coding.explainCues'),
      problemMarkers: texts(coding.problemMarkers, 'coding.problemMarkers'),
    },
    followUpCues: texts(o.followUpCues, 'followUpCues'),
    kinds: array(o.kinds, 'kinds').map((k, i) => parseKind(k, `kinds[${i}]`)),
    rounds: array(o.rounds, 'rounds').map((r, i) => {
      const round = object(r, `rounds[${i}]`);
      return { id: text(round.id, `rounds[${i}].id`), zh: text(round.zh, `rounds[${i}].zh`) };
    }),
  };
  const areaIds = new Set(taxonomy.areas.map((a) => a.id));
  const topicIds = new Set<TopicId>();
  for (const topic of taxonomy.topics) {
    if (topicIds.has(topic.id)) throw new TaxonomyError(`topic ${topic.id}`, 'appears twice');
    topicIds.add(topic.id);
    if (!areaIds.has(topic.area)) throw new TaxonomyError(`topic ${topic.id}`, `unknown area ${topic.area}`);
  }
  const known = (topic: TopicId, where: string) => {
    if (!topicIds.has(topic)) throw new TaxonomyError(where, `unknown topic ${topic}`);
  };
  for (const topic of taxonomy.topics) if (topic.parent) known(topic.parent, `topic ${topic.id} parent`);
  taxonomy.ambiguous.forEach((a, i) => {
    a.senses.forEach((s) => known(s.topic, `ambiguous[${i}]`));
    if (a.default) known(a.default.topic, `ambiguous[${i}].default`);
    if (a.fallback) known(a.fallback.topic, `ambiguous[${i}].fallback`);
  });
  for (const rule of taxonomy.rules) if (rule.topic !== undefined) known(rule.topic, `rule ${rule.name}`);
  return taxonomy;
}

export const taxonomy: Taxonomy = parseTaxonomy(rawTaxonomy);

/** The topic tree (parents, areas), shared with the dashboard's names-only taxonomy. */
const tree = topicLookup(taxonomy.topics);
export const topicOf = tree.topicOf;

/** Contract topic and area of every topic, worked out once: the classifier asks per question. */
const CONTRACT_OF = new Map(taxonomy.topics.map((t) => [t.id, tree.contractTopicOf(t.id)]));
const AREA_OF = new Map(taxonomy.topics.map((t) => [t.id, tree.areaOf(t.id)]));

/** The contract topic a (possibly finer) topic rolls up to; unknown ids are returned unchanged. */
export function contractTopicOf(id: TopicId): TopicId {
  return CONTRACT_OF.get(id) ?? id;
}

/** The area of a topic (finer topics share their parent's area); undefined for unknown ids. */
export function areaOf(id: TopicId): AreaId | undefined {
  return AREA_OF.get(id);
}
