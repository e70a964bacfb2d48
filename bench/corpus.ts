/**
 * A deterministic corpus of interview-experience posts in every format the loader reads:
 * scraper logs (banners, prompts, OCR sections, API errors, key switches, LLM summaries), plain
 * text posts, Markdown posts and post-level CSV exports, in UTF-8 (some with a BOM or CRLF line
 * ends) and a few in GB18030. Each post draws from its own seeded stream, so post i is the same
 * whatever the corpus size: a 2 MB corpus is the start of a 32 MB one with the same seed.
 */
import companiesTable from '../data/companies.json';
import leetcodeTable from '../data/leetcode.json';
import { encodeGb18030 } from './gb18030';
import { Draw, mixSeed, mulberry32 } from './prng';
import {
  GUIDE_LINES,
  HASHTAGS,
  ONE_TERM,
  PROSE_LINES,
  QUESTION_PREFIXES,
  QUESTION_SUFFIXES,
  ROLES,
  TOPICS,
  TWO_TERMS,
  type TopicVocabulary,
} from './vocabulary';

export type FileFormat = 'log' | 'text' | 'markdown' | 'csv';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface GeneratedFile {
  name: string;
  bytes: Uint8Array;
  format: FileFormat;
  encoding: Encoding;
  crlf: boolean;
  /** Posts written into the file (a CSV holds many). */
  posts: number;
  /** Question lines written, before the loader decides anything. */
  questions: number;
}

export interface CorpusOptions {
  seed: number;
  /** Stop after this many posts… */
  posts?: number;
  /** …or once the files written reach this many bytes (whichever comes first). */
  targetBytes?: number;
  /** Posts per CSV file. */
  csvBatch?: number;
  /** Share of posts per format; the rest are scraper logs. */
  shares?: Partial<Record<Exclude<FileFormat, 'log'>, number>>;
}

export interface CorpusSummary {
  files: number;
  bytes: number;
  posts: number;
  questions: number;
  byFormat: Record<FileFormat, { files: number; bytes: number; posts: number }>;
}

interface Company {
  id: string;
  zh: string;
  aliases: string[];
  teams: string[];
}

const COMPANIES: Company[] = companiesTable.companies;
const CONTRACT_COMPANIES = new Set([
  'bytedance', 'alibaba', 'ant-group', 'tencent', 'baidu', 'meituan', 'kuaishou', 'xiaohongshu', 'pinduoduo',
  'jd', 'huawei', 'xiaomi', 'netease', 'zhipu', 'minimax', 'moonshot', 'deepseek', 'microsoft',
]);
const PROBLEMS: Array<{ id: number; zh: string; en: string }> = leetcodeTable.problems;

/** GB18030 when every character has a two-byte code (the test encoder's reach), else UTF-8. */
function gbOrUtf8(text: string): Encoding {
  return new TextDecoder('gb18030').decode(encodeGb18030(text)) === text ? 'gb18030' : 'utf-8';
}

type RoundLabel = '一面' | '二面' | '三面' | '四面' | 'HR面' | '终面';
const ROUND_SEQUENCES: ReadonlyArray<readonly [RoundLabel[], number]> = [
  [['一面'], 5],
  [['一面', '二面'], 5],
  [['一面', '二面', '三面'], 4],
  [['一面', '二面', 'HR面'], 3],
  [['一面', '二面', '三面', '终面'], 2],
  [['一面', '二面', '终面', 'HR面'], 2],
  [['一面', '二面', '三面', '四面'], 1],
  [['二面'], 1],
  [['终面'], 1],
];
const ROUND_NUMBER: Record<RoundLabel, number> = { 一面: 1, 二面: 2, 三面: 3, 四面: 4, HR面: 5, 终面: 6 };
const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

type Numbering =
  | 'dun' | 'dot' | 'paren' | 'bracket' | 'q' | 'circled' | 'emoji' | 'dash' | 'bullet' | 'prefix' | 'none';
const NUMBERINGS: ReadonlyArray<readonly [Numbering, number]> = [
  ['dun', 5], ['dot', 5], ['paren', 2], ['bracket', 2], ['q', 2], ['circled', 2], ['emoji', 3], ['dash', 3],
  ['bullet', 2], ['prefix', 3], ['none', 2],
];
const EMOJI_DIGITS = ['0️⃣', '1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣'];

interface QuestionSpec {
  text: string;
  /** The kind prefix an author would write (八股/项目/代码题/场景题), for `prefix` numbering. */
  prefix: string;
  /** An indented follow-up line under the question, part of the post (a repost has it too). */
  followUp?: string;
}

interface RoundSpec {
  label: RoundLabel;
  questions: QuestionSpec[];
}

interface PostSpec {
  index: number;
  company: Company | undefined;
  /** How the post names the company: an alias or a team. */
  companyName: string;
  role: string;
  date: { year: number; month: number; day: number } | undefined;
  guide: boolean;
  /** One unnamed round: the post has no round headers at all. */
  headerless: boolean;
  rounds: RoundSpec[];
}

function emojiNumber(n: number): string {
  return String(n)
    .split('')
    .map((d) => EMOJI_DIGITS[Number(d)] ?? d)
    .join('');
}

function circled(n: number): string {
  return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
}

/** Per-company topic weights: each company leans towards some topics, as real ones do. */
function companyWeights(seed: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const base = new Draw(mulberry32(mixSeed(seed, 0x70b1c)));
  const popularity = TOPICS.map(() => 0.4 + base.next() * 1.6);
  COMPANIES.forEach((company, ci) => {
    const draw = new Draw(mulberry32(mixSeed(seed, 0xc0 + ci)));
    out.set(
      company.id,
      popularity.map((p) => p * (0.25 + draw.next() ** 2 * 3)),
    );
  });
  out.set('', popularity);
  return out;
}

class PostWriter {
  private readonly weights: Map<string, number[]>;
  private readonly companyRows: ReadonlyArray<readonly [Company | undefined, number]>;
  private readonly plainTopics: Array<readonly [TopicVocabulary, number]>;

  constructor(private readonly seed: number) {
    this.weights = companyWeights(seed);
    this.companyRows = [
      ...COMPANIES.map((c) => [c, CONTRACT_COMPANIES.has(c.id) ? 6 : 1] as const),
      [undefined, 6] as const,
    ];
    this.plainTopics = TOPICS.map((t) => [t, 1] as const);
  }

  spec(index: number): PostSpec {
    const draw = new Draw(mulberry32(mixSeed(this.seed, index + 1)));
    const company = draw.weighted(this.companyRows);
    const names = company ? [...company.aliases.slice(0, 2), company.zh, ...company.teams.slice(0, 3)] : [''];
    const companyName = draw.pick(names);
    const guide = draw.chance(0.04);
    const date = draw.chance(0.7)
      ? { year: draw.pick([2024, 2025, 2025, 2025]), month: draw.int(1, 12), day: draw.int(1, 28) }
      : undefined;
    const headerless = !guide && draw.chance(0.12);
    const labels: RoundLabel[] = guide ? ['一面'] : headerless ? [draw.pick(['一面', '二面'] as const)] : draw.weighted(ROUND_SEQUENCES);
    const weights = this.weights.get(company?.id ?? '') ?? [];
    const topicRows = TOPICS.map((t, i) => [t, weights[i] ?? 1] as const);
    const rounds = labels.map((label, r) => ({
      label,
      questions: this.roundQuestions(draw, label, r, guide, topicRows).map((q) =>
        draw.chance(0.04) ? { ...q, followUp: draw.pick(['追问：为什么？', '追问：还有别的办法吗？', '- 追问了实现细节']) } : q,
      ),
    }));
    return { index, company, companyName, role: draw.pick(ROLES), date, guide, headerless, rounds };
  }

  private roundQuestions(
    draw: Draw,
    label: RoundLabel,
    position: number,
    guide: boolean,
    topicRows: ReadonlyArray<readonly [TopicVocabulary, number]>,
  ): QuestionSpec[] {
    const out: QuestionSpec[] = [];
    const byId = (id: string) => TOPICS.find((t) => t.topic === id) as TopicVocabulary;
    if (label === 'HR面') {
      const hr = byId('behavioral');
      for (const q of draw.sample(hr.questions, draw.int(3, 6))) out.push({ text: q, prefix: '' });
      return out;
    }
    if (!guide && draw.chance(0.6)) out.push({ text: draw.pick(byId('self-intro').questions), prefix: '' });
    if (!guide && draw.chance(position === 0 ? 0.7 : 0.4)) {
      out.push({ text: draw.pick(byId('project-deep-dive').questions), prefix: '项目：' });
    }
    const count = guide ? draw.int(6, 14) : draw.int(4, 10);
    for (let i = 0; i < count; i++) out.push(this.question(draw, draw.weighted(topicRows)));
    if (!guide && draw.chance(0.6)) out.push(this.coding(draw));
    if (!guide && label === '终面' && draw.chance(0.5)) out.push({ text: draw.pick(byId('open-ended').questions), prefix: '开放题：' });
    return out;
  }

  private coding(draw: Draw): QuestionSpec {
    if (draw.chance(0.3)) {
      return { text: draw.pick((TOPICS.find((t) => t.topic === 'model-coding') as TopicVocabulary).questions), prefix: '代码题：' };
    }
    const p = draw.pick(PROBLEMS);
    const text = draw.pick([
      `lc ${p.id}. ${p.zh}`,
      `手撕：${p.zh}`,
      `力扣${p.id}，${p.zh}`,
      `leetcode ${p.id} ${p.en}`,
      `${p.zh}（hot100原题）`,
      `lc${p.id}，要求写完整代码并跑通用例`,
    ]);
    return { text, prefix: '代码题：' };
  }

  private question(draw: Draw, topic: TopicVocabulary): QuestionSpec {
    const style = draw.weighted([
      ['given', 5],
      ['one', 4],
      ['two', 1.5],
      ['compound', 1],
    ] as const);
    let text: string;
    if (style === 'given' || topic.terms.length < 2) text = draw.pick(topic.questions);
    else if (style === 'one') text = draw.pick(ONE_TERM).replace('{a}', draw.pick(topic.terms));
    else if (style === 'two') {
      const [a, b] = draw.sample(topic.terms, 2);
      text = draw.pick(TWO_TERMS).replace('{a}', a ?? '').replace('{b}', b ?? '');
    } else {
      const other = draw.weighted(this.plainTopics);
      text = `${draw.pick(topic.questions)}${draw.pick(other.questions)}`;
    }
    const prefixWord = draw.pick(QUESTION_PREFIXES);
    const suffix = draw.pick(QUESTION_SUFFIXES);
    const prefix = KIND_PREFIX[topic.topic] ?? '八股：';
    // `…怎么算？` + `，让我举个例子` reads `…怎么算？让我举个例子`.
    const tail = /[？?]$/.test(text) && /^[，？]/.test(suffix) ? suffix.slice(1) : suffix;
    return { text: `${prefixWord === '八股：' ? '' : prefixWord}${text}${tail}`, prefix };
  }
}

/** The prefix an author writes before a question of the topic in `八股：…` style posts. */
const KIND_PREFIX: Record<string, string> = {
  'self-intro': '',
  behavioral: '',
  'project-deep-dive': '项目：',
  'open-ended': '开放题：',
  'scenario-design': '场景题：',
  leetcode: '代码题：',
  'model-coding': '代码题：',
};

interface RenderOptions {
  gb: boolean;
}

function dateText(draw: Draw, date: PostSpec['date']): string {
  if (!date) return '';
  return draw.pick([
    `${date.year}.${date.month}.${date.day}`,
    `${date.month}月${date.day}日`,
    `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
    `${date.month}.${date.day}`,
  ]);
}

function titleOf(draw: Draw, post: PostSpec): string {
  if (post.guide) {
    return draw.pick(['大模型面试准备经验分享', '大模型算法岗复习路线', 'LLM面试八股学习指南', '秋招大模型复习攻略']);
  }
  const rounds = post.rounds.map((r) => r.label).join('');
  const date = post.date && draw.chance(0.5) ? ` ${post.date.month}.${post.date.day}` : '';
  const name = post.companyName;
  return draw.pick([
    `${name}${post.role}${rounds}面经${date}`,
    `算法面经：${name}${post.role}${date}`,
    `${name} ${post.role} ${draw.pick(['凉经', '面经', 'oc面经', '面试记录'])}`,
    `记录一下${name}${post.role}的面试${date}`,
    `${name}大模型${draw.pick(['实习', '秋招', '春招', '日常实习'])}面经`,
  ]);
}

function headerOf(draw: Draw, post: PostSpec, round: RoundSpec, r: number, markdown: boolean, gb: boolean): string {
  const n = ROUND_NUMBER[round.label];
  const numeric = n <= 4;
  const team = post.company?.teams[0] ?? post.companyName;
  const styles: string[] = [
    `${round.label}：`,
    `${round.label}`,
    `【${round.label}】（${draw.int(30, 90)}min）`,
    `**${round.label}**`,
    `${team}${round.label}`,
  ];
  if (!gb) styles.push(`${EMOJI_DIGITS[r + 1] ?? ''}${team}${round.label}`);
  if (numeric) styles.push(`Round ${n}:`, `第${CN_DIGIT[n] ?? n}轮`, `${n}面`);
  if (markdown) return `## ${draw.pick(styles.slice(0, 2))}`;
  return draw.pick(styles);
}

function numbered(style: Numbering, i: number, q: QuestionSpec): string {
  const n = i + 1;
  switch (style) {
    case 'dun':
      return `${n}、${q.text}`;
    case 'dot':
      return `${n}. ${q.text}`;
    case 'paren':
      return `${n}) ${q.text}`;
    case 'bracket':
      return `(${n}) ${q.text}`;
    case 'q':
      return `Q${n}: ${q.text}`;
    case 'circled':
      return `${circled(n)}${q.text}`;
    case 'emoji':
      return `${emojiNumber(n)}${q.text}`;
    case 'dash':
      return `- ${q.text}`;
    case 'bullet':
      return `• ${q.text}`;
    case 'prefix':
      return `${q.prefix}${q.text}`;
    case 'none':
      return /[？?]$/.test(q.text) ? q.text : `${q.text}？`;
  }
}

/** The author's own text of a post: title, prose, round headers, questions and hashtags. */
function bodyLines(draw: Draw, post: PostSpec, options: RenderOptions & { markdown: boolean }): { lines: string[]; questions: number } {
  const lines: string[] = [];
  let questions = 0;
  const title = titleOf(draw, post);
  lines.push(options.markdown ? `# ${title}` : title);
  if (draw.chance(0.5)) lines.push(`${draw.pick(PROSE_LINES)}${post.date ? `，${dateText(draw, post.date)}` : ''}`);
  if (post.guide) lines.push(draw.pick(GUIDE_LINES), draw.pick(GUIDE_LINES));
  let style: Numbering = draw.weighted(NUMBERINGS);
  if (options.gb && style === 'emoji') style = 'dun';
  if (options.markdown && draw.chance(0.6)) style = 'dash';
  post.rounds.forEach((round, r) => {
    if (!post.headerless && !post.guide) {
      if (lines.length > 1 || draw.chance(0.5)) lines.push('');
      lines.push(headerOf(draw, post, round, r, options.markdown, options.gb));
    }
    if (draw.chance(0.15)) style = options.gb ? 'dot' : draw.weighted(NUMBERINGS);
    round.questions.forEach((q, i) => {
      lines.push(numbered(style, i, q));
      questions++;
      if (q.followUp) lines.push(`    ${q.followUp}`);
    });
    if (options.markdown && draw.chance(0.05)) {
      lines.push('```python', 'def attention(q, k, v):', '    return softmax(q @ k.T / d ** 0.5) @ v', '```');
    }
  });
  lines.push('');
  if (draw.chance(0.5)) lines.push(draw.pick(PROSE_LINES));
  if (draw.chance(0.7)) {
    const tags = draw.sample(HASHTAGS, draw.int(2, 6)).map((t) => `#${t}[话题]#`);
    if (post.company && draw.chance(0.5)) tags.push(`#${post.company.zh}[话题]#`);
    lines.push(tags.join(' '));
  }
  return { lines, questions };
}

const MODEL = 'gemini-2.5-flash-lite';

function apiErrorLines(draw: Draw): string[] {
  const quota =
    `调用Gemini API时发生错误: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, ` +
    `please check your plan and billing details. * Quota exceeded for metric: generate_content_free_tier_requests, limit: 20, ` +
    `model: ${MODEL} Please retry in ${draw.int(1, 59)}.${draw.int(100000, 999999)}s.', 'status': 'RESOURCE_EXHAUSTED', ` +
    `'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': ` +
    `'generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel-FreeTier', ` +
    `'quotaValue': '20'}]}, {'@type': 'type.googleapis.com/google.rpc.RetryInfo', 'retryDelay': '${draw.int(1, 59)}s'}]}}`;
  const notFound =
    `调用Gemini API时发生错误: 404 NOT_FOUND. {'error': {'code': 404, 'message': 'models/gemini-1.5-flash is not found ` +
    `for API version v1beta, or is not supported for generateContent.', 'status': 'NOT_FOUND'}}`;
  const key = `AIzaSyBENCH${draw.int(0, 9)}...`;
  return draw.pick([
    [quota, `模型 ${MODEL} 配额已用完，尝试切换模型或API密钥...`, `已切换到新API密钥: ${key}`, '已切换到新模型: gemini-1.5-flash', notFound, '处理失败'],
    [quota, `正在重试第 ${draw.int(1, 3)} 次`, '处理失败'],
    [`Traceback (most recent call last): requests.exceptions.ConnectionError`, '处理失败'],
  ]);
}

function summaryLines(draw: Draw, post: PostSpec): string[] {
  const name = post.companyName || '某公司';
  return [
    '## 面试经验总结',
    `1. **面试公司**：${name}，岗位为${post.role}。`,
    `2. **考察重点**：${draw.sample(TOPICS, 3).map((t) => t.terms[0]).join('、')}等八股，以及项目深挖。`,
    '3. **建议**：提前准备手撕代码，熟悉主流模型的技术报告。',
  ];
}

function renderLog(draw: Draw, post: PostSpec): { text: string; questions: number } {
  const out: string[] = [`使用模型: ${MODEL}`, '开始提问: 请总结这篇大模型面试经验分享的主要内容，提取关键面试经验、技巧和建议', ''];
  const body = bodyLines(draw, post, { gb: false, markdown: false });
  out.push(...body.lines);
  const title = body.lines[0] ?? 'post';
  const images = draw.int(0, 3);
  for (let i = 1; i <= images; i++) {
    out.push('', `--- 图片 ${i} OCR结果 ---`, `使用模型: ${MODEL}`, `开始识别图片: /tmp/xhs_post_images/${title}/image_${i}.jpg`);
    out.push('提问内容: 图里有什么内容？', `当前使用模型: ${MODEL}`);
    if (draw.chance(0.6)) out.push(...apiErrorLines(draw));
    else {
      // The image repeats some of the post's questions (the loader merges them) and adds a few.
      out.push('图片中是一份面试题列表：');
      const round = draw.pick(post.rounds);
      round.questions.slice(0, draw.int(1, 4)).forEach((q, k) => out.push(`${k + 1}. ${q.text}`));
    }
  }
  out.push(`当前使用模型: ${MODEL}`);
  out.push(...(draw.chance(0.5) ? apiErrorLines(draw) : summaryLines(draw, post)));
  return { text: `${out.join('\n')}\n`, questions: body.questions };
}

function renderPlain(draw: Draw, post: PostSpec, gb: boolean, markdown: boolean): { text: string; questions: number } {
  const body = bodyLines(draw, post, { gb, markdown });
  return { text: `${body.lines.join('\n')}\n`, questions: body.questions };
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const CSV_HEADERS = [
  ['title', 'company', 'date', 'content'],
  ['标题', '公司', '发布时间', '正文'],
  ['id', 'title', 'text'],
] as const;

interface CsvBatch {
  header: readonly string[];
  rows: string[];
  posts: number;
  questions: number;
  gb: boolean;
  crlf: boolean;
}

function csvRow(draw: Draw, post: PostSpec, header: readonly string[], gb: boolean): { row: string; questions: number } {
  const body = bodyLines(draw, post, { gb, markdown: false });
  const [title, ...rest] = body.lines;
  const values: Record<string, string> = {
    title: title ?? '',
    标题: title ?? '',
    company: post.company?.zh ?? '',
    公司: post.company?.zh ?? '',
    date: post.date ? dateText(draw, post.date) : '',
    发布时间: post.date ? dateText(draw, post.date) : '',
    id: String(post.index),
    content: rest.join('\n'),
    正文: rest.join('\n'),
    text: rest.join('\n'),
  };
  return { row: header.map((h) => csvCell(values[h] ?? '')).join(','), questions: body.questions };
}

function encodeText(text: string, encoding: Encoding, crlf: boolean): Uint8Array {
  const withEnds = crlf ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'gb18030') return encodeGb18030(withEnds);
  const utf8 = new TextEncoder().encode(withEnds);
  if (encoding === 'utf-8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function shortHash(n: number): string {
  return mixSeed(n, 0x5eed).toString(16).padStart(8, '0');
}

/** Files of the corpus, in order, one at a time (a 32 MB corpus never sits in memory twice). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedFile> {
  const maxPosts = options.posts ?? Number.POSITIVE_INFINITY;
  const maxBytes = options.targetBytes ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(maxPosts) && !Number.isFinite(maxBytes)) throw new Error('give posts or targetBytes');
  const batchSize = options.csvBatch ?? 40;
  const shares = { text: 0.15, markdown: 0.1, csv: 0.25, ...options.shares };
  const writer = new PostWriter(options.seed);
  let bytes = 0;
  /** Bytes of CSV rows not yet written out (UTF-8 length, before the header). */
  let pending = 0;
  let batch: CsvBatch | undefined;
  let batchNo = 0;

  const flush = (): GeneratedFile | undefined => {
    if (!batch || batch.posts === 0) return undefined;
    const b = batch;
    batch = undefined;
    pending = 0;
    batchNo++;
    const text = `${b.header.join(',')}\n${b.rows.join('\n')}\n`;
    const encoding: Encoding = b.gb ? gbOrUtf8(text) : 'utf-8';
    const file: GeneratedFile = {
      name: `batch_${String(batchNo).padStart(4, '0')}_${shortHash(options.seed + batchNo)}.csv`,
      bytes: encodeText(text, encoding, b.crlf),
      format: 'csv',
      encoding,
      crlf: b.crlf,
      posts: b.posts,
      questions: b.questions,
    };
    bytes += file.bytes.length;
    return file;
  };

  for (let i = 0; i < maxPosts && bytes + pending < maxBytes; i++) {
    const draw = new Draw(mulberry32(mixSeed(options.seed ^ 0xf11e, i + 1)));
    // About one post in a hundred is a repost of a recent one in another format.
    const source = i > 10 && draw.chance(0.01) ? i - draw.int(1, 10) : i;
    const post = writer.spec(source);
    const roll = draw.next();
    const format: FileFormat =
      roll < shares.csv ? 'csv' : roll < shares.csv + shares.text ? 'text' : roll < shares.csv + shares.text + shares.markdown ? 'markdown' : 'log';

    if (format === 'csv') {
      batch ??= {
        header: draw.pick(CSV_HEADERS),
        rows: [],
        posts: 0,
        questions: 0,
        gb: draw.chance(0.04),
        crlf: draw.chance(0.3),
      };
      const { row, questions } = csvRow(draw, post, batch.header, batch.gb);
      batch.rows.push(row);
      batch.posts++;
      batch.questions += questions;
      // Pending CSV rows count towards the size, so the corpus stops near its target.
      pending += utf8Length(row) + 1;
      if (batch.posts >= batchSize) {
        const file = flush();
        if (file) yield file;
      }
      continue;
    }
    const gb = format === 'text' && draw.chance(0.1);
    const bom = draw.chance(0.05);
    const crlf = format !== 'log' && draw.chance(0.15);
    const rendered = format === 'log' ? renderLog(draw, post) : renderPlain(draw, post, gb, format === 'markdown');
    const encoding: Encoding = gb ? gbOrUtf8(rendered.text) : bom ? 'utf-8-bom' : 'utf-8';
    const file: GeneratedFile = {
      name: `${String(i).padStart(6, '0')}_${shortHash(options.seed * 7919 + i)}.${format === 'markdown' ? 'md' : 'txt'}`,
      bytes: encodeText(rendered.text, encoding, crlf),
      format,
      encoding,
      crlf,
      posts: 1,
      questions: rendered.questions,
    };
    bytes += file.bytes.length;
    yield file;
  }
  const last = flush();
  if (last) yield last;
}

export function summarize(files: Iterable<GeneratedFile>): CorpusSummary {
  const empty = () => ({ files: 0, bytes: 0, posts: 0 });
  const summary: CorpusSummary = {
    files: 0,
    bytes: 0,
    posts: 0,
    questions: 0,
    byFormat: { log: empty(), text: empty(), markdown: empty(), csv: empty() },
  };
  for (const file of files) {
    summary.files++;
    summary.bytes += file.bytes.length;
    summary.posts += file.posts;
    summary.questions += file.questions;
    const row = summary.byFormat[file.format];
    row.files++;
    row.bytes += file.bytes.length;
    row.posts += file.posts;
  }
  return summary;
}
