/**
 * The loader as one visible pipeline per file:
 *   decode → unwrap (or parse CSV) → parse posts (segment, meta, kind, LeetCode) → classify
 * and a report that accounts for every non-blank input line.
 */
import { classifyRound, Readings, type Classification } from './classify';
import { isCsvName, parseCsv } from './csv-input';
import { decode } from './decode';
import { parsePost, type ParsedPost, type PostDraft } from './post';
import { QuestionRecord, type PostFacts } from './question-record';
import { SharedLabels } from './shared-labels';
import type { FileReport, InputFile, LineClass, LineCounts, LoadResult, Post, Question } from './types';
import { unwrap } from './unwrap';

export interface LoadOptions {
  /** Called after each file, for progress bars and long CLI runs. */
  onProgress?: (filesDone: number, filesTotal: number) => void;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function emptyCounts(): LineCounts {
  return { nonblank: 0, question: 0, heading: 0, prose: 0, tag: 0, noise: 0 };
}

/** Every non-blank line gets exactly one class; one no stage claimed is the author's prose. */
function countLines(text: string, classes: Map<number, LineClass>): LineCounts {
  const counts = emptyCounts();
  // Line by line without cutting the text up: a line is blank when no non-space character
  // starts before its end (what `line.trim() === ''` says).
  const nonSpace = /\S/g;
  let lineNo = 1;
  for (let start = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    nonSpace.lastIndex = start;
    const found = nonSpace.exec(text);
    if (found === null) break;
    if (found.index < end) {
      counts.nonblank++;
      counts[classes.get(lineNo) ?? 'prose']++;
      start = end + 1;
    } else {
      // Skip straight to the line holding the next non-space character.
      const skipTo = text.lastIndexOf('\n', found.index);
      for (let at = text.indexOf('\n', end + 1); at !== -1 && at <= skipTo; at = text.indexOf('\n', at + 1)) lineNo++;
      start = skipTo + 1;
    }
  }
  return counts;
}

function skipped(source: string, reason: string, lines = emptyCounts()): FileReport {
  return { source, status: 'skipped', reason, lines, posts: 0, questions: 0, warnings: [] };
}

/**
 * Topics need the neighbours of a question, so a post is classified one round at a time. Returns
 * each question's shared classification, in order; a question labelled in its input keeps its labels.
 */
function classifyPost(questions: Question[], labelled: Set<string>, readings: Readings, shared: SharedLabels): Classification[] {
  const classifications: (Classification | undefined)[] = questions.map(() => undefined);
  const rounds = new Map<string, number[]>();
  questions.forEach((q, index) => {
    if (labelled.has(q.id)) return;
    const group = rounds.get(q.round);
    if (group) group.push(index);
    else rounds.set(q.round, [index]);
  });
  for (const group of rounds.values()) {
    const results = classifyRound(
      group.map((index) => ({ text: questions[index]!.text, kind: questions[index]!.kind })),
      questions[group[0]!]?.postKind,
      readings,
    );
    group.forEach((index, i) => {
      const result = results[i];
      if (result) classifications[index] = result;
    });
  }
  return questions.map(
    (q, index) =>
      classifications[index] ?? shared.classification({ topics: q.topics, areas: q.areas, evidence: q.evidence, kind: q.kind }),
  );
}

function draftsOf(source: string, text: string, classes: Map<number, LineClass>) {
  if (isCsvName(source)) {
    const csv = parseCsv(text, source);
    for (const line of csv.headerLines) classes.set(line, 'heading');
    const drafts: PostDraft[] = csv.posts.map((p) => ({ ...p, imageTitle: '' }));
    return { drafts, warnings: csv.warnings, error: csv.error };
  }
  const unwrapped = unwrap(text);
  for (const n of unwrapped.noise) classes.set(n.no, 'noise');
  return { drafts: unwrapped.posts as PostDraft[], warnings: [], error: undefined };
}

/**
 * What a loader run remembers: the labels and texts it shares, and what it read of each distinct
 * question. Several runs may share one (the app's worker parses an import file by file), which
 * changes nothing in their output, only how often a question is read.
 */
export class LoadMemory {
  readonly shared = new SharedLabels();
  /** Classifications come out shared, so equal questions hold the same arrays. */
  readonly readings = new Readings((c) => this.shared.classification(c));
}

export class Loader {
  private readonly posts: Post[] = [];
  private readonly questions: Question[] = [];
  private readonly files: FileReport[] = [];
  private readonly seen = new Map<string, string>();
  private duplicatePosts = 0;
  private readonly shared: SharedLabels;
  private readonly readings: Readings;

  constructor(memory = new LoadMemory()) {
    this.shared = memory.shared;
    this.readings = memory.readings;
  }

  add(file: InputFile): FileReport {
    let report: FileReport;
    try {
      report = this.loadFile(file);
    } catch (error) {
      // A bug must cost one file, never the whole run: report it and go on.
      const source = baseName(file.name);
      report = skipped(source, `${source}: could not be read (${(error as Error).message})`);
    }
    this.files.push(report);
    return report;
  }

  /** Finished questions, kept as records that share what they have in common. */
  private keep(post: Post, questions: readonly Question[], classifications: readonly Classification[]): void {
    const facts: PostFacts = { postId: post.id, source: post.source, postKind: post.kind, company: post.company };
    questions.forEach((q, index) => {
      const labels = this.shared.labels(classifications[index]!, q.round, this.shared.leetcode(q.leetcode));
      this.questions.push(new QuestionRecord(q.text, q.seq, q.line, index + 1, facts, labels));
    });
  }

  result(): LoadResult {
    return {
      posts: this.posts,
      questions: this.questions,
      report: {
        files: this.files,
        posts: this.posts.length,
        questions: this.questions.length,
        duplicate_posts: this.duplicatePosts,
        unclassified_questions: this.questions.filter((q) => q.topics.length === 0).length,
      },
    };
  }

  private loadFile(file: InputFile): FileReport {
    const source = baseName(file.name);
    const decoded = decode(file.bytes);
    if (!decoded.ok) return skipped(source, `${source}: ${decoded.reason}`);

    const text = decoded.text;
    const classes = new Map<number, LineClass>();
    const { drafts, warnings, error } = draftsOf(source, text, classes);
    if (error) return skipped(source, `${source}: ${error}`, countLines(text, classes));

    const parsed = drafts
      .map((draft) => parsePost(draft, source))
      .filter((p): p is ParsedPost => p !== undefined);
    for (const p of parsed) for (const [no, cls] of p.lineClasses) classes.set(no, cls);
    const lines = countLines(text, classes);

    const fresh = parsed.filter((p) => {
      const earlier = this.seen.get(p.post.id);
      if (earlier === undefined) {
        this.seen.set(p.post.id, source);
        return true;
      }
      this.duplicatePosts++;
      warnings.push(`${source}: post “${p.post.title || p.questions[0]?.text.slice(0, 20)}” is already loaded from ${earlier}`);
      return false;
    });
    for (const p of fresh) {
      for (const q of p.questions) q.text = this.shared.text(q.text);
      const classifications = classifyPost(p.questions, p.labelled, this.readings, this.shared);
      this.posts.push(p.post);
      this.keep(p.post, p.questions, classifications);
    }
    const questions = fresh.reduce((sum, p) => sum + p.questions.length, 0);
    const report = (status: FileReport['status'], reason: string): FileReport => ({
      source,
      status,
      reason,
      lines,
      posts: fresh.length,
      questions,
      warnings,
    });
    if (parsed.length === 0) {
      const why = lines.noise === lines.nonblank ? 'every line is scraper or model noise' : 'no numbered or question-like lines';
      return report('skipped', `${source}: no interview questions found (${why})`);
    }
    if (fresh.length === 0) {
      return report('duplicate', `${source}: same post as ${this.seen.get(parsed[0]?.post.id ?? '') ?? 'an earlier file'}`);
    }
    return report('loaded', '');
  }
}

export function loadFiles(files: InputFile[], options: LoadOptions = {}): LoadResult {
  const loader = new Loader();
  files.forEach((file, index) => {
    loader.add(file);
    options.onProgress?.(index + 1, files.length);
  });
  return loader.result();
}
