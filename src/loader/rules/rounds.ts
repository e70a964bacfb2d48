/**
 * Round headers as data: 一面/1面/技术一面/【一面】/一面（60min）/Round 1/第一轮/HR面/终面…
 * The first row whose pattern matches a header's core decides its round.
 */
import type { RoundId } from '../types';

export interface RoundRule {
  round: RoundId;
  pattern: RegExp;
}

const nth = (cn: string, digit: string, en: string): RegExp =>
  new RegExp(
    `(?:${cn}|(?<![\\d.])${digit})\\s*面|第\\s*(?:${cn}|${digit})\\s*(?:轮|面)|round\\s*${digit}(?!\\d)|${en}\\s+(?:round|interview)`,
    'i',
  );

export const ROUND_RULES: RoundRule[] = [
  { round: 'hr', pattern: /(?:hrbp|hr|人力|人事)\s*(?:面|面试|interview|round)|hr\s*(?:终面|面谈)/i },
  {
    round: 'final',
    pattern:
      /终面|主管面|交叉面|加面|总监面|leader\s*面|老板面|vp\s*面|负责人面|(?:五|六|5|6)\s*面|final\s*(?:round|interview)/i,
  },
  { round: '1', pattern: nth('一', '1', 'first') },
  { round: '2', pattern: nth('二', '2', 'second') },
  { round: '3', pattern: nth('三', '3', 'third') },
  { round: '4', pattern: nth('四', '4', 'fourth') },
];

/** The longest a header's core may be once decorations and notes are removed. */
export const MAX_HEADER_CORE = 24;

export function roundOf(core: string): { round: RoundId; index: number } | undefined {
  let best: { round: RoundId; index: number } | undefined;
  for (const rule of ROUND_RULES) {
    const match = rule.pattern.exec(core);
    if (match && (best === undefined || match.index < best.index)) {
      best = { round: rule.round, index: match.index };
    }
  }
  return best;
}
