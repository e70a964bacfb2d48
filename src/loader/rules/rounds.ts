/**
 * Round headers as data: 一面/1面/技术一面/【一面】/一面（60min）/Round 1/R1/第一轮/HR面/终面/Hiring manager…
 * The first row whose pattern matches a header's core decides its round.
 */
import type { RoundId } from '../types';

export interface RoundRule {
  round: RoundId;
  pattern: RegExp;
}

const nth = (cn: string, digit: string, en: string, cardinal: string): RegExp =>
  new RegExp(
    `(?:${cn}|(?<![\\d.])${digit})\\s*面|第\\s*(?:${cn}|${digit})\\s*(?:[轮輪]|面)|(?:技术|技術|业务|業務|专业|專業)面\\s*(?:${cn}|${digit})(?!\\d)|(?:round|technical(?:\\s*round)?|tech(?:nical)?\\s*interview)\\s*(?:${digit}(?!\\d)|${cardinal}\\b)|^r${digit}(?!\\d)(?=\\s*(?:$|[-–—:：(（|]|技术|业务))|(?:${en}|(?<![\\d.])${digit}(?:st|nd|rd|th))\\s+(?:round|interview)`,
    'i',
  );

export const ROUND_RULES: RoundRule[] = [
  {
    round: 'hr',
    pattern: /(?:hrbp|hr|人力|人事)\s*(?:面|面试|interview|round|chat|call|screen(?:ing)?|talk)|hr\s*(?:[终終]面|面谈)|^behaviou?ral(?:\s*(?:round|interview))?$|^hr$/i,
  },
  {
    round: 'final',
    pattern:
      /[终終]面|主管面|交叉面|加面|[总總][监監]面|leader\s*面|老板面|vp\s*面|(?:负责人|負責人)面|(?:五|六|5|6)\s*面|final\s*(?:round|interview)|^hiring[-\s]*manager(?:\s*(?:round|interview|chat|call))?$|^team\s*match(?:ing)?$|^final(?=\s*(?:[-–—:：|/(（]|$))/i,
  },
  { round: '1', pattern: nth('一', '1', 'first', 'one') },
  // The first technical conversation of an English loop.
  { round: '1', pattern: /^(?:phone|technical|tech|coding)\s*screen(?:ing)?(?=\s*(?:$|[-–—:：(（|]))/i },
  // A written or online test comes before the rounds; its problems belong to no round.
  { round: 'unknown', pattern: /笔试|机试|(?<![a-z])oa(?![a-z])|online assessment/i },
  { round: '2', pattern: nth('二', '2', 'second', 'two') },
  { round: '3', pattern: nth('三', '3', 'third', 'three') },
  { round: '4', pattern: nth('四', '4', 'fourth', 'four') },
];

/** The longest a header's core may be once decorations and notes are removed. */
export const MAX_HEADER_CORE = 24;

export interface RoundMatch {
  round: RoundId;
  index: number;
  end: number;
}

export function roundOf(core: string): RoundMatch | undefined {
  let best: RoundMatch | undefined;
  for (const rule of ROUND_RULES) {
    const match = rule.pattern.exec(core);
    if (match && (best === undefined || match.index < best.index)) {
      best = { round: rule.round, index: match.index, end: match.index + match[0].length };
    }
  }
  return best;
}

/** `一二面`, `1+2面`, `一、二面`: one word for several rounds. */
const SEVERAL_ROUNDS = /(?<![\d.])[一二三四1-4](?:\s*[+、/&和及]?\s*[一二三四1-4])+\s*面/;
/** `技术面×2`, `三轮技术面`, `两轮面试`: a count of rounds, never the third round itself (that is 第三轮 or 三面). */
const COUNTED_ROUNDS = /(?:技术|业务|专业)面\s*[×xX*]\s*([2-4])|(?<!第\s*)([两二三四2-4])\s*轮(?:技术|业务)?面/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 2: 2, 3: 3, 4: 4 };
const ROUND_DIGITS: Record<string, RoundId> = { 一: '1', 二: '2', 三: '3', 四: '4', 1: '1', 2: '2', 3: '3', 4: '4' };

/** Distinct rounds a title names: `一面+二面面经` or `一二面` names two, so it sets no round. */
/** `许愿二面`, `求个二面`, `蹲三面`: a round hoped for has not happened. */
const WISHED_ROUND = /(?:许愿|求个?|等|蹲个?|希望有|期待)\s*[一二三四五六1-6]\s*面/g;

export function roundsNamed(raw: string): RoundId[] {
  const text = raw.includes('面') ? raw.replace(WISHED_ROUND, '') : raw;
  const named = ROUND_RULES.filter((rule) => rule.pattern.test(text)).map((rule) => rule.round);
  const several = SEVERAL_ROUNDS.exec(text);
  if (several) for (const ch of several[0]) if (ROUND_DIGITS[ch]) named.push(ROUND_DIGITS[ch]);
  // `技术面×2 + 主管面`: a count of technical rounds names the first ones.
  const counted = COUNTED_ROUNDS.exec(text);
  if (counted) for (let n = 1; n <= (COUNT[counted[1] ?? counted[2] ?? ''] ?? 0); n++) named.push(String(n) as RoundId);
  return [...new Set(named)];
}

/** `三面 主管面`: a numbered round that is also the manager's (or HR's) round is the numbered one. */
export const NUMBERED_ROUND_OF_A_KIND = /^(?:第\s*)?[一二三四1-4]\s*(?:面|轮)\s+(?:主管|leader|交叉|总监|老板|负责人|vp|hr)\s*面$/i;

/** A header's words before the round are a company, team or 技术/业务, never a sentence. */
export const SENTENCE_BEFORE_ROUND = /[的了对针在问说讲聊和跟与把被让给从是我你他她有要再吧呢啊，,。！!？?]/;
/** `笔试完 HR 直接拉了个电话` tells a story around a round; it is never a header. */
export const STORY_AFTER_ROUND = /^\s*(?:完|结束|之后|以后|过后|的时候|的话|时)/;
/** `一面的项目继续深挖` talks about a round; it is not a header. */
export const SENTENCE_AFTER_ROUND = /^\s*(?:的|了|时|中|里|后|前|问的|过的)/;

/** Latin letters are narrow: `Final round with the hiring manager` is still a short header. */
export function headerLength(core: string): number {
  let latin = 0;
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) latin++;
  }
  return core.length - latin + Math.ceil(latin / 2);
}
