/**
 * One raw post → a Post and its questions (before topic classification): segments the author's
 * text and the OCR text, merges a question that appears in both, reads the post's metadata,
 * and numbers questions within their rounds.
 */
import { areaOf } from './classify';
import { companyIdOf } from './companies';
import type { CsvPost } from './csv-input';
import { kindOf } from './kind';
import { leetcodeNumbers } from './leetcode';
import { dateOf, declaresNoInterview, metaOf, postKindOf, titledAsGuide } from './meta';
import { roundsNamed } from './rules/rounds';
import { looksLikeQuestion } from './question-shape';
import { segment, type Item } from './segment';
import { questionId } from './question-record';
import { hash53, normalizeKey, ownCopy } from './text';
import type { AreaId, LineClass, Post, Question, RoundId, TopicId } from './types';
import type { RawPost } from './unwrap';

export interface ParsedPost {
  post: Post;
  questions: Question[];
  lineClasses: Map<number, LineClass>;
  /** Ids of questions whose topics came with them (a questions.csv read back). */
  labelled: Set<string>;
}

export type PostDraft = RawPost & { fields?: CsvPost['fields']; questions?: CsvPost['questions'] };

/** An OCR item repeats a body item when one's normalised text contains the other's, or shortens it. */
function repeats(key: string, body: Set<string>, bodyKeys: string[]): boolean {
  if (key.length === 0 || body.has(key)) return true;
  if (key.length >= 6 && bodyKeys.some((b) => b.length >= 6 && (b.includes(key) || key.includes(b)))) return true;
  return bodyKeys.some((b) => shortens(key, b));
}

/** How much shorter a note must be than the question it stands for. */
const NOTE_LENGTH_SHARE = 0.7;
/** The share of a note's character pairs its question must hold. */
const NOTE_PAIR_SHARE = 0.55;

/**
 * A handwritten note in a post's image shortens the question the body wrote out (`MoBA vs NSA` for
 * `Kimi的MoBA讲一下，和DeepSeek的NSA有什么异同`): it is much shorter, and most of its adjacent
 * character pairs occur in the question. A different question of similar words is not shorter.
 */
function shortens(note: string, question: string): boolean {
  if (note.length < 3 || note.length > question.length * NOTE_LENGTH_SHARE) return false;
  let held = 0;
  for (let i = 0; i + 1 < note.length; i++) if (question.includes(note.slice(i, i + 2))) held++;
  return held >= (note.length - 1) * NOTE_PAIR_SHARE;
}

function itemsOf(draft: PostDraft) {
  if (draft.questions) {
    const items: Item[] = draft.questions.map((q) => ({
      round: q.round,
      text: q.text,
      lines: [q.line],
      kindHint: q.kind,
      origin: 'body',
      ...(q.labels ? { labels: q.labels } : {}),
    }));
    const lineClasses = new Map<number, LineClass>(draft.lines.map((l) => [l.no, 'question']));
    const keys = items.map((i) => normalizeKey(i.text));
    return { items, keys, lineClasses, title: '', headers: [], hashtags: [], prose: [] };
  }
  const body = segment(draft.lines.filter((l) => l.origin === 'body'));
  // Text in the post's images usually continues where the body left off (二面的题在图里👇).
  const lastRound = body.items.at(-1)?.round ?? body.headers.at(-1)?.round ?? 'unknown';
  const ocr = segment(
    draft.lines.filter((l) => l.origin === 'ocr'),
    { allowTitle: false, startRound: body.headers.at(-1)?.round ?? lastRound },
  );
  // Each item's key is computed once: for merging here and for the post's identity later.
  const bodyKeys = body.items.map((i) => normalizeKey(i.text));
  const bodySet = new Set(bodyKeys);
  const items = [...body.items];
  const keys = [...bodyKeys];
  for (const item of ocr.items) {
    const key = normalizeKey(item.text);
    if (repeats(key, bodySet, bodyKeys)) continue;
    items.push(item);
    keys.push(key);
  }
  // A title such as `字节 飞书 一面` (a CSV column or the image folder) names the round of a
  // post whose body has no header.
  const titleRounds = roundsNamed([draft.fields?.title, draft.imageTitle].filter(Boolean).join(' '));
  const titleRound = titleRounds.length === 1 ? titleRounds[0] : undefined;
  if (titleRound && body.headers.length === 0) {
    for (const item of items) if (item.round === 'unknown') item.round = titleRound;
  }
  return {
    items,
    keys,
    lineClasses: ocr.lineClasses.size === 0 ? body.lineClasses : new Map([...body.lineClasses, ...ocr.lineClasses]),
    title: body.title || ocr.title,
    headers: [...body.headers, ...ocr.headers].map((h) => h.text),
    hashtags: [...body.hashtags, ...ocr.hashtags],
    prose: [...body.prose, ...ocr.prose],
  };
}

function areasOf(topics: TopicId[]): AreaId[] {
  return [...new Set(topics.flatMap((t) => areaOf(t) ?? []))];
}

function roundsInOrder(items: Item[]): RoundId[] {
  return [...new Set(items.map((i) => i.round))];
}

/** Whether more than half the items look like questions. */
function mostLookLikeQuestions(items: Item[]): boolean {
  let questionLike = 0;
  for (const item of items) {
    // Once more than half are, the items left cannot change the answer.
    if (looksLikeQuestion(item.text) && ++questionLike * 2 > items.length) return true;
  }
  return false;
}

export function parsePost(draft: PostDraft, source: string): ParsedPost | undefined {
  const { items, keys, lineClasses, title, headers, hashtags, prose } = itemsOf(draft);
  const fields = draft.fields ?? {};
  const titles = [fields.title, draft.imageTitle, title].filter((t): t is string => Boolean(t));
  const meta = metaOf({ titles, headers, hashtags, prose });
  if (fields.company) meta.company = companyIdOf(fields.company);
  if (fields.team) meta.team = fields.team;
  if (fields.role) meta.role = fields.role;
  if (fields.date) meta.date = dateOf([fields.date], []);

  if (items.length === 0) return undefined;
  // Mistaking an interview for a guide would hide all its questions; most items asking
  // something is an interview whatever advice words its author adds.
  const allText = () => [...titles, ...prose, ...items.map((i) => i.text)].join('\n');
  // An author who says it is no 面经, or titles a bank of questions, is believed whatever its items
  // ask, unless it names rounds.
  // A checklist's `Behavioral / HR` section names no round of an interview that took place.
  const numberedRounds = items.some((i) => i.round !== 'unknown' && i.round !== 'hr');
  const declaredGuide =
    (headers.length === 0 && declaresNoInterview([...titles, ...prose])) || (!numberedRounds && titledAsGuide(titles));
  const kind =
    fields.postKind ??
    (declaredGuide ? 'guide' : mostLookLikeQuestions(items) ? 'interview' : postKindOf(allText(), headers.length, titles));

  // A guide was written for no one interview: the companies it names are examples (unless a CSV column says).
  const company = kind === 'guide' && !fields.company ? 'unknown' : meta.company;
  const identity = items.map((i, index) => `${i.round}:${keys[index]}`).join('|');
  const postId = hash53(identity);
  const seqByRound = new Map<RoundId, number>();
  const questions: Question[] = items.map((item, index) => {
    const seq = (seqByRound.get(item.round) ?? 0) + 1;
    seqByRound.set(item.round, seq);
    const leetcode = leetcodeNumbers(item.text, item.kindHint === 'coding');
    return {
      id: questionId(postId, index + 1),
      postId,
      source,
      postKind: kind,
      company,
      round: item.round,
      seq,
      // The loader keeps one copy of each distinct text (SharedLabels.text); this draft is short-lived.
      text: item.text.trimEnd(),
      kind: kindOf(item.text, item.kindHint, leetcode, item.defaultKind),
      topics: item.labels?.topics ?? [],
      areas: item.labels ? areasOf(item.labels.topics) : [],
      leetcode,
      evidence: item.labels?.evidence ?? [],
      line: item.lines[0] ?? 0,
    };
  });
  const labelled = new Set(questions.filter((_, i) => items[i]?.labels).map((q) => q.id));
  const post: Post = {
    id: postId,
    source,
    title: ownCopy(titles[0] ?? ''),
    kind,
    company,
    team: company === meta.company ? ownCopy(meta.team) : '',
    role: ownCopy(meta.role),
    date: meta.date,
    rounds: kind === 'guide' ? [] : roundsInOrder(items),
    questionCount: questions.length,
  };
  return { post, questions, lineClasses, labelled };
}
