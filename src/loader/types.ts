/**
 * The loader's domain types: what goes in (files), what comes out (posts, questions, a report).
 * Every other folder (analysis, app, cli) depends on these and on nothing else inside src/loader.
 */

/** Round ids of the taxonomy contract: 一面…四面, HR面, 终面/主管面/交叉面/加面, and none stated. */
export type RoundId = '1' | '2' | '3' | '4' | 'hr' | 'final' | 'unknown';

/** What kind of answer a question asks for. */
export type KindId = 'concept' | 'derivation' | 'coding' | 'project' | 'scenario' | 'open' | 'behavioral';

/** `guide` is study advice that records no interview; its items are still rows. */
export type PostKind = 'interview' | 'guide';

/** Ids of data/taxonomy.json (contract ids and finer topics that name a contract `parent`). */
export type TopicId = string;
export type AreaId = string;
/** A company id of data/companies.json, another lowercase slug, or `unknown`. */
export type CompanyId = string;

/** Every non-blank input line is exactly one of these. */
export type LineClass = 'question' | 'heading' | 'prose' | 'tag' | 'noise';

export interface InputFile {
  /** File name as the user knows it; folders are dropped for the `source` column. */
  name: string;
  bytes: Uint8Array;
}

/** Why a topic was given: the aliases (or a rule name such as `context:neighbours`) that matched. */
export interface TopicEvidence {
  topic: TopicId;
  terms: string[];
}

export interface Question {
  id: string;
  postId: string;
  source: string;
  postKind: PostKind;
  company: CompanyId;
  round: RoundId;
  /** Position within its round, from 1. */
  seq: number;
  /** As written, numbering and prefixes such as `八股：` removed. */
  text: string;
  kind: KindId;
  /** Most relevant first; empty when unclassified (shown as 未分类). */
  topics: TopicId[];
  areas: AreaId[];
  leetcode: number[];
  evidence: TopicEvidence[];
  /** 1-based line in the source file where the question starts. */
  line: number;
}

export interface Post {
  id: string;
  source: string;
  title: string;
  kind: PostKind;
  company: CompanyId;
  team: string;
  role: string;
  /** `YYYY-MM-DD`, `MM-DD`, or empty. */
  date: string;
  rounds: RoundId[];
  questionCount: number;
}

export type LineCounts = Record<'nonblank' | LineClass, number>;

export interface FileReport {
  source: string;
  status: 'loaded' | 'skipped' | 'duplicate';
  /** Empty when loaded; otherwise a sentence a user understands, naming the file (and line). */
  reason: string;
  lines: LineCounts;
  posts: number;
  questions: number;
  /** Problems that did not stop the file, as `file:line: message`. */
  warnings: string[];
}

export interface LoadReport {
  files: FileReport[];
  posts: number;
  questions: number;
  duplicate_posts: number;
  unclassified_questions: number;
}

export interface LoadResult {
  posts: Post[];
  questions: Question[];
  report: LoadReport;
}
