/**
 * The loader's output for one input file loaded alone (what the parse cache keeps per file), and
 * how such outputs add up to exactly what one loader run over all the files gives.
 *
 * A run over several files differs from the files' separate runs in one way only: a post already
 * loaded from an earlier file is dropped as a duplicate (Loader's `seen`). So where no post id is
 * in two files, the run is the separate runs end to end: posts, questions and file reports in
 * order, the duplicate counts summed, the unclassified questions counted again. A file that does
 * share a post with earlier files is loaded again after just those files (the first file with
 * each shared post), which gives its report, posts and questions as the full run does, without
 * parsing everything.
 */
import { LoadMemory, Loader } from '../../loader';
import type { FileReport, InputFile, LoadReport, Post } from '../../loader/types';
import { checkPacked, concatPacked, countUnclassified, packQuestions, type PackedQuestions } from './packed-questions';

export interface FileParse {
  /** The file's report as a run of this file alone gives it. */
  report: FileReport;
  posts: Post[];
  questions: PackedQuestions;
  /** Posts dropped as repeats of an earlier post (of this file, when loaded alone). */
  duplicatePosts: number;
}

/** A whole run's output, its questions packed. */
export interface PackedLoad {
  posts: Post[];
  report: LoadReport;
  questions: PackedQuestions;
}

/**
 * The Loader catches whatever a file throws and reports it skipped with this reason; such a file
 * may have marked posts as seen before it threw, which its report does not show, so it is never
 * cached or composed (the caller loads everything in one run instead).
 */
const threw = (report: FileReport): boolean => report.status === 'skipped' && report.reason.includes(': could not be read (');

/** What `loader` adds when it loads `file` now, or undefined when that does not fit a FileParse. */
function addTo(loader: Loader, file: InputFile): FileParse | undefined {
  const before = loader.result();
  const posts = before.posts.length;
  const questions = before.questions.length;
  const duplicates = before.report.duplicate_posts;
  const report = loader.add(file);
  if (threw(report)) return undefined;
  const after = loader.result();
  const packed = packQuestions(after.questions.slice(questions));
  if (packed === undefined) return undefined;
  return { report, posts: after.posts.slice(posts), questions: packed, duplicatePosts: after.report.duplicate_posts - duplicates };
}

/**
 * The file loaded alone; undefined when its output cannot be cached (see `threw`, packQuestions).
 * `memory` may be shared by the files of one import, so a question asked in many files is read once.
 */
export function parseAlone(file: InputFile, memory = new LoadMemory()): FileParse | undefined {
  return addTo(new Loader(memory), file);
}

/**
 * The run over `files`, given each one's separate parse, or undefined when a file that needs
 * loading again does not fit a FileParse (the caller then loads everything in one run).
 */
export function composeParses(files: readonly InputFile[], parses: readonly FileParse[]): PackedLoad | undefined {
  const firstFile = new Map<string, number>();
  /** For a file with posts seen in earlier files: those files. */
  const sharedWith = new Map<number, Set<number>>();
  parses.forEach((parse, i) => {
    for (const post of parse.posts) {
      const first = firstFile.get(post.id);
      if (first === undefined) {
        firstFile.set(post.id, i);
      } else if (first !== i) {
        const earlier = sharedWith.get(i) ?? new Set<number>();
        earlier.add(first);
        sharedWith.set(i, earlier);
      }
    }
  });
  const parts: FileParse[] = [];
  for (let i = 0; i < parses.length; i += 1) {
    const earlier = sharedWith.get(i);
    if (earlier === undefined) {
      parts.push(parses[i]!);
      continue;
    }
    const loader = new Loader();
    for (const j of [...earlier].sort((a, b) => a - b)) loader.add(files[j]!);
    const part = addTo(loader, files[i]!);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  const posts = parts.flatMap((part) => part.posts);
  const questions = concatPacked(parts.map((part) => part.questions));
  return {
    posts,
    questions,
    report: {
      files: parts.map((part) => part.report),
      posts: posts.length,
      questions: questions.count,
      duplicate_posts: parts.reduce((sum, part) => sum + part.duplicatePosts, 0),
      unclassified_questions: countUnclassified(questions),
    },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

const LINE_KEYS = ['nonblank', 'question', 'heading', 'prose', 'tag', 'noise'] as const;
const REPORT_KEYS = ['source', 'status', 'reason', 'lines', 'posts', 'questions', 'warnings'] as const;
const POST_KEYS = ['id', 'source', 'title', 'kind', 'company', 'team', 'role', 'date', 'rounds', 'questionCount'] as const;

function isFileReport(value: unknown): value is FileReport {
  if (!isRecord(value) || !hasKeys(value, REPORT_KEYS)) return false;
  const { source, status, reason, lines, posts, questions, warnings } = value;
  return (
    isString(source) &&
    (status === 'loaded' || status === 'skipped' || status === 'duplicate') &&
    isString(reason) &&
    isRecord(lines) &&
    hasKeys(lines, LINE_KEYS) &&
    LINE_KEYS.every((key) => isCount(lines[key])) &&
    isCount(posts) &&
    isCount(questions) &&
    isStrings(warnings)
  );
}

function isPost(value: unknown): value is Post {
  if (!isRecord(value) || !hasKeys(value, POST_KEYS)) return false;
  const { rounds, questionCount, ...text } = value;
  return isStrings(rounds) && isCount(questionCount) && Object.values(text).every(isString);
}

/** A parse read back from the cache, if it is whole and consistent; undefined otherwise. */
export function checkFileParse(value: unknown): FileParse | undefined {
  if (!isRecord(value)) return undefined;
  const { report, posts, questions, duplicatePosts } = value;
  if (!isFileReport(report) || !Array.isArray(posts) || !posts.every(isPost) || !isCount(duplicatePosts)) return undefined;
  const packed = checkPacked(questions);
  if (packed === undefined || report.posts !== posts.length || report.questions !== packed.count) return undefined;
  return { report, posts, questions: packed, duplicatePosts };
}

const LOAD_REPORT_KEYS = ['files', 'posts', 'questions', 'duplicate_posts', 'unclassified_questions'] as const;

/** A whole load read back from the cache, if it is whole and consistent; undefined otherwise. */
export function checkPackedLoad(value: unknown): PackedLoad | undefined {
  if (!isRecord(value)) return undefined;
  const { report, posts } = value;
  const questions = checkPacked(value['questions']);
  if (questions === undefined || !Array.isArray(posts) || !posts.every(isPost)) return undefined;
  if (!isRecord(report) || !hasKeys(report, LOAD_REPORT_KEYS) || !Array.isArray(report['files']) || !report['files'].every(isFileReport)) return undefined;
  if (report['posts'] !== posts.length || report['questions'] !== questions.count || !isCount(report['duplicate_posts'])) return undefined;
  if (report['unclassified_questions'] !== countUnclassified(questions)) return undefined;
  return { posts, report: report as unknown as LoadReport, questions };
}
