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
  {
    name: 'emoji marker',
    pattern: /^(?:✅|✔\uFE0F?|☑\uFE0F?|👉|🔹|🔸|🔺|▪\uFE0F?|▶\uFE0F?|➤|➡\uFE0F?|⭐\uFE0F?|🌟|📌|💡|❓|❗|🔥)\s*/u,
  },
  { name: 'question number', pattern: /^[QqＱ]\s*\d{1,3}\s*[.．:：、)）]?\s*/ },
  { name: 'parenthesised number', pattern: /^[（(【[]\s*\d{1,3}\s*[)）】\]]\s*/ },
  { name: 'number', pattern: /^\d{1,3}\s*[.．、,，)）:：](?!\d)\s*/ },
  { name: 'number and space', pattern: /^\d{1,2}\s+(?=\D)/ },
  { name: 'chinese number', pattern: /^[一二三四五六七八九十]{1,3}\s*[、.．:：]\s*/ },
  { name: 'letter item', pattern: /^[a-hA-H]\s*[.)）、]\s*(?=\S)/ },
  { name: 'bullet', pattern: /^(?:[-–—•·●○◦▪*+]|>\s*[-*])\s+|^[•·●○◦▪]\s*/ },
];

export function stripNumbering(text: string): { rest: string; rule: string } | undefined {
  for (const rule of NUMBERING_RULES) {
    const match = rule.pattern.exec(text);
    if (match && match[0].length > 0) return { rest: text.slice(match[0].length), rule: rule.name };
  }
  return undefined;
}
