/**
 * Whether a line of a post asks something: on its own (a question cue, a question mark), as a
 * bare line under a round, as the author's story of what was asked (然后问了…, they asked how…),
 * or as questions quoted inside a story. segment.ts decides which test applies where.
 */
import { KIND_PREFIX_PATTERN } from './rules/kinds';
import {
  COMMENT_CUE,
  LEADING_CONNECTIVE,
  MAX_BARE_QUESTION_LENGTH,
  MAX_QUESTION_LENGTH,
  PROSE_START,
  QUESTION_START,
  endsLikeQuestion,
} from './rules/lines';
import { roundsNamed } from './rules/rounds';

/** `/[:：]\s*$/`, read from the end: `trimEnd` drops exactly what `\s` matches. */
export function endsWithColon(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last === 0x3a || last === 0xff1a;
}

export function looksLikeQuestion(text: string): boolean {
  const afterConnective = text.replace(LEADING_CONNECTIVE, '');
  // `最后反问了组里做什么` is the candidate asking, after 最后 (a text without a connective is tested once).
  if (PROSE_START.test(text) || (afterConnective !== text && PROSE_START.test(afterConnective))) return false;
  // `先问了几个基础的：` introduces the questions below it: no reading past 先 there.
  const start = endsWithColon(text) ? text : afterConnective;
  if (QUESTION_START.test(start) || KIND_PREFIX_PATTERN.test(text)) return text.length <= MAX_QUESTION_LENGTH * 2;
  return text.length <= MAX_QUESTION_LENGTH && endsLikeQuestion(text);
}

/** `transformer结构` under `一面：` is a question even without numbering or a question mark. */
export function isBareQuestion(text: string): boolean {
  return (
    text.length <= MAX_BARE_QUESTION_LENGTH &&
    // `2025.10.9 一面，10.12 二面，二面被问麻了`: a timeline of rounds.
    roundsNamed(text).length < 2 &&
    !endsWithColon(text) &&
    !PROSE_START.test(text.replace(LEADING_CONNECTIVE, '')) &&
    !COMMENT_CUE.test(text)
  );
}

/**
 * `然后抓着简历里的PR问，问我修的是什么问题`, `之后让我讲continuous batching…`: a story line that
 * says what was asked near its start is that question, in a post that records an interview.
 */
const TOLD_ASK = /^.{0,24}?(?:问我|问了|又问|还问|(?:[他她]|面试官)\s*(?:就|又|还|先|接着|上来|直接)?\s*问(?!题)|(?:接着|追着|就是|然后|之后|最后)\s*(?:又|还|就)?问(?!题)|(?:先是|然后是|接着是|最后是)(?!.{0,3}[一二三四五六]面)|让我(?:讲|说|写|介绍|手写|手撕|推|算|估|设计|实现|口述|分析|比较|对比|聊)|口算|手写|手撕|(?:一道|一个)\s*(?:lc|leetcode|力扣)\s*\d)/i;

/** `感觉蚂蚁一面还是挺看基础的，传统ml问了不少`: the author's verdict on what was asked, not a question. */
const TOLD_VERDICT = /总结|感觉|整体|总体|节奏|体验|记录一下|祝大家|不难|很难|挺难|没有自我介绍|没让|没问|我(?:只|就)?答|没答|答不上|脑子/;

/** `EDIT: … yes, they also asked how FlashAttention-2 differs…`, `An interviewer asked me to estimate…`. */
const TOLD_ASK_EN = /^.{0,60}?\b(?:they|he|she|interviewers?)\s+(?:also\s+|then\s+|later\s+)?asked\b|\basked me (?:to|about|how|why|what|whether)\b/i;

export function isToldQuestion(text: string): boolean {
  return (
    text.length <= MAX_QUESTION_LENGTH &&
    // `先问了几个基础的：` introduces the questions below it.
    !endsWithColon(text) &&
    (TOLD_ASK.test(text) || TOLD_ASK_EN.test(text)) &&
    !TOLD_VERDICT.test(text) &&
    !PROSE_START.test(text.replace(LEADING_CONNECTIVE, ''))
  );
}

/** Clauses of a story paragraph: at ；or 。, and where 然后/接着/最后 start the next question. */
const STORY_CLAUSE_BREAK = /[；;。]|(?<=[^，,、\s])(?=(?:然后|接着|最后)(?:又|还|就)?(?:问|让我|是|手撕))/;
/** Fewer told questions than this make a paragraph a story with a question in it, not a list. */
const MIN_TOLD_QUESTIONS = 3;

export function toldQuestionsIn(text: string): string[] | undefined {
  const clauses = text
    .split(STORY_CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '' && !PROSE_START.test(clause.replace(LEADING_CONNECTIVE, '')) && (isToldQuestion(clause) || looksLikeQuestion(clause)));
  return clauses.length >= MIN_TOLD_QUESTIONS ? clauses : undefined;
}

/** A question quoted whole in the author's story. */
const QUOTED = /[“"「]([^”"」]{12,400})[”"」]/g;
/** How an English question or task begins. */
const ENGLISH_ASK =
  /^(?:implement|write|walk (?:me )?through|derive|design|serve|build|explain|describe|estimate|compare|prove|how|why|what|when|which|where|would|can|could|is|are|do|does|should|suppose|given|tell me|now)\b/i;

/** `Overall: … lots of "derive it on the whiteboard"`: the author's verdict quotes no question. */
const VERDICT_EN = /^(?:overall|in summary|summary|tips?|advice|verdict|result|lessons?)\b/i;

export function quotedQuestionsIn(text: string): string[] | undefined {
  // `这题我答得很散…面试官问到“…”，我就卡住了`: a reflection on an answer, not the list of questions.
  if (TOLD_VERDICT.test(text) || VERDICT_EN.test(text)) return undefined;
  const questions: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const quote = (match[1] ?? '').trim();
    if (ENGLISH_ASK.test(quote) || looksLikeQuestion(quote)) questions.push(quote);
  }
  return questions.length > 0 ? questions : undefined;
}
