/**
 * How authors number or mark one question: `1.` `1、` `1)` `(1)` `Q1:` `①` `一、` `1️⃣` `✅` `-` `•`.
 * One marker is stripped from the start of a line; the first matching row wins.
 */
export interface NumberingRule {
  name: string;
  pattern: RegExp;
}

export const NUMBERING_RULES: NumberingRule[] = [
  { name: 'emoji digit', pattern: /^(?:(?:[0-9]\uFE0F?\u20E3)+|\u{1F51F})\s*/u },
  { name: 'circled digit', pattern: /^[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF\u2776-\u277F]\s*/u },
  // Any pictograph used as a bullet: ✅ 📍 🔸 ▶️ 💡 ⭐ …
  { name: 'emoji marker', pattern: /^(?:\p{Extended_Pictographic}\uFE0F?)+\s*|^[➤➜→◆◇■□★☆▷►]\s*/u },
  { name: 'asked', pattern: /^(?:问|提问|面试官问?|interviewer|q)\s*[:：]\s*/i },
  { name: 'question number', pattern: /^[QqＱ]\s*\d{1,3}\s*[.．:：、)）]?\s*/ },
  { name: 'parenthesised number', pattern: /^[（(【[]\s*\d{1,3}\s*[)）】\]]\s*/ },
  { name: 'number', pattern: /^\d{1,3}\s*[.．、,，)）:：](?!\d)\s*/ },
  // `3 讲讲 RoPE`, but not `30 多分钟` or `2 个问题`: a number followed by a measure is prose.
  { name: 'number and space', pattern: /^\d{1,2}\s+(?![多个道轮天年月周次分小hHmMkKwW%\d])/ },
  // Dictated posts count aloud: `第一个就是自我介绍`, `第三个问KV cache…`, `第二题：`. Never `第一轮`/`第二面`.
  {
    name: 'ordinal',
    pattern: /^第\s*[一二三四五六七八九十\d]{1,3}\s*(?:个问题|个|道题?|题|问)\s*(?:就是|是|问了?我?|让我|[:：，,、.])?\s*(?=\S)/,
  },
  { name: 'chinese number', pattern: /^[一二三四五六七八九十]{1,3}\s*[、.．:：]\s*/ },
  { name: 'letter item', pattern: /^[a-hA-H]\s*[.)）、]\s*(?=\S)/ },
  { name: 'bullet', pattern: /^(?:[-–—•·●○◦▪*+]|>\s*[-*])\s+|^[•·●○◦▪]\s*/ },
];

/** The only CJK ideographs a row above starts with: 问/提问/面试官 (asked), 第 (ordinal), 一…十. */
const IDEOGRAPHS_THAT_START_A_MARKER = new Set('问提面第一二三四五六七八九十');

export function stripNumbering(text: string): { rest: string; rule: string } | undefined {
  // Every row is anchored at the start and starts with a digit, a symbol, a Latin letter or one of
  // the ideographs above: a line opening with any other ideograph is never numbered.
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !IDEOGRAPHS_THAT_START_A_MARKER.has(text.charAt(0))) return undefined;
  for (const rule of NUMBERING_RULES) {
    const match = rule.pattern.exec(text);
    if (match && match[0].length > 0) return { rest: text.slice(match[0].length), rule: rule.name };
  }
  return undefined;
}

/** The candidate's answer to the question above (答：…) is the author's prose, never a question. */
export const ANSWER_MARKER = /^(?:答|回答|我答|我的回答|a|answer)\s*[:：]/i;

/** Numbers written inside one line: `1.自我介绍 2.讲项目 3.transformer` or `①…②…`. */
const INLINE_NUMBER = /(?:^|[\s；;，,。])(\d{1,2})\s*[.、)）]\s*(?=\S)/g;
const INLINE_CIRCLED = /[\u2460-\u2473]/g;

/** Splits a line that numbers several items (1, 2, 3 … in order); otherwise returns it whole. */
const ANY_CIRCLED = /[\u2460-\u2473]/;
const ANY_DIGIT = /\d/;

export function splitInlineNumbering(text: string): string[] {
  // Nearly every line numbers nothing inside it: look before collecting matches.
  if (!ANY_DIGIT.test(text) && !ANY_CIRCLED.test(text)) return [text];
  const circled = ANY_CIRCLED.test(text) ? [...text.matchAll(INLINE_CIRCLED)] : [];
  if (circled.length >= 2) {
    const parts = text.split(INLINE_CIRCLED).map((p) => p.trim()).filter(Boolean);
    return parts.length >= 2 ? parts : [text];
  }
  const marks = [...text.matchAll(INLINE_NUMBER)];
  const cuts: Array<{ start: number; end: number }> = [];
  let expected = Number(marks[0]?.[1] ?? 0);
  for (const mark of marks) {
    if (Number(mark[1]) !== expected) continue;
    cuts.push({ start: mark.index, end: mark.index + mark[0].length });
    expected++;
  }
  if (cuts.length < 2) return [text];
  const parts = cuts.map((cut, i) => text.slice(cut.end, cuts[i + 1]?.start ?? text.length).trim());
  const before = text.slice(0, cuts[0]?.start ?? 0).trim();
  return (before ? [before, ...parts] : parts).filter(Boolean);
}
