/**
 * Stage 3: a raw post's lines → title, round headers and question items, every line classed as
 * question, heading, prose or tag. Behaviour lives in the rule tables under ./rules; this file
 * walks them in order: tag → round header → title → kind section → numbered item → prefixed item
 * → prose → question cue → continuation → prose.
 */
import {
  BRACKETED_ASIDE,
  COMMENT_CUE,
  HASHTAG,
  MAX_QUESTION_LENGTH,
  META_LINE,
  PROSE_START,
  QUESTION_START,
  TITLE_CUE,
  TITLE_ONLY_CUE,
} from './rules/lines';
import { BRACKETED_KIND_PREFIX, KIND_PREFIX_PATTERN, KIND_SECTION_PATTERN, kindOfPrefix } from './rules/kinds';
import { ANSWER_MARKER, inlineList, stripNumbering } from './rules/numbering';
import {
  MAX_HEADER_CORE,
  NUMBERED_ROUND_OF_A_KIND,
  SENTENCE_AFTER_ROUND,
  SENTENCE_BEFORE_ROUND,
  STORY_AFTER_ROUND,
  headerLength,
  roundOf,
  roundsNamed,
} from './rules/rounds';
import {
  ADVICE_HEADING,
  ANSWER_OPENING,
  ASKING_BACK,
  COMMENT_HEADING,
  FOLLOW_UP_LABEL,
  FOLLOW_UP_LINE,
  OUTCOME,
  STRUCK_OUT,
} from './rules/sections';
import { endsWithColon, isBareQuestion, isToldQuestion, looksLikeQuestion, quotedQuestionsIn, toldQuestionsIn } from './question-shape';
import { foldWidth, leadingIndent, stripZeroWidth } from './text';
import type { KindId, LineClass, RoundId } from './types';
import type { SourceLine } from './unwrap';

export interface Item {
  round: RoundId;
  text: string;
  /** Line numbers of the item (a question may continue over indented lines). */
  lines: number[];
  /** The kind an explicit prefix or section named (八股：/项目：/代码题：). */
  kindHint: KindId | undefined;
  /** The kind of a question with no cue of its own, where its round is said to dig into projects. */
  defaultKind?: KindId;
  origin: SourceLine['origin'];
  /** Topics a questions.csv row already carries: kept, not classified again. */
  labels?: { topics: string[]; evidence: Array<{ topic: string; terms: string[] }> };
}

export interface RoundHeader {
  round: RoundId;
  /** The header as written, without decoration: `抖音一面` names the team. */
  text: string;
  line: number;
}

export interface Segmented {
  title: string;
  items: Item[];
  headers: RoundHeader[];
  hashtags: string[];
  /** Lines of prose, for the post's date and company. */
  prose: string[];
  lineClasses: Map<number, LineClass>;
}

const DECORATION = /[【】[\]「」『』*#_~`=]/g;
const NOTE = /[（(][^（()）]*[)）]/g;
const DURATION = /(?<![\d.])\d{1,4}(?:\.\d{1,2})?\s{0,3}(?:min(?:s|utes)?|分钟|mins?|h|小时|hour)s?(?![a-z])/gi;
/** `9.12 下午 技术面`: when in the day, beside a date, says nothing about the round. */
const TIME_OF_DAY = /上午|下午|晚上|早上|中午|傍晚|凌晨/g;
const DATE_NOISE = /\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,2})?/g;
const FENCE = /^\s*(```|~~~)/;
/** Kind words that never stand for a question themselves (项目 alone may mean 聊项目). */
const ALWAYS_SECTION = new Set(['八股', '八股文', '基础', '基础知识', '理论', '知识点', '代码', '代码题', '手撕', '手撕代码', '算法题', '编程题', '场景题', '开放题', '开放问题']);

const CODING_HEADER = /coding|代码|手撕|算法题|编程/i;
/** `二面（项目深挖）`, `全程基本围着简历项目问`: a round spent on the candidate's own work. */
const PROJECT_ROUND = /项目深挖|深挖项目|拷打项目|项目拷打|围着.{0,6}(?:项目|简历)|全程.{0,4}(?:项目|简历)|主要(?:在)?(?:问|聊|挖)(?:了)?.{0,2}(?:项目|简历)|(?:聊|问)项目为主|基本都是项目|纯项目|项目面|project deep[- ]?dive/i;

const TABLE_ROW = /^\|(.*)\|$/;
const TABLE_RULE_CELL = /^:?-{2,}:?$/;
const TABLE_HEADER_CELL = /^(?:轮次|轮|面试轮次|问题|题目|问题描述|备注|类型|分类|时间|日期|时长|形式|方式|地点|结果|面试官|round|question|questions|notes?|type|date|time|duration|format|result)$/i;
/** A table header's columns of questions and of rounds. */
const TABLE_QUESTION_COLUMN = /问题|题目|考点|question/i;
const TABLE_ROUND_COLUMN = /^(?:轮次|轮|面试轮次|round)$/i;

interface TableColumns {
  /** Index of the column of rounds, or -1. */
  round: number;
  /** Index of the column of questions, or -1 for a table that lists no questions (a timeline). */
  question: number;
}

function tableColumns(header: string): TableColumns {
  const cells = (TABLE_ROW.exec(header)?.[1] ?? '').split('|').map((cell) => cell.trim());
  return { round: cells.findIndex((cell) => TABLE_ROUND_COLUMN.test(cell)), question: cells.findIndex((cell) => TABLE_QUESTION_COLUMN.test(cell)) };
}

/**
 * A Markdown table row of questions (`| 一面 | 讲讲 RoPE |`) as the line it stands for
 * (`一面：讲讲 RoPE`, a header with its item), or 'rule' / 'header' for the table's own rows.
 */
function tableRow(text: string, columns?: TableColumns): string | 'rule' | 'header' | undefined {
  const row = TABLE_ROW.exec(text);
  if (!row) return undefined;
  const cells = (row[1] ?? '').split('|').map((cell) => cell.trim());
  if (cells.every((cell) => TABLE_RULE_CELL.test(cell))) return 'rule';
  if (cells.every((cell) => cell === '' || TABLE_HEADER_CELL.test(cell))) return 'header';
  // Under a header that names its columns, only the question is the item; a blank round cell
  // goes on with the round above, and notes beside the question are the author's.
  if (columns && columns.question !== -1) {
    const question = cells[columns.question] ?? '';
    const roundCell = columns.round === -1 ? '' : (cells[columns.round] ?? '');
    return roundCell !== '' && parseRoundHeader(roundCell) !== undefined ? `${roundCell}：${question}` : question;
  }
  const [first = '', ...rest] = cells;
  const body = rest.filter((cell) => cell !== '').join('；');
  return rest.length > 0 && parseRoundHeader(first) !== undefined ? `${first}：${body}` : cells.filter((c) => c !== '').join('；');
}

/** `Round 1 – phone screen with a principal researcher`: an English header may describe its round at length. */
const LEADING_ROUND = /^(?:round\s*\d|final\s+round)\s*[-–—:：(（]/i;

/** After a round word on a numbered line: a comma and words, so the line tells what was asked. */
const ITEM_AFTER_ROUND = /^\s*[，,]\s*\S{2,}/;

/** `【项目】`, `[八股]`: a section named in brackets on a line of its own, as notes group questions by kind. */
const BRACKETED_SECTION = /^[【[〔]\s*([^【】[\]〔〕]{1,12}?)\s*[】\]〕]\s*$/;

/** `---`, `***`, `___`: a Markdown rule between sections. */
const THEMATIC_BREAK = /^(?:[-*_=—－]\s*){3,}$/;
/** `下面是我还记得的问题：` introduces the questions; it is not one. */
const INTRO_LINE = /^[^:：?？]{2,40}(?:问题|如下|内容|题目|几个|以下|这些)\s*[:：]$/;
function isIntroLine(text: string): boolean {
  // INTRO_LINE ends in a colon; testing the last character first spares scanning the line.
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x3a || last === 0xff1a) && INTRO_LINE.test(text);
}
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;

function withoutBold(text: string): string {
  if (!text.includes('**')) return text;
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^\*\*|\*\*$/g, '');
}

/** `⚠️纯推理方向，不熟CUDA的慎投`: a warning the author puts above the list, not a bullet of it. */
const NOTE_MARKER = /^\s*(?:⚠|❗|❕|‼|📢|🔔|🚫|ℹ|📣)/u;

/** Every round word (rules/rounds.ts) contains one of these: lines without any cannot be headers. */
const ROUND_HINT = /面|轮|輪|round|interview|笔试|机试|oa|assessment|behavio|hr|tech|final|hiring|screen|match|onsite|on-site|^\s*(?:#+\s*)?r[1-4](?!\d)/i;

/** The header without its round word: `抖音一面` → `抖音`. */
function ROUND_ONLY(core: string): string {
  const found = roundOf(core);
  return found ? core.slice(found.index, found.end) : core;
}

type RoundHeaderParts = {
  round: RoundId;
  core: string;
  inline: string;
  /**
   * `交叉面`, `加面`, `技术面`: one more round after the numbered one before it, not necessarily the
   * last; with none before, `round`.
   */
  extra?: true;
};

const EXTRA_ROUND = /^(?:交叉|加)面$/;
/**
 * `技术面`, `业务面`, `Onsite – coding` with no number: one more technical round, the first when
 * none came before.
 */
const UNNUMBERED_ROUND = /^(?:(?:技术|技術|业务|業務|专业|專業)面(?:试)?$|(?:virtual\s+)?on-?site(?:\s*(?:round|interview))?(?=\s*(?:$|[-–—:：(（|])))/i;

function unnumberedRound(core: string): ReturnType<typeof roundOf> {
  const found = UNNUMBERED_ROUND.exec(core);
  return found ? { round: '1', index: 0, end: found[0].length } : undefined;
}
const KEYCAP_ROUND = /^([1-9])\uFE0F?\u20E3\s*(?=(?:面|轮|輪)(?!试|経|经))/u;

/** The round that follows a numbered `previous` (二面 then 加面 is the third), else `otherwise`. */
function roundAfter(previous: RoundId, otherwise: RoundId): RoundId {
  const next = { '1': '2', '2': '3', '3': '4', '4': 'final' } as const;
  return previous === '1' || previous === '2' || previous === '3' || previous === '4' ? next[previous] : otherwise;
}

/** `1️⃣抖音一面`, `【二面】（60min）`, `Round 3:` → the round and any content after a colon. */
export function parseRoundHeader(line: string): RoundHeaderParts | undefined {
  return ROUND_HINT.test(line) ? parseHintedRoundHeader(line) : undefined;
}

/** parseRoundHeader of a line that ROUND_HINT matches. */
function parseHintedRoundHeader(line: string): RoundHeaderParts | undefined {
  // `1️⃣面`: a keycap digit before 面 is the round's number, not the item's.
  let text = withoutBold(line.trim()).replace(/^#{1,6}\s+/, '').replace(KEYCAP_ROUND, '$1');
  const numbering = stripNumbering(text);
  text = numbering?.rest ?? text;
  // `1. 针对一面的项目继续深挖` is an item about a round; `二面的题在图里👇` introduces one.
  const plainNumber = numbering !== undefined && !numbering.rule.startsWith('emoji');
  const colon = /[:：]/.exec(text);
  const head = colon ? text.slice(0, colon.index) : text;
  const inline = colon ? text.slice(colon.index + 1).trim() : '';
  const core = head.replace(NOTE, '').replace(DATE_NOISE, '').replace(DURATION, '').replace(TIME_OF_DAY, '').replace(DECORATION, '').trim();
  if (core.length === 0 || headerLength(core) > (LEADING_ROUND.test(core) ? MAX_HEADER_CORE * 2 : MAX_HEADER_CORE)) return undefined;
  if (/[?？吗]\s*$/.test(core)) return undefined;
  // `AA round（终面）`: a header whose own words name no round may name it in its note.
  const found = roundOf(core) ?? unnumberedRound(core) ?? roundInNote(head, core);
  if (!found || headerLength(core.slice(0, found.index)) > 16) return undefined;
  // `一面+二面 已oc` names the whole post's rounds: a title, not the header of one round.
  if (roundsNamed(core).length > 1 && !NUMBERED_ROUND_OF_A_KIND.test(core)) return undefined;
  if (SENTENCE_BEFORE_ROUND.test(core.slice(0, found.index))) return undefined;
  if (plainNumber && SENTENCE_AFTER_ROUND.test(core.slice(found.end))) return undefined;
  // `6、机试题复盘：…` is an item of the round it stands in that goes back over the written test;
  // `* Behavioral: tell me about…` an item of its kind.
  if (plainNumber && (found.round === 'unknown' || (inline !== '' && /^behaviou?ral$/i.test(core)))) return undefined;
  // `一、主管面，聊人生，讲一个失败的经历`: a numbered line that goes on past the round word is an item.
  if (plainNumber && ITEM_AFTER_ROUND.test(core.slice(found.end))) return undefined;
  if (STORY_AFTER_ROUND.test(core.slice(found.end))) return undefined;
  // `交叉面是另一个部门的面试官，主要聊天`: a story about the round (roundOpenedBy reads it).
  const after = core.slice(found.end);
  if (after.trim().length > MIN_STORY_LENGTH && ROUND_STORY.test(after)) return undefined;
  const word = core.slice(found.index, found.end);
  const round = lastRoundNoted(head, found.round);
  // A note that calls it the last round (`技术面（终面）`) has the last word.
  const extra = round === found.round && ((round === 'final' && EXTRA_ROUND.test(word)) || UNNUMBERED_ROUND.test(word));
  return { round, core, inline, ...(extra ? { extra } : {}) };
}

/** `Round one: practical coding`, `Second round: coding (60 min)`: a few English words say what the round was about. */
function describesRound(inline: string): boolean {
  const words = inline.replace(NOTE, '').replace(DECORATION, '').trim();
  return !HAN.test(words) && !/[?？]/.test(words) && words.split(/\s+/).length <= ROUND_DESCRIPTION_WORDS;
}
const ROUND_DESCRIPTION_WORDS = 6;

/** `第三轮（终面，总监）`: a numbered round whose note calls it the last is the final one. */
const FINAL_NOTE = /终面|final/i;
function lastRoundNoted(head: string, round: RoundId): RoundId {
  if (round === 'hr' || round === 'final' || round === 'unknown') return round;
  return (head.match(NOTE) ?? []).some((note) => FINAL_NOTE.test(note)) ? 'final' : round;
}

/** Fewer characters than this after a header's round word are a note (`一面 约70min`), not a story. */
const MIN_STORY_LENGTH = 6;

/** A sentence that starts with a round word tells the story of that round (`一面是三月十二号面的`). */
const ROUND_STORY = /^\s*(?:是|在|隔了?|约了?|约在|安排|那天|当天|大概|大约|面试官|的面试官|整体|总共|一共|时长|持续|全程|很快|过了|没)/;

/** The round a story line opens; only for lines that ROUND_HINT matches. */
function roundOpenedBy(text: string): RoundId | undefined {
  const found = roundOf(text);
  if (!found || found.index !== 0 || roundsNamed(text).length > 1) return undefined;
  const rest = text.slice(found.end);
  if (STORY_AFTER_ROUND.test(rest)) return undefined;
  return ROUND_STORY.test(rest) ? found.round : undefined;
}

/** `这是一张手机备忘录的截图，标题为“小红书 一面 9.23”，内容如下：`: OCR describing a page headed by its round. */
const QUOTED_TITLE = /(?:标题|题目|抬头|开头)(?:为|是|写着)\s*[“"「『]([^”"」』]{1,30})[”"」』]/;

function roundOfQuotedTitle(text: string, previous: RoundId): RoundId | undefined {
  const quoted = QUOTED_TITLE.exec(text);
  const header = quoted ? parseRoundHeader(quoted[1] ?? '') : undefined;
  if (header === undefined) return undefined;
  return header.extra ? roundAfter(previous, header.round) : header.round;
}

/** The round a header's bracketed note names, placed at the end of its core (`AA round（终面）`). */
function roundInNote(head: string, core: string): ReturnType<typeof roundOf> {
  if (!/round|interview|面/i.test(core)) return undefined;
  for (const note of head.match(NOTE) ?? []) {
    const found = roundOf(note);
    if (found) return { round: found.round, index: core.length, end: core.length };
  }
  return undefined;
}

export function isTagLine(line: string): boolean {
  if (!line.includes('#')) return false;
  return line.replace(HASHTAG, '').replace(/[\s#,，、.。]+/g, '') === '';
}

export function hashtagsOf(line: string): string[] {
  return [...line.matchAll(HASHTAG)].map((m) => m[1] ?? '').filter(Boolean);
}

function splitKindPrefix(text: string): { text: string; kindHint: KindId | undefined } {
  const match = KIND_PREFIX_PATTERN.exec(text) ?? BRACKETED_KIND_PREFIX.exec(text);
  if (!match) return { text, kindHint: undefined };
  const rest = text.slice(match[0].length).trim();
  if (rest === '') return { text, kindHint: undefined };
  return { text: rest, kindHint: kindOfPrefix(match[1] ?? '') };
}

/** An English title lists place and date after commas (`… full loop, Seattle, Oct 2025`). */
const HAN = /[\u4e00-\u9fff]/;

function looksLikeTitle(text: string): boolean {
  return (
    headerLength(text) <= 60 &&
    !/[。]/.test(text) &&
    (!/[？?]/.test(text) || TITLE_ONLY_CUE.test(text)) &&
    (text.match(/[，,]/g)?.length ?? 0) < (HAN.test(text) ? 2 : 4) &&
    !PROSE_START.test(text) &&
    !QUESTION_START.test(text) &&
    TITLE_CUE.test(text)
  );
}

/** The longest rest of a question that OCR wraps onto a line of its own. */
const OCR_WRAP_LENGTH = 24;

/** `输出分布` under `6.投机解码的原理，为什么不影响`; not a note of its own (`…小字：“…”。`). */
function isOcrWrap(text: string): boolean {
  return text.length <= OCR_WRAP_LENGTH && !/[:：]/.test(text) && !/[。！!"”」]$/.test(text);
}

/** Numbering rules that mark the parts of an item numbered by the rule named: a list of numbered questions with lettered, bracketed or bulleted follow-ups. */
const SUB_MARKERS_OF: Record<string, ReadonlySet<string>> = {
  number: new Set(['letter item', 'parenthesised number', 'bullet']),
  'question number': new Set(['letter item', 'parenthesised number', 'bullet']),
};

/** A label of a few words, a colon, then the line's content. */
const LABELLED_LINE = /^([^:：？?，,。；;]{1,8})[:：]\s*(\S.*)$/;

export interface SegmentOptions {
  /** The round a post's first lines belong to before any header (OCR text starts fresh). */
  startRound?: RoundId;
  /** Whether the first content line may be the title. */
  allowTitle?: boolean;
}

export function segment(lines: SourceLine[], options: SegmentOptions = {}): Segmented {
  const result: Segmented = { title: '', items: [], headers: [], hashtags: [], prose: [], lineClasses: new Map() };
  let round: RoundId = options.startRound ?? 'unknown';
  let sectionKind: KindId | undefined;
  let roundKind: KindId | undefined;
  let inFence = false;
  /** Under 反问 or the author's closing comments: nothing is an interview question until the next round. */
  let aside = false;
  /** The columns of the Markdown table being read, once its header row has named them. */
  let table: TableColumns | undefined;
  /** The last item, how far its line was indented, and the numbering rule that marked it. */
  let last: { item: Item; indent: number; marker?: string } | undefined;
  /** The numbering rule of the line being added, for `last.marker`. */
  let marker: string | undefined;
  let first = options.allowTitle ?? true;

  const classify = (no: number, cls: LineClass) => result.lineClasses.set(no, cls);
  /** The number of the last item a line numbered inside it, which a next line may carry on. */
  let inlineCount: number | undefined;
  const addItem = (line: SourceLine, text: string, kindHint: KindId | undefined) => {
    const whole = text.trim();
    const list = inlineList(whole);
    // `八股+场景：①…②…`: words that end in a colon introduce the items; they are not one.
    const parts = list === undefined ? [whole] : list.intro && !endsWithColon(list.intro) ? [list.intro, ...list.items] : list.items;
    inlineCount = list?.lastNumber;
    for (const part of parts) {
      const own = part === whole ? undefined : splitKindPrefix(part);
      const item: Item = {
        round,
        text: own?.text ?? part,
        lines: [line.no],
        kindHint: own?.kindHint ?? kindHint ?? sectionKind,
        origin: line.origin,
        ...(roundKind ? { defaultKind: roundKind } : {}),
      };
      result.items.push(item);
      last = { item, indent: leadingIndent(line.text), ...(marker ? { marker } : {}) };
    }
    marker = undefined;
    classify(line.no, 'question');
  };
  const continueLast = (line: SourceLine, text: string): boolean => {
    if (!last) return false;
    last.item.text += `\n${text}`;
    last.item.lines.push(line.no);
    classify(line.no, 'question');
    return true;
  };

  const nextText = (index: number): string => {
    for (let i = index + 1; i < lines.length; i++) {
      const next = lines[i]?.text.trim() ?? '';
      if (next !== '') return next;
    }
    return '';
  };
  const nextIsItem = (index: number): boolean => stripNumbering(withoutBold(nextText(index))) !== undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const cleaned = withoutBold(foldWidth(stripZeroWidth(line.text)).trim());
    if (cleaned === '') continue;
    const isFirst = first;
    first = false;
    const row = tableRow(cleaned, table);
    if (row === 'rule' || row === 'header') {
      if (row === 'header') table = tableColumns(cleaned);
      classify(line.no, 'heading');
      continue;
    }
    // `| 一面 | 3.11 | 60min | 钉钉视频 |` under `| 轮次 | 时间 | 时长 | 形式 |` is a timeline, not questions.
    if (row === undefined) table = undefined;
    else if (table?.question === -1 || row === '') {
      result.prose.push(row);
      classify(line.no, 'prose');
      continue;
    }
    const text = row ?? cleaned;

    if (FENCE.test(text)) {
      inFence = !inFence;
      if (!continueLast(line, text)) classify(line.no, 'prose');
      continue;
    }
    if (inFence) {
      if (!continueLast(line, line.text)) classify(line.no, 'prose');
      continue;
    }
    if (isTagLine(text)) {
      for (const tag of hashtagsOf(text)) result.hashtags.push(tag);
      classify(line.no, 'tag');
      continue;
    }
    const markdown = MARKDOWN_HEADING.exec(text);
    // A 知乎 question is the title of the answers under it (`…都问些什么？` then `谢邀。`).
    const zhihuQuestion = isFirst && ANSWER_OPENING.test(nextText(index));
    if (isFirst && (markdown?.[1] === '#' || zhihuQuestion || (looksLikeTitle(text) && TITLE_ONLY_CUE.test(text)))) {
      result.title = (markdown?.[2] ?? text).trim();
      const named = roundsNamed(result.title);
      if (named.length === 1 && named[0]) {
        round = named[0];
        result.headers.push({ round, text: result.title, line: line.no });
      }
      classify(line.no, 'heading');
      continue;
    }
    // Tested once here for both the header and the story line below.
    const mayNameRound = ROUND_HINT.test(text);
    // Under the author's comments, a bullet that names a round (`- 一面偏八股`) talks about it.
    const header = mayNameRound && !(aside && stripNumbering(text)) ? parseHintedRoundHeader(text) : undefined;
    if (header) {
      round = header.extra ? roundAfter(round, header.round) : header.round;
      aside = false;
      sectionKind = undefined;
      roundKind = PROJECT_ROUND.test(text) ? 'project' : undefined;
      last = undefined;
      result.headers.push({ round, text, line: line.no });
      // `Round 1 - coding`, `二面（手撕）`: the header names the kind of what no cue of its own names
      // (`LP: Tell me about a time…` in an Amazon coding round is still behavioural).
      if (CODING_HEADER.test(header.core)) roundKind = 'coding';
      if (isFirst && headerLength(header.core) >= headerLength(ROUND_ONLY(header.core)) + 4) {
        result.title = text;
      }
      if (header.inline && !describesRound(header.inline)) {
        const { text: rest, kindHint } = splitKindPrefix(header.inline);
        addItem(line, rest, kindHint);
      } else {
        classify(line.no, 'heading');
      }
      continue;
    }
    // `二面隔了一个礼拜 面试官是做强化的`: the author's story opens the next round.
    const opened = mayNameRound ? roundOpenedBy(text) ?? roundOfQuotedTitle(text, round) : undefined;
    // `三面（交叉面）` then `交叉面是另一个部门的面试官…`: the story is about the round just opened.
    const storyRound = opened !== undefined ? roundOf(text) : undefined;
    const retells = storyRound !== undefined && (result.headers.at(-1)?.text.includes(text.slice(storyRound.index, storyRound.end)) ?? false);
    if (opened !== undefined && !/[?？吗]\s*$/.test(text)) {
      if (!retells) round = opened;
      aside = false;
      sectionKind = undefined;
      roundKind = PROJECT_ROUND.test(text) ? 'project' : undefined;
      last = undefined;
      result.headers.push({ round, text, line: line.no });
      result.prose.push(text);
      classify(line.no, 'prose');
      continue;
    }
    if (isFirst && looksLikeTitle(text)) {
      result.title = (markdown?.[2] ?? text).trim();
      const named = roundsNamed(result.title);
      if (named.length === 1 && named[0]) {
        round = named[0];
        result.headers.push({ round, text: result.title, line: line.no });
      }
      classify(line.no, 'heading');
      continue;
    }
    const bracketed = BRACKETED_SECTION.exec(text);
    const headingText = bracketed ? (bracketed[1] ?? '') : markdown ? (markdown[2] ?? '').trim() : text;
    const section = KIND_SECTION_PATTERN.exec(headingText);
    if (section && (section[2] || bracketed || markdown || nextIsItem(index))) {
      const word = /^[^\s:：（(]+/.exec(headingText)?.[0] ?? '';
      sectionKind = kindOfPrefix(word) ?? kindOfPrefix(word.replace(/(部分|环节|相关|题)$/, ''));
      last = undefined;
      classify(line.no, 'heading');
      continue;
    }
    if (markdown || bracketed) {
      aside = COMMENT_HEADING.test(headingText) || ASKING_BACK.test(headingText);
    }
    if (markdown) {
      sectionKind = undefined;
      last = undefined;
      classify(line.no, 'heading');
      continue;
    }

    if (aside || ASKING_BACK.test(text) || ADVICE_HEADING.test(text)) {
      aside = true;
      result.prose.push(text);
      last = undefined;
      classify(line.no, 'prose');
      continue;
    }
    if (ANSWER_MARKER.test(text)) {
      result.prose.push(text);
      last = undefined;
      classify(line.no, 'prose');
      continue;
    }
    if (THEMATIC_BREAK.test(text) || isIntroLine(text) || BRACKETED_ASIDE.test(text)) {
      result.prose.push(text);
      last = undefined;
      classify(line.no, 'prose');
      continue;
    }
    const numbered = stripNumbering(text);
    if (numbered) {
      const inner = stripNumbering(numbered.rest.trim());
      const body = (inner && numbered.rule.startsWith('emoji') ? inner.rest : numbered.rest).trim();
      // Only before the list starts: further down, any emoji may be the author's bullet.
      // `📍北京｜27届校招`: a pictograph before the list marks the author's facts, not a question.
      const aside =
        result.items.length === 0 &&
        result.headers.length === 0 &&
        (NOTE_MARKER.test(text) || (numbered.rule === 'emoji marker' && COMMENT_CUE.test(body))) &&
        !looksLikeQuestion(body);
      // `❌二面后挂了，感觉场景题答得不够有深度`: a pictograph before the outcome, anywhere in the post.
      const outcome = numbered.rule === 'emoji marker' && OUTCOME.test(body) && !looksLikeQuestion(body);
      if (aside || outcome || body === '' || STRUCK_OUT.test(body) || PROSE_START.test(body) || META_LINE.test(body) || BRACKETED_ASIDE.test(body)) {
        result.prose.push(text);
        classify(line.no, 'prose');
        continue;
      }
      const indent = leadingIndent(line.text);
      // `2. Transformer 的结构` then `a. encoder 和 decoder 的区别` or `（1）…` or `- …`: the parts
      // of a numbered question, indented or not.
      const part = last?.marker !== undefined && SUB_MARKERS_OF[last.marker]?.has(numbered.rule);
      if (last && ((indent > last.indent && numbered.rule === 'bullet') || part)) {
        continueLast(line, body);
        continue;
      }
      // `三、八股` over indented items opens a section; `二、项目` alone means 聊项目.
      const sectionWord = KIND_SECTION_PATTERN.exec(body);
      if (sectionWord && (ALWAYS_SECTION.has((sectionWord[1] ?? '').toLowerCase()) || nextIsItem(index))) {
        sectionKind = kindOfPrefix(sectionWord[1] ?? '');
        last = undefined;
        classify(line.no, 'heading');
        continue;
      }
      const { text: rest, kindHint } = splitKindPrefix(body);
      marker = numbered.rule;
      addItem(line, rest, kindHint ?? (sectionWord ? kindOfPrefix(sectionWord[1] ?? '') : undefined));
      continue;
    }
    // `面试官很准时，就开始了：1.自我介绍 2.讲项目…`: the author's words, then numbered items, on one line.
    // OCR breaks a long question across lines: a short unnumbered line right under an unfinished one goes on with it.
    // Only under a numbered item: in a list of bare lines, each line is its own question.
    if (line.origin === 'ocr' && row === undefined && last?.marker !== undefined && last.item.lines.at(-1) === line.no - 1 && isOcrWrap(text) && !/[？?。！!]$/.test(last.item.text)) {
      continueLast(line, text);
      continue;
    }
    // Before any round or question, such a line lists the author's background (`简历上两个项目：①…②…`).
    const inline = result.headers.length + result.items.length > 0 ? inlineList(text, inlineCount === undefined ? undefined : inlineCount + 1) : undefined;
    if (inline && inline.intro !== '' && /[:：，,]$/.test(inline.intro)) {
      result.prose.push(inline.intro);
      addItem(line, inline.items.length > 1 ? text.slice(inline.intro.length) : inline.items[0]!, undefined);
      inlineCount = inline.lastNumber;
      continue;
    }
    const prefixed = splitKindPrefix(text);
    if (prefixed.kindHint) {
      addItem(line, prefixed.text, prefixed.kindHint);
      continue;
    }
    if (last && leadingIndent(line.text) > last.indent && !PROSE_START.test(text)) {
      continueLast(line, text);
      continue;
    }
    if (last && FOLLOW_UP_LINE.test(text)) {
      continueLast(line, text);
      continue;
    }
    // `聊天为主：为什么…；你觉得…`: under a round, the author's short label before questions.
    const labelled = result.headers.length > 0 ? LABELLED_LINE.exec(text) : null;
    const afterLabel = labelled?.[2] ?? '';
    if (labelled && !META_LINE.test(text) && !PROSE_START.test(text) && !FOLLOW_UP_LABEL.test(labelled[1] ?? '') && !COMMENT_CUE.test(labelled[1] ?? '') && looksLikeQuestion(afterLabel)) {
      addItem(line, afterLabel, undefined);
      continue;
    }
    // A whole interview told in one paragraph (`先是自我介绍；然后问了…；接着问…`): each clause that asks.
    const told = text.length > MAX_QUESTION_LENGTH ? toldQuestionsIn(text) : undefined;
    if (told) {
      for (const clause of told) addItem(line, clause, undefined);
      continue;
    }
    // `It started with “Why does cross-entropy …?” and moved to “What's …?”`: the questions quoted in a story.
    const quoted = result.headers.length > 0 && !looksLikeQuestion(text) ? quotedQuestionsIn(text) : undefined;
    if (quoted) {
      for (const question of quoted) addItem(line, question, undefined);
      continue;
    }
    if (looksLikeQuestion(text)) {
      addItem(line, text, undefined);
      continue;
    }
    // Under a round header, or under a title that says the post is an interview record (面经),
    // a short bare line is a question.
    if ((result.headers.length > 0 || TITLE_ONLY_CUE.test(result.title)) && (isBareQuestion(text) || isToldQuestion(text))) {
      addItem(line, text, undefined);
      continue;
    }
    if (result.headers.length > 0 && PROJECT_ROUND.test(text)) roundKind = 'project';
    result.prose.push(text);
    last = undefined;
    classify(line.no, 'prose');
  }
  return result;
}
