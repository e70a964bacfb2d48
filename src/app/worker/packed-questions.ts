/**
 * Questions in the form the loading worker sends them to the page: one column of small integers
 * per field, every id and text end to end in one string, and tables of the strings and lists
 * that many questions share (post ids, sources, companies, rounds, kinds, topic and area lists,
 * evidence). Posted as 100,000 objects, the questions cost a structured clone of some two
 * million objects and strings on each side, and the page would keep its own copy of every
 * `company`, `round` and topic id; packed, the columns move as transferred buffers and the page
 * builds each question once, all of one shape, sharing the repeated strings and lists.
 */
import { QuestionRecord } from '../../loader/question-record';
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
/** Columns holding an index into `strings`. */
const STRING_FIELDS = [POST, SOURCE, POST_KIND, COMPANY, ROUND, KIND];

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
/**
 * Whether the packed form holds all of a question: a loader record (QuestionRecord) has exactly
 * the fields of a Question; a plain object must have no field this module does not know.
 */
const knowsFieldsOf = (question: Question): boolean => {
  if (question instanceof QuestionRecord) return true;
  let fields = 0;
  for (const key in question) if (Object.hasOwn(question, key)) fields += 1;
  return fields === FIELDS.length && FIELDS.every((field) => Object.hasOwn(question, field));
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
  let length = 0;
  for (let i = 0; i < count; i += 1) {
    const q = questions[i]!;
    if (!knowsFieldsOf(q) || !isUint32(q.seq) || !isUint32(q.line)) return undefined;
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

/**
 * Several packed sets as one, in order: what loading files one by one and then together gives
 * (file-parse.ts). Shared strings and lists are shared across the sets too. The result has
 * buffers of its own, so the parts stay usable after it is transferred.
 */
export function concatPacked(parts: readonly PackedQuestions[]): PackedQuestions {
  const count = parts.reduce((sum, part) => sum + part.count, 0);
  const columns = new Uint32Array(count * STRIDE);
  const strings = new Table<string>();
  const lists = new Table<readonly number[]>();
  const leetcode = new Table<readonly number[]>();
  const evidence = new Table<readonly TopicEvidence[]>();
  const chars: string[] = [];
  let row = 0;
  let offset = 0;
  for (const part of parts) {
    const stringAt = part.strings.map((value) => strings.add(value, value));
    const listAt: number[] = [];
    for (let l = 0; l + 1 < part.listStart.length; l += 1) {
      const items = Array.from(part.listItems.subarray(part.listStart[l], part.listStart[l + 1]), (at) => stringAt[at]!);
      listAt.push(lists.add(items.join(','), items));
    }
    const leetcodeAt = (JSON.parse(part.leetcode) as number[][]).map((values) => leetcode.add(values.join(','), values));
    const evidenceAt = (JSON.parse(part.evidence) as TopicEvidence[][]).map((values) => evidence.add(JSON.stringify(values), values));
    const remap: (readonly number[] | undefined)[] = [];
    for (const field of STRING_FIELDS) remap[field] = stringAt;
    remap[TOPICS] = remap[AREAS] = listAt;
    remap[LEETCODE] = leetcodeAt;
    remap[EVIDENCE] = evidenceAt;
    const base = row * STRIDE;
    for (let x = 0; x < part.count * STRIDE; x += 1) {
      const field = x % STRIDE;
      const value = part.columns[x]!;
      columns[base + x] = field >= ID_END ? offset + value : (remap[field]?.[value] ?? value);
    }
    row += part.count;
    offset += part.chars.length;
    chars.push(part.chars);
  }
  const itemCount = lists.values.reduce((sum, values) => sum + values.length, 0);
  const listStart = new Uint32Array(lists.values.length + 1);
  const listItems = new Uint32Array(itemCount);
  let item = 0;
  lists.values.forEach((values, l) => {
    listStart[l] = item;
    listItems.set(values, item);
    item += values.length;
  });
  listStart[lists.values.length] = item;
  return {
    count,
    columns,
    chars: chars.join(''),
    strings: strings.values,
    listStart,
    listItems,
    leetcode: JSON.stringify(leetcode.values),
    evidence: JSON.stringify(evidence.values),
  };
}

/** Each question's text, in order, without building the questions. */
export function textsOf(packed: PackedQuestions): string[] {
  const texts: string[] = [];
  for (let i = 0; i < packed.count; i += 1) {
    const at = i * STRIDE;
    texts.push(packed.chars.slice(packed.columns[at + ID_END], packed.columns[at + TEXT_END]));
  }
  return texts;
}

/** Questions without a topic (shown as 未分类), as the loader's report counts them. */
export function countUnclassified(packed: PackedQuestions): number {
  let unclassified = 0;
  for (let i = 0; i < packed.count; i += 1) {
    const l = packed.columns[i * STRIDE + TOPICS]!;
    if (packed.listStart[l] === packed.listStart[l + 1]) unclassified += 1;
  }
  return unclassified;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

const isEvidenceList = (value: unknown): value is TopicEvidence[] =>
  Array.isArray(value) &&
  value.every((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const keys = Object.keys(entry);
    const { topic, terms } = entry as Record<string, unknown>;
    return keys.length === 2 && typeof topic === 'string' && isStringArray(terms);
  });

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * The value as packed questions that unpack without a hole, or undefined: every table index in
 * range, every text offset in order and within `chars`. For packed sets read back from storage.
 */
export function checkPacked(value: unknown): PackedQuestions | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { count, columns, chars, strings, listStart, listItems, leetcode, evidence } = value as Record<string, unknown>;
  if (typeof count !== 'number' || !isUint32(count) || typeof chars !== 'string' || !isStringArray(strings)) return undefined;
  if (typeof leetcode !== 'string' || typeof evidence !== 'string') return undefined;
  if (!(columns instanceof Uint32Array) || columns.length !== count * STRIDE) return undefined;
  if (!(listStart instanceof Uint32Array) || !(listItems instanceof Uint32Array) || listStart.length === 0) return undefined;
  if (listStart[0] !== 0 || listStart[listStart.length - 1] !== listItems.length) return undefined;
  for (let l = 1; l < listStart.length; l += 1) if (listStart[l]! < listStart[l - 1]!) return undefined;
  for (const at of listItems) if (at >= strings.length) return undefined;
  const leetcodeLists = parseJson(leetcode);
  const evidenceLists = parseJson(evidence);
  if (!Array.isArray(leetcodeLists) || !leetcodeLists.every((values) => Array.isArray(values) && values.every(Number.isFinite))) return undefined;
  if (!Array.isArray(evidenceLists) || !evidenceLists.every(isEvidenceList)) return undefined;
  const limit: number[] = [];
  for (const field of STRING_FIELDS) limit[field] = strings.length;
  limit[TOPICS] = limit[AREAS] = listStart.length - 1;
  limit[LEETCODE] = leetcodeLists.length;
  limit[EVIDENCE] = evidenceLists.length;
  let end = 0;
  for (let x = 0; x < columns.length; x += 1) {
    const field = x % STRIDE;
    const value = columns[x]!;
    if (value >= (limit[field] ?? Infinity)) return undefined;
    // Offsets: each id ends at or after the text before it, each text at or after its id.
    if (field >= ID_END) {
      if (value < end) return undefined;
      end = value;
    }
  }
  if (end !== chars.length) return undefined;
  return { count, columns, chars, strings, listStart, listItems, leetcode, evidence };
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
