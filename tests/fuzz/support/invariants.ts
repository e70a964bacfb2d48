/**
 * What must hold for any input the loader accepts, checked without trusting the loader's own
 * helpers: an independent count of non-blank lines, and the bookkeeping between report, posts and
 * questions. Each check returns problems as sentences, so a failing property names them all.
 */
import taxonomy from '../../../data/taxonomy.json';
import type { LoadResult, Question } from '../../../src/loader/types';

const TOPIC_IDS = new Set(taxonomy.topics.map((t) => t.id));
const AREA_IDS = new Set(taxonomy.areas.map((a) => a.id));
const ROUNDS = new Set(['1', '2', '3', '4', 'hr', 'final', 'unknown']);
const KINDS = new Set(['concept', 'derivation', 'coding', 'project', 'scenario', 'open', 'behavioral']);

/** Lines with anything but white space, line ends being \r\n, \r or \n (JS white space). */
export function nonblankLines(text: string): number {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (/\S/.test(line)) count++;
  return count;
}

function strict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text a reader would see in these bytes, or undefined for bytes that are not text: UTF-16
 * with a BOM, else UTF-8, else GB18030; NUL bytes outside UTF-16 mean binary.
 */
export function referenceText(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = strict(bytes.subarray(2), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    if (text !== undefined) return text;
  }
  if (bytes.includes(0)) return undefined;
  return strict(bytes, 'utf-8') ?? strict(bytes, 'gb18030');
}

export interface Input {
  name: string;
  bytes: Uint8Array;
}

/**
 * Known loader bugs the checks step around until they are fixed, each with the test that still
 * shows it. Set an entry to false once the loader is fixed.
 */
export const KNOWN_BUGS = {
  /**
   * Two identical posts in one file (two CSV rows, or posts between `=====` separators) are both
   * loaded, with the same post_id and question_ids: loader-bugs.test.ts "loads a post repeated
   * within one file once".
   */
  repeatedPostInOneFile: false,
  /**
   * A row of a question-level CSV (post_id and round columns) whose text cell is empty or
   * missing becomes a question with empty text: loader-bugs.test.ts "skips question rows
   * without text".
   */
  emptyQuestionFromCsvRow: false,
  /**
   * A question continued by lines of a code fence keeps the fence line's trailing white space
   * (`讲一下RoPE？\n```python\n  - `); questions.csv read back trims the cell, so the text
   * changes on a round trip: loader-bugs.test.ts "keeps a question's text through questions.csv".
   */
  trailingSpaceInQuestionText: false,
  /**
   * Zero-width characters inside a scraper line defeat the noise rules and key redaction, which
   * run before zero-width characters are removed: `\u200b已切换到新API密钥: A\u200bIzaSy…` under a
   * round header becomes a question whose text holds the key unredacted (the CSV read back then
   * redacts it): loader-bugs.test.ts "never lets a key through, zero-width characters or not".
   */
  zeroWidthDefeatsRedaction: false,
  /**
   * questions.csv holds the classifier's final kind; read back, that kind is the author's hint
   * for a second classification, and where it differs from the first hint (`场景题：如何设计一个
   * 智能客服系统？\n手撕MHA`: scenario, then coding) the topics change order or members, the
   * first topic included. Until fixed, the round trip does not compare topics and areas:
   * loader-bugs.test.ts "keeps a question's topics through questions.csv".
   */
  reclassifiedOnReload: false,
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** Inputs the round trip cannot pass while zeroWidthDefeatsRedaction stands. */
export function hitsZeroWidthKeyBug(text: string): boolean {
  return KNOWN_BUGS.zeroWidthDefeatsRedaction && text.split(/\r\n|\r|\n/).some((l) => ZERO_WIDTH.test(l) && /A\W*I\W*z\W*a|s\W*k\W*-/.test(l));
}

/** Keys as src/loader/rules/noise.ts redacts them. */
const KEY = /\b(?:AIza[0-9A-Za-z_\-]*|sk-[A-Za-z0-9_\-]{4,}|ghp_[A-Za-z0-9]{8,}|xox[abp]-[A-Za-z0-9-]{8,})(?:\.\.\.|…)?/g;

/** Text as a round trip through questions.csv may legitimately change it, given KNOWN_BUGS. */
function comparableText(text: string): string {
  let out = text;
  if (KNOWN_BUGS.trailingSpaceInQuestionText) out = out.trimEnd();
  if (KNOWN_BUGS.zeroWidthDefeatsRedaction) out = out.replace(KEY, '[redacted]');
  return out;
}

/** One post (and its questions) per id, when the repeats come from the same file. */
export function withoutSameFileRepeats(result: LoadResult): Pick<LoadResult, 'posts' | 'questions'> {
  const sourceOf = new Map<string, string>();
  const posts = result.posts.filter((p) => {
    const seen = sourceOf.get(p.id);
    if (seen === undefined) {
      sourceOf.set(p.id, p.source);
      return true;
    }
    return seen !== p.source;
  });
  const ids = new Set<string>();
  const questions = result.questions.filter((q) => {
    if (ids.has(q.id) && sourceOf.get(q.postId) === q.source) return false;
    ids.add(q.id);
    return true;
  });
  return { posts, questions };
}

/** Problems with one load of `inputs` (empty when everything adds up). */
export function problemsOf(result: LoadResult, inputs: Input[]): string[] {
  const problems: string[] = [];
  const { report } = result;
  const { posts, questions } = KNOWN_BUGS.repeatedPostInOneFile ? withoutSameFileRepeats(result) : result;
  if (report.files.length !== inputs.length) problems.push(`${inputs.length} inputs but ${report.files.length} file reports`);

  report.files.forEach((file, i) => {
    const { nonblank, question, heading, prose, tag, noise } = file.lines;
    const sum = question + heading + prose + tag + noise;
    if (sum !== nonblank) {
      problems.push(`${file.source}: line classes add up to ${sum}, nonblank is ${nonblank} (${JSON.stringify(file.lines)})`);
    }
    const input = inputs[i];
    const text = input ? referenceText(input.bytes) : undefined;
    if (file.status !== 'skipped' && text !== undefined && nonblank !== nonblankLines(text)) {
      problems.push(`${file.source}: report says ${nonblank} non-blank lines, the input has ${nonblankLines(text)}`);
    }
    if (file.status !== 'loaded' && file.reason.trim() === '') problems.push(`${file.source}: ${file.status} without a reason`);
    if (file.status === 'loaded' && file.questions > question && !/\.(csv|tsv)$/i.test(file.source)) {
      problems.push(`${file.source}: ${file.questions} questions from ${question} question lines`);
    }
  });

  // Counts compare with everything loaded, repeats included.
  const loaded = { posts: result.posts.length, questions: result.questions.length };
  if (report.posts !== loaded.posts) problems.push(`report.posts ${report.posts}, posts ${loaded.posts}`);
  if (report.questions !== loaded.questions) problems.push(`report.questions ${report.questions}, questions ${loaded.questions}`);
  const filePosts = report.files.reduce((s, f) => s + f.posts, 0);
  const fileQuestions = report.files.reduce((s, f) => s + f.questions, 0);
  if (filePosts !== loaded.posts) problems.push(`files report ${filePosts} posts, ${loaded.posts} loaded`);
  if (fileQuestions !== loaded.questions) problems.push(`files report ${fileQuestions} questions, ${loaded.questions} loaded`);
  const unclassified = result.questions.filter((q) => q.topics.length === 0).length;
  if (report.unclassified_questions !== unclassified) {
    problems.push(`report.unclassified_questions ${report.unclassified_questions}, counted ${unclassified}`);
  }

  const ids = new Set<string>();
  const byPost = new Map<string, Question[]>();
  for (const q of questions) {
    if (ids.has(q.id)) problems.push(`question id ${q.id} appears twice`);
    ids.add(q.id);
    const list = byPost.get(q.postId);
    if (list) list.push(q);
    else byPost.set(q.postId, [q]);
    const csv = /\.(csv|tsv)$/i.test(q.source);
    if (q.text.trim() === '' && !(csv && KNOWN_BUGS.emptyQuestionFromCsvRow)) problems.push(`question ${q.id} has empty text`);
    if (!ROUNDS.has(q.round)) problems.push(`question ${q.id} has round ${q.round}`);
    if (!KINDS.has(q.kind)) problems.push(`question ${q.id} has kind ${q.kind}`);
    for (const t of q.topics) if (!TOPIC_IDS.has(t)) problems.push(`question ${q.id} has unknown topic ${t}`);
    for (const a of q.areas) if (!AREA_IDS.has(a)) problems.push(`question ${q.id} has unknown area ${a}`);
    for (const n of q.leetcode) if (!Number.isInteger(n) || n < 1) problems.push(`question ${q.id} has LeetCode number ${n}`);
  }
  const postIds = new Set<string>();
  for (const p of posts) {
    if (postIds.has(p.id)) problems.push(`post id ${p.id} appears twice`);
    postIds.add(p.id);
    const own = byPost.get(p.id) ?? [];
    if (p.questionCount !== own.length) problems.push(`post ${p.id} says ${p.questionCount} questions, has ${own.length}`);
    const seqs = new Map<string, number>();
    for (const q of own) {
      const expected = (seqs.get(q.round) ?? 0) + 1;
      if (q.seq !== expected) problems.push(`question ${q.id}: seq ${q.seq} in round ${q.round}, expected ${expected}`);
      seqs.set(q.round, expected);
    }
  }
  for (const postId of byPost.keys()) if (!postIds.has(postId)) problems.push(`questions of post ${postId}, which is not loaded`);
  return problems;
}

/** The fields a question keeps when it goes through questions.csv and back. */
export function portable(q: Question) {
  return {
    id: q.id,
    postId: q.postId,
    postKind: q.postKind,
    company: q.company,
    round: q.round,
    seq: q.seq,
    text: comparableText(q.text),
    kind: q.kind,
    topics: KNOWN_BUGS.reclassifiedOnReload ? '(not compared)' : q.topics.join(';'),
    areas: KNOWN_BUGS.reclassifiedOnReload ? '(not compared)' : q.areas.join(';'),
    leetcode: q.leetcode.join(';'),
  };
}
