/**
 * How authors number or mark one question: `1.` `1、` `1)` `(1)` `Q1:` `①` `一、` `1️⃣` `✅` `-` `•`.
 * One marker is stripped from the start of a line; the first matching row wins.
 */
export interface NumberingRule {
  name: string;
  pattern: RegExp;
  /**
   * Every ASCII character and CJK ideograph a match can start with (both cases where the pattern
   * ignores case). Symbols, emoji and other characters are not listed: a line opening with one
   * is tried against every row.
   */
  opensWith: string;
}

const DIGITS = '0123456789';

export const NUMBERING_RULES: NumberingRule[] = [
  { name: 'emoji digit', pattern: /^(?:(?:[0-9]\uFE0F?\u20E3)+|\u{1F51F})\s*/u, opensWith: DIGITS },
  // ① ⑴ ⒈ ❶ ➀ ➊ and the circled numbers above twenty.
  { name: 'circled digit', pattern: /^[\u2460-\u249B\u3251-\u325F\u32B1-\u32BF\u2776-\u2793]\s*/u, opensWith: '' },
  // Any pictograph used as a bullet: ✅ 📍 🔸 ▶️ 💡 ⭐ … (no ASCII character or ideograph is one).
  { name: 'emoji marker', pattern: /^(?:\p{Extended_Pictographic}\uFE0F?)+\s*|^[➤➜→◆◇■□★☆▷►]\s*/u, opensWith: '' },
  { name: 'asked', pattern: /^(?:问|提问|面试官问?|interviewer|q)\s*[:：]\s*/i, opensWith: '问提面iIqQ' },
  { name: 'question number', pattern: /^[QqＱ]\s*\d{1,3}\s*[.．:：、)）]?\s*/, opensWith: 'Qq' },
  { name: 'parenthesised number', pattern: /^[（(【[]\s*\d{1,3}\s*[)）】\]]\s*/, opensWith: '([' },
  // `2、13B 模型…` is item 2; `2.5`, `1,000` and `10:30` are numbers.
  { name: 'number', pattern: /^\d{1,3}\s*(?:[.．,，:：](?!\d)|[、)）])\s*/, opensWith: DIGITS },
  // `3 讲讲 RoPE`, but not `30 多分钟` or `2 个问题`: a number followed by a measure is prose.
  { name: 'number and space', pattern: /^\d{1,2}\s+(?![多个道轮天年月周次分小hHmMkKwW%\d])/, opensWith: DIGITS },
  // Dictated posts count aloud: `第一个就是自我介绍`, `第三个问KV cache…`, `第二题：`. Never `第一轮`/`第二面`.
  {
    name: 'ordinal',
    pattern: /^第\s*[一二三四五六七八九十\d]{1,3}\s*(?:个问题|个|道题?|题|问)\s*(?:就是|是|问了?我?|让我|[:：，,、.])?\s*(?=\S)/,
    opensWith: '第',
  },
  { name: 'chinese number', pattern: /^[一二三四五六七八九十]{1,3}\s*[、.．:：]\s*/, opensWith: '一二三四五六七八九十' },
  { name: 'letter item', pattern: /^[a-hA-H]\s*[.)）、]\s*(?=\S)/, opensWith: 'abcdefghABCDEFGH' },
  { name: 'bullet', pattern: /^(?:[-–—•·●○◦▪*+]|>\s*[-*])\s+|^[•·●○◦▪]\s*/, opensWith: '-*+>' },
];

/** The rows, in table order, that a line opening with each ASCII character or ideograph may match. */
const RULES_BY_FIRST_CHARACTER = new Map<number, NumberingRule[]>();
for (const rule of NUMBERING_RULES) {
  for (const ch of rule.opensWith) {
    RULES_BY_FIRST_CHARACTER.set(
      ch.charCodeAt(0),
      NUMBERING_RULES.filter((r) => r.opensWith.includes(ch)),
    );
  }
}
const NO_RULES: NumberingRule[] = [];

function rulesFor(text: string): NumberingRule[] {
  const first = text.charCodeAt(0);
  // Every row lists all the ASCII characters and ideographs it can start with.
  if (first < 0x80 || (first >= 0x4e00 && first <= 0x9fff)) return RULES_BY_FIRST_CHARACTER.get(first) ?? NO_RULES;
  return NUMBERING_RULES;
}

export function stripNumbering(text: string): { rest: string; rule: string } | undefined {
  for (const rule of rulesFor(text)) {
    const match = rule.pattern.exec(text);
    if (match && match[0].length > 0) return { rest: text.slice(match[0].length), rule: rule.name };
  }
  return undefined;
}

/** The candidate's answer to the question above (答：…) is the author's prose, never a question. */
export const ANSWER_MARKER = /^(?:答|回答|我答|我的回答|a|answer)\s*[:：]/i;

/** Numbers written inside one line: `1.自我介绍 2.讲项目 3.transformer` or `①…②…`, never a date such as 9.12. */
const INLINE_NUMBER = /(?:^|[\s；;，,。：:])(\d{1,2})\s*(?:\.(?!\d)|[、)）])\s*(?=\S)/g;
const INLINE_CIRCLED = /[\u2460-\u2473]/g;
const ANY_CIRCLED = /[\u2460-\u2473]/;
const ANY_DIGIT = /\d/;

/** A line's numbered items and the author's words before the first one. */
export interface InlineList {
  /** What comes before the first number (`面试官很准时，就开始了：`), trimmed; may be empty. */
  intro: string;
  items: string[];
  /** The number of the last item. */
  lastNumber: number;
}

/**
 * The items a line numbers inside it (1, 2, 3 … or ①②③, counting up from any number), or
 * undefined when it numbers fewer than two. `continuing` also accepts a single item that carries
 * on a count from the line before (`然后是手撕，9.lc 3 …` after items 1–8).
 */
export function inlineList(text: string, continuing?: number): InlineList | undefined {
  // Nearly every line numbers nothing inside it: look before collecting matches.
  if (!ANY_DIGIT.test(text) && !ANY_CIRCLED.test(text)) return undefined;
  // `start` is where the item before ends; `after` where the words before it end (a colon or comma
  // that precedes the number stays with them).
  const cuts: Array<{ start: number; after: number; end: number; number: number }> = [];
  const circled = ANY_CIRCLED.test(text) ? [...text.matchAll(INLINE_CIRCLED)] : [];
  if (circled.length >= 2) {
    for (const mark of circled) cuts.push({ start: mark.index, after: mark.index, end: mark.index + 1, number: mark[0].charCodeAt(0) - 0x2460 + 1 });
  } else {
    const marks = [...text.matchAll(INLINE_NUMBER)];
    let expected = Number(marks[0]?.[1] ?? 0);
    for (const mark of marks) {
      if (Number(mark[1]) !== expected) continue;
      const separator = /^[；;，,。：:]/.test(mark[0]) ? 1 : 0;
      cuts.push({ start: mark.index, after: mark.index + separator, end: mark.index + mark[0].length, number: expected });
      expected++;
    }
  }
  const single = cuts.length === 1 && continuing !== undefined && cuts[0]!.number === continuing && cuts[0]!.start > 0;
  if (cuts.length < 2 && !single) return undefined;
  const items = cuts.map((cut, i) => text.slice(cut.end, cuts[i + 1]?.start ?? text.length).trim()).filter(Boolean);
  if (items.length === 0) return undefined;
  return { intro: text.slice(0, cuts[0]!.after).trim(), items, lastNumber: cuts.at(-1)!.number };
}

/** Splits a line that numbers several items; otherwise returns it whole. */
export function splitInlineNumbering(text: string): string[] {
  const list = inlineList(text);
  if (list === undefined) return [text];
  return list.intro ? [list.intro, ...list.items] : list.items;
}
