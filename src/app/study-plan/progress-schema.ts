/**
 * The progress file: what is kept in localStorage and what export/import moves between machines.
 * Anything read back (storage edited by hand, a file from elsewhere, an older app) is checked
 * field by field; a problem is named, never thrown at the user.
 */
import type { Mark, ProgressMarks, QuestionMark } from '../../analysis/plan';

export const PROGRESS_FORMAT = 'mianjing-radar/study-progress';
export const PROGRESS_VERSION = 1;

export interface ProgressFile extends ProgressMarks {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Far beyond any real plan; stops a huge or hostile file from freezing the page. */
const MAX_ENTRIES = 20_000;
const MAX_TEXT = 2_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMark = (value: unknown): value is Mark => value === 'mastered' || value === 'review';

const describe = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

function parseTopics(value: unknown): Parsed<Record<string, Mark>> {
  if (!isRecord(value)) return { ok: false, problem: '"topics" is not an object' };
  const entries = Object.entries(value);
  if (entries.length > MAX_ENTRIES) return { ok: false, problem: `"topics" has more than ${MAX_ENTRIES} entries` };
  const topics: [string, Mark][] = [];
  for (const [topic, mark] of entries) {
    if (topic.length === 0 || topic.length > MAX_TEXT) return { ok: false, problem: 'a topic id is empty or too long' };
    if (!isMark(mark)) return { ok: false, problem: `topics["${topic}"] is ${describe(mark)}, not "mastered" or "review"` };
    topics.push([topic, mark]);
  }
  // fromEntries defines keys as data, so a "__proto__" key stays a key and changes no prototype.
  return { ok: true, value: Object.fromEntries(topics) };
}

function parseQuestionMark(key: string, value: unknown): Parsed<QuestionMark> {
  if (!isRecord(value)) return { ok: false, problem: `questions["${key}"] is not an object` };
  const { status, text } = value;
  if (!isMark(status)) return { ok: false, problem: `questions["${key}"].status is ${describe(status)}` };
  if (typeof text !== 'string' || text.length > MAX_TEXT) {
    return { ok: false, problem: `questions["${key}"].text is not a string of at most ${MAX_TEXT} characters` };
  }
  return { ok: true, value: { status, text } };
}

function parseQuestions(value: unknown): Parsed<Record<string, QuestionMark>> {
  if (!isRecord(value)) return { ok: false, problem: '"questions" is not an object' };
  const entries = Object.entries(value);
  if (entries.length > MAX_ENTRIES) return { ok: false, problem: `"questions" has more than ${MAX_ENTRIES} entries` };
  const questions: [string, QuestionMark][] = [];
  for (const [key, raw] of entries) {
    if (key.length === 0 || key.length > MAX_TEXT) return { ok: false, problem: 'a question key is empty or too long' };
    const mark = parseQuestionMark(key, raw);
    if (!mark.ok) return mark;
    questions.push([key, mark.value]);
  }
  return { ok: true, value: Object.fromEntries(questions) };
}

/** Checks a parsed JSON value against the progress format. */
export function parseProgress(value: unknown): Parsed<ProgressFile> {
  if (!isRecord(value)) return { ok: false, problem: 'not a JSON object' };
  if (value.format !== PROGRESS_FORMAT) return { ok: false, problem: `"format" is not "${PROGRESS_FORMAT}"` };
  if (value.version !== PROGRESS_VERSION) {
    return { ok: false, problem: `"version" is ${describe(value.version)}; this app reads version ${PROGRESS_VERSION}` };
  }
  const topics = parseTopics(value.topics);
  if (!topics.ok) return topics;
  const questions = parseQuestions(value.questions);
  if (!questions.ok) return questions;
  return {
    ok: true,
    value: { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, topics: topics.value, questions: questions.value },
  };
}

/** Parses JSON text, then checks it; bad JSON is a problem like any other. */
export function parseProgressText(text: string): Parsed<ProgressFile> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
  return parseProgress(value);
}

export function toProgressFile(progress: ProgressMarks): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, topics: progress.topics, questions: progress.questions };
}

export const EMPTY_PROGRESS: ProgressFile = toProgressFile({ topics: {}, questions: {} });
