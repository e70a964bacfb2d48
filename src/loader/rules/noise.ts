/**
 * Lines that a scraper or an LLM wrote, never the post's author. Each row names what it is, so
 * report.json and tests can say why a line was dropped. A new kind of log line is a new row.
 */
export interface NoiseRule {
  name: string;
  pattern: RegExp;
  /**
   * For a pattern anchored as `^\s*X`: every character X can start with (both cases where it
   * ignores case). The line's first non-space character then rules it in or out without a test.
   */
  startsWith?: string;
}

export const LOG_START = /^\s*使用模型\s*[:：]/;
export const PROMPT_LINE = /^\s*开始提问\s*[:：]/;
export const OCR_SECTION = /^\s*-{2,}\s*图片\s*\d+\s*OCR\s*结果\s*-{2,}\s*$/i;
/** Other scrapers' and authors' markers of recognised image text: `==== OCR image_1.jpg ====`, `【图片2 OCR】`. */
export const OCR_MARKER = /^\s*(?:[=\-—#*~_]{2,}|[【[])[^\n]{0,30}?(?<![a-z])OCR(?![a-z])[^\n]{0,30}?(?:[=\-—#*~_]{2,}|[】\]])\s*$/i;
export const MODEL_CALL = /^\s*当前使用模型\s*[:：]/;
export const IMAGE_PATH = /^\s*开始识别图片\s*[:：]\s*(.+)$/;

const DIGITS = '0123456789';

export const NOISE_RULES: NoiseRule[] = [
  { name: 'model banner', pattern: LOG_START, startsWith: '使' },
  { name: 'prompt', pattern: PROMPT_LINE, startsWith: '开' },
  { name: 'ocr section header', pattern: OCR_SECTION, startsWith: '-' },
  { name: 'model call', pattern: MODEL_CALL, startsWith: '当' },
  { name: 'image path', pattern: IMAGE_PATH, startsWith: '开' },
  { name: 'ocr prompt', pattern: /^\s*提问内容\s*[:：]/, startsWith: '提' },
  { name: 'api error', pattern: /^\s*调用\s{0,3}\S{0,40}?\s{0,3}API\s{0,3}时发生错误/i, startsWith: '调' },
  { name: 'stack trace', pattern: /^\s*(Error|Traceback|Exception)\b.*$/, startsWith: 'ET' },
  { name: 'http error', pattern: /^\s*\d{3}\s+[A-Z_]{6,}\.\s*\{/, startsWith: DIGITS },
  { name: 'quota', pattern: /配额已用完|RESOURCE_EXHAUSTED|rate.?limit|quota exceeded/i },
  { name: 'key switch', pattern: /^\s*已切换到新\s*(API\s*密钥|模型|key)/i, startsWith: '已' },
  { name: 'retry', pattern: /^\s*(正在重试|重试第\s*\d+\s*次|retrying\b)/i, startsWith: '正重rR' },
  { name: 'failure', pattern: /^\s*(处理失败|识别失败|请求失败|总结失败)[\s。.!！]*$/, startsWith: '处识请总' },
  { name: 'done', pattern: /^\s*(处理完成|识别完成|总结完成|请求完成)[\s。.!！]*$/, startsWith: '处识总请' },
  // `----- RAW BODY END -----`: a scraper's own marker in capitals between rules.
  { name: 'scraper marker', pattern: /^\s*[-=]{3,}\s*[A-Z][A-Z0-9 _]{2,}\s*[-=]{3,}\s*$/, startsWith: '-=' },
  // A phone screenshot's status bar (`09:41 ⅠⅠ 5G 87%`) and app bar (`< 备忘录   完成`), read by OCR.
  { name: 'status bar', pattern: /^\s*\d{1,2}:\d{2}\s.{0,20}(?:[345]G|LTE|wi-?fi|\d{1,3}\s?%)\s*$/i, startsWith: DIGITS },
  { name: 'app bar', pattern: /^\s*[<‹〈]\s*\S{1,8}\s{2,}(?:完成|编辑|分享|更多|保存)\s*$/, startsWith: '<‹〈' },
  // A 知乎 answer's footer: `赞同 1.3K　　88 条评论`.
  { name: 'page footer', pattern: /^\s*(?:赞同|点赞|喜欢)\s*[\d.]+\s*[KkWw万千]?\s+.{0,20}条评论\s*$/, startsWith: '赞点喜' },
  // `[2025-10-14 21:03:11,482] INFO crawler: …`, `2025-10-14 21:03:11 - WARNING - …`, `[INFO] …`:
  // any crawler's logging module, whatever it logs.
  {
    name: 'log record',
    pattern:
      /^\s*(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[,.]\d{1,6})?\]?\s*(?:-\s*)?\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|CRITICAL|FATAL|TRACE)\b|\[(?:INFO|DEBUG|WARN|WARNING|ERROR|CRITICAL|FATAL|TRACE)\]\s|(?:INFO|DEBUG|WARNING|ERROR|CRITICAL):[\w.]+:)/,
    startsWith: `[${DIGITS}IDWEC`,
  },
];

/** The rules, in table order, that a line opening with each character may match. */
const RULES_BY_FIRST_CHARACTER = new Map<number, NoiseRule[]>();
/** Rules not anchored at the start: tried on every line. */
const UNANCHORED_RULES = NOISE_RULES.filter((rule) => rule.startsWith === undefined);
for (const rule of NOISE_RULES) {
  for (const ch of rule.startsWith ?? '') {
    RULES_BY_FIRST_CHARACTER.set(
      ch.charCodeAt(0),
      NOISE_RULES.filter((r) => r.startsWith === undefined || r.startsWith.includes(ch)),
    );
  }
}

export function matchNoise(line: string): NoiseRule | undefined {
  // An anchored rule's `\s*` stops at the first non-space character (what `trimStart` keeps), and
  // its match goes on with one of its startsWith characters: other lines cannot match it.
  const rules = RULES_BY_FIRST_CHARACTER.get(line.trimStart().charCodeAt(0)) ?? UNANCHORED_RULES;
  return rules.find((rule) => rule.pattern.test(line));
}

/** API keys leak into logs when the scraper switches keys; they never reach an output. */
const SECRET = /\b(?:AIza[0-9A-Za-z_\-]*|sk-[A-Za-z0-9_\-]{4,}|ghp_[A-Za-z0-9]{8,}|xox[abp]-[A-Za-z0-9-]{8,})(?:\.\.\.|…)?/g;

export const REDACTED = '[redacted]';

export function redactSecrets(text: string): string {
  return text.replace(SECRET, REDACTED);
}
