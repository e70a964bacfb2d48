/**
 * Stage 4: who interviewed, for what, when, and whether the post records an interview at all.
 * The company is read from the title, round headers (`抖音一面`), hashtags and the author's own
 * lines about the interview, never from questions (估计淘宝的商品数量 at 抖音) or advice
 * (找一段中厂实习，比如 zhipu).
 */
import { findCompanies, type CompanyMention } from './companies';
import { foldWidth } from './text';
import type { CompanyId, PostKind } from './types';

export interface PostMeta {
  company: CompanyId;
  team: string;
  role: string;
  date: string;
}

export interface MetaSources {
  titles: string[];
  headers: string[];
  hashtags: string[];
  prose: string[];
}

/** Prose names the interviewer only next to words about the interview itself. */
const INTERVIEW_CONTEXT = /^(.{0,12}?)(?:的)?(?:大模型|算法|AI|NLP|LLM)?(?:面经|面试|一面|二面|三面|终面|hr面|实习面|offer|oc|凉经)/i;

/** `快手和京东`, `字节/阿里/腾讯`: companies listed side by side. */
const LIST_SEPARATOR = /^\s*(?:和|与|及|跟|、|\/|&|,|，|\+|\|)\s*$/;

function listsCompanies(text: string, mentions: CompanyMention[]): boolean {
  return mentions.some((m, i) => {
    const next = mentions[i + 1];
    return next !== undefined && next.company !== m.company && LIST_SEPARATOR.test(text.slice(m.index + m.length, next.index));
  });
}

/** A text that lists several companies (a 合集, or 准备快手和京东的面试) names no interviewer. */
function firstMention(texts: string[]): CompanyMention | undefined {
  for (const text of texts) {
    const mentions = findCompanies(text);
    if (mentions.length === 0) continue;
    return listsCompanies(text, mentions) ? undefined : mentions[0];
  }
  return undefined;
}

/** Hashtags often list several companies as keywords; only a single one names the interviewer. */
function hashtagMention(hashtags: string[]): CompanyMention | undefined {
  const mentions = hashtags.flatMap((h) => findCompanies(h));
  const companies = new Set(mentions.map((m) => m.company));
  return companies.size === 1 ? mentions.find((m) => m.team) ?? mentions[0] : undefined;
}

/** `这次面的是小米的…`, `Applied to 蚂蚁's team`: the interview named just before the company. */
const INTERVIEW_BEFORE = /(?:面的是|面试的是|投的是|投递的是|面的|投的|applied to|interviewed (?:at|with))\s*$/i;

/** `准备快手和京东的面试` names two companies for one interview word: it names no interviewer. */
function proseMention(prose: string[]): CompanyMention | undefined {
  for (const line of prose) {
    const mentions = findCompanies(line);
    const introduced = mentions.find((m) => INTERVIEW_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index)));
    if (introduced) return introduced;
    for (const mention of mentions) {
      const context = INTERVIEW_CONTEXT.exec(line.slice(mention.index));
      if (!context) continue;
      const contextEnd = mention.index + context[0].length;
      const others = mentions.filter((m) => m.company !== mention.company && m.index > mention.index && m.index < contextEnd);
      if (others.length === 0) return mention;
      break;
    }
  }
  return undefined;
}

function teamFor(company: CompanyId, texts: string[]): string {
  for (const text of texts) {
    const team = findCompanies(text).find((m) => m.company === company && m.team);
    if (team) return team.team;
  }
  return '';
}

const ROLE =
  /(?:大模型|LLM|NLP|CV|多模态|推荐|搜索|广告|语音|AIGC|AI|Agent|RAG|应用|基座|预训练|后训练|对齐|强化学习|推理|训练|infra|数据|后端|前端|测试)[\u4e00-\u9fa5A-Za-z]{0,10}?(?:算法工程师|工程师|研究员|实习生|算法实习|算法岗|算法|开发|岗)/i;

function roleOf(titles: string[]): string {
  for (const title of titles) {
    const match = ROLE.exec(withoutCompanyNames(title.replace(/^[^:：]*面经\s*[:：]/, '')));
    if (match) return match[0];
  }
  return '';
}

function withoutCompanyNames(text: string): string {
  let out = '';
  let cursor = 0;
  for (const mention of findCompanies(text)) {
    if (mention.index < cursor) continue;
    out += `${text.slice(cursor, mention.index)} `;
    cursor = mention.index + mention.length;
  }
  return out + text.slice(cursor);
}

const pad = (n: string) => n.padStart(2, '0');
const validMonthDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

const FULL_DATE = /(20\d{2})\s*[年./\/-]\s*(\d{1,2})\s*[月./\/-]\s*(\d{1,2})\s*[日号]?/;
const CN_MONTH_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
/** `11.13` after a title's words, but not a version such as `Qwen 2.5` or `LLaMA 3.1`. */
const SHORT_MONTH_DAY = /(?<![\d.A-Za-z]|[A-Za-z]\s{1,2})(\d{1,2})[./-](\d{1,2})(?![\d.])/;

/** `2025.8.2` → `2025-08-02`; `8月2日` → `08-02`; a title's `11.13` → `11-13`. */
export function dateOf(rawTitles: string[], rawProse: string[]): string {
  const titles = rawTitles.map(foldWidth);
  const prose = rawProse.map(foldWidth);
  for (const text of [...titles, ...prose]) {
    const full = FULL_DATE.exec(text);
    if (full && validMonthDay(Number(full[2]), Number(full[3]))) {
      return `${full[1]}-${pad(full[2] ?? '')}-${pad(full[3] ?? '')}`;
    }
    const cn = CN_MONTH_DAY.exec(text);
    if (cn && validMonthDay(Number(cn[1]), Number(cn[2]))) return `${pad(cn[1] ?? '')}-${pad(cn[2] ?? '')}`;
  }
  for (const title of titles) {
    const short = SHORT_MONTH_DAY.exec(title);
    if (short && validMonthDay(Number(short[1]), Number(short[2]))) {
      return `${pad(short[1] ?? '')}-${pad(short[2] ?? '')}`;
    }
  }
  return '';
}

export function metaOf(sources: MetaSources): PostMeta {
  const mention =
    firstMention(sources.titles) ??
    firstMention(sources.headers) ??
    hashtagMention(sources.hashtags) ??
    proseMention(sources.prose);
  const company = mention?.company ?? 'unknown';
  const team =
    company === 'unknown'
      ? ''
      : mention?.team || teamFor(company, [...sources.titles, ...sources.headers, ...sources.hashtags]);
  return {
    company,
    team,
    role: roleOf(sources.titles),
    date: dateOf([...sources.titles, ...sources.headers], sources.prose),
  };
}

const GUIDE_CUES =
  /复习内容|复习路线|学习路线|准备路线|备战|如何准备|怎么准备|准备.{0,6}面试|推荐|必读|选读|必看|资料|建议|攻略|指南|清单|书单|路线图|重点关注|入门/g;
const RECORD_CUES =
  /面试官|问了我|被问|问到了|这次面试|这场面试|一场面试|面试题如下|面经如下|面试过程|挂了|已挂|oc了|拿到offer|感谢信|面试时长|(?<!\d)\d{1,4}\s{0,3}min|手撕了|反问环节/gi;

/** `这不是面经！是我整理的复习路线`: the author says outright that the post records no interview. */
const NOT_AN_INTERVIEW = /(?:不是|并非|非|不算)\s{0,2}面经|not an interview (?:report|experience|writeup)/i;

export function declaresNoInterview(texts: readonly string[]): boolean {
  return texts.some((text) => NOT_AN_INTERVIEW.test(text));
}

/**
 * `大模型面试高频题200道（附答案）`, `…复盘：从0到拿下offer的准备路线`: a bank of questions to learn
 * or a way to prepare, gathered from no one interview.
 */
const GUIDE_TITLE =
  /高频(?:面试)?题|题库|(?<![\d.])\d{2,4}\s*道|(?<![\d.])\d{1,4}\s*个[^，,。]{0,8}(?:问题|面试题|八股)|附答案|(?:八股|面试题)文?(?:合集|汇总|大全|整理)|必背|必看|押题|(?:准备|复习|学习|备战)路线|路线图|备战指南|面试指南|准备攻略|怎么准备|如何准备|interview prep|prep checklist|study (?:guide|plan)|how to prepare|cheat ?sheet/i;

export function titledAsGuide(titles: readonly string[]): boolean {
  return titles.some((title) => GUIDE_TITLE.test(title));
}

/** Advice in the title (`…复盘：从0到拿下offer的准备路线`) says what the whole post is. */
const TITLE_WEIGHT = 3;

/** A post of study advice that records no interview is a guide; its items are still rows. */
export function postKindOf(allText: string, roundHeaders: number, titles: readonly string[] = []): PostKind {
  if (roundHeaders > 0) return 'interview';
  const inTitles = titles.reduce((sum, title) => sum + (title.match(GUIDE_CUES)?.length ?? 0), 0);
  const guide = (allText.match(GUIDE_CUES)?.length ?? 0) + (TITLE_WEIGHT - 1) * inTitles;
  const record = allText.match(RECORD_CUES)?.length ?? 0;
  return guide >= 2 && guide > record * 3 ? 'guide' : 'interview';
}
