/**
 * Questions in the form the loading worker sends them to the page: one column of small integers
 * per field, every id and text end to end in one string, and tables of the strings and lists
 * that many questions share (post ids, sources, companies, rounds, kinds, topic and area lists,
 * evidence). Posted as 100,000 objects, the questions cost a structured clone of some two
 * million objects and strings on each side, and the page would keep its own copy of every
 * `company`, `round` and topic id; packed, the columns move as transferred buffers and the page
 * builds each question once, all of one shape, sharing the repeated strings and lists.
 */
import type { Question, TopicEvidence } from '../../loader/types';

/** The fields of a Question, in the order the page builds them (one hidden class for all). */
const FIELDS = [
  'id',
  'postId',
  'source',
  'postKind',
  'company',
  'round',
  'seq',
  'text',
  'kind',
  'topics',
  'areas',
  'leetcode',
  'evidence',
  'line',
] as const satisfies readonly (keyof Question)[];

// Column offsets within a question's run of `STRIDE` integers.
const POST = 0;
const SOURCE = 1;
const POST_KIND = 2;
const COMPANY = 3;
const ROUND = 4;
const SEQ = 5;
const KIND = 6;
const TOPICS = 7;
const AREAS = 8;
const LEETCODE = 9;
const EVIDENCE = 10;
const LINE = 11;
/** Where the question's id ends in `chars`; its text follows up to TEXT_END. */
const ID_END = 12;
const TEXT_END = 13;
const STRIDE = 14;

export interface PackedQuestions {
  readonly count: number;
  /** `count × 14` integers: indexes into the tables below, numbers, and offsets into `chars`. */
  readonly columns: Uint32Array;
  /** Every question's id then text, end to end. */
  readonly chars: string;
  /** The distinct short strings: post ids, sources, kinds, companies, rounds, topic and area ids. */
  readonly strings: string[];
  /** Distinct string lists (topics, areas): list l is `listItems[listStart[l] … listStart[l + 1])`. */
  readonly listStart: Uint32Array;
  readonly listItems: Uint32Array;
  /** The distinct LeetCode lists and evidence lists, as one JSON array of each. */
  readonly leetcode: string;
  readonly evidence: string;
}

/** Interns values by a string key: the same key always gets the same index. */
class Table<T> {
  private readonly index = new Map<string, number>();
  readonly values: T[] = [];
  add(key: string, value: T): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.values.length;
      this.index.set(key, at);
      this.values.push(value);
    }
    return at;
  }
}

const isUint32 = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
/** The loader builds every question alike: the first one's keys stand for all, counted for each. */
const knowsFieldsOf = (question: Question | undefined): boolean => {
  if (question === undefined) return true;
  const keys = Object.keys(question);
  return keys.length === FIELDS.length && FIELDS.every((field) => keys.includes(field));
};

/**
 * The questions packed, or undefined when some question does not fit the packed form (a field
 * this module does not know, a line number that is not a whole number): the caller then posts
 * the objects as they are.
 */
export function packQuestions(questions: readonly Question[]): PackedQuestions | undefined {
  const count = questions.length;
  const columns = new Uint32Array(count * STRIDE);
  const strings = new Table<string>();
  const lists = new Table<readonly string[]>();
  const leetcode = new Table<readonly number[]>();
  const evidence = new Table<readonly TopicEvidence[]>();
  const text: string[] = [];
  const string = (value: string): number => strings.add(value, value);
  const list = (values: readonly string[]): number => lists.add(values.join('\u0000'), values);
  if (!knowsFieldsOf(questions[0])) return undefined;
  let length = 0;
  for (let i = 0; i < count; i += 1) {
    const q = questions[i]!;
    let fields = 0;
    for (const key in q) if (Object.hasOwn(q, key)) fields += 1;
    if (fields !== FIELDS.length || !isUint32(q.seq) || !isUint32(q.line)) return undefined;
    const at = i * STRIDE;
    columns[at + POST] = string(q.postId);
    columns[at + SOURCE] = string(q.source);
    columns[at + POST_KIND] = string(q.postKind);
    columns[at + COMPANY] = string(q.company);
    columns[at + ROUND] = string(q.round);
    columns[at + SEQ] = q.seq;
    columns[at + KIND] = string(q.kind);
    columns[at + TOPICS] = list(q.topics);
    columns[at + AREAS] = list(q.areas);
    columns[at + LEETCODE] = leetcode.add(q.leetcode.join(','), q.leetcode);
    columns[at + EVIDENCE] = evidence.add(JSON.stringify(q.evidence), q.evidence);
    columns[at + LINE] = q.line;
    length += q.id.length;
    columns[at + ID_END] = length;
    length += q.text.length;
    columns[at + TEXT_END] = length;
    text.push(q.id, q.text);
  }
  const itemCount = lists.values.reduce((sum, values) => sum + values.length, 0);
  const listStart = new Uint32Array(lists.values.length + 1);
  const listItems = new Uint32Array(itemCount);
  let item = 0;
  lists.values.forEach((values, l) => {
    listStart[l] = item;
    for (const value of values) listItems[item++] = string(value);
  });
  listStart[lists.values.length] = item;
  return {
    count,
    columns,
    chars: text.join(''),
    strings: strings.values,
    listStart,
    listItems,
    leetcode: JSON.stringify(leetcode.values),
    evidence: JSON.stringify(evidence.values),
  };
}

/** The buffers `postMessage` can hand over instead of copying. */
export function transferablesOf(packed: PackedQuestions): ArrayBuffer[] {
  return [packed.columns.buffer, packed.listStart.buffer, packed.listItems.buffer].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
  );
}

/**
 * The questions again, equal to those packed. Questions share their repeated strings and their
 * topic, area, LeetCode and evidence lists: the lists are frozen, so nothing can change one
 * question's list through another.
 */
export function unpackQuestions(packed: PackedQuestions): Question[] {
  const { count, columns, chars, strings } = packed;
  const lists: string[][] = [];
  for (let l = 0; l + 1 < packed.listStart.length; l += 1) {
    const values: string[] = [];
    for (let x = packed.listStart[l]!; x < packed.listStart[l + 1]!; x += 1) values.push(strings[packed.listItems[x]!]!);
    lists.push(Object.freeze(values) as string[]);
  }
  const leetcode = (JSON.parse(packed.leetcode) as number[][]).map((values) => Object.freeze(values) as number[]);
  const evidence = (JSON.parse(packed.evidence) as TopicEvidence[][]).map((values) => deepFreeze(values));
  const stringAt = (at: number): string => strings[columns[at]!]!;
  const questions: Question[] = [];
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const at = i * STRIDE;
    const idEnd = columns[at + ID_END]!;
    const textEnd = columns[at + TEXT_END]!;
    questions.push({
      id: chars.slice(start, idEnd),
      postId: stringAt(at + POST),
      source: stringAt(at + SOURCE),
      postKind: stringAt(at + POST_KIND) as Question['postKind'],
      company: stringAt(at + COMPANY),
      round: stringAt(at + ROUND) as Question['round'],
      seq: columns[at + SEQ]!,
      text: chars.slice(idEnd, textEnd),
      kind: stringAt(at + KIND) as Question['kind'],
      topics: lists[columns[at + TOPICS]!]!,
      areas: lists[columns[at + AREAS]!]!,
      leetcode: leetcode[columns[at + LEETCODE]!]!,
      evidence: evidence[columns[at + EVIDENCE]!]!,
      line: columns[at + LINE]!,
    });
    start = textEnd;
  }
  return questions;
}

function deepFreeze(values: TopicEvidence[]): TopicEvidence[] {
  for (const entry of values) {
    Object.freeze(entry.terms);
    Object.freeze(entry);
  }
  return Object.freeze(values) as TopicEvidence[];
}
