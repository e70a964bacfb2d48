/** The company-comparison view's words. */
import { fill } from '../../charts/strings';
import type { Lang } from '../../state/types';

const zh = {
  title: '公司 × 考点',
  compareTitle: '公司特色考点：{a} vs {b}',
  rowN: '{q} 题 · {p} 篇',
  tipShare: '占该公司题目 {share}：{q} / {Q} 道题',
  tipPosts: '出现在 {p} / {P} 篇面经',
  tipCompany: '{q} 道题 · {p} 篇面经',
  tipTopicTotal: '各公司共 {q} 道题涉及此考点',
  small: '样本少：仅 {p} 篇面经',
  note: 'n = {q} 道题 · {c} 家公司',
  noteHidden: '（显示前 {shown} 家）',
  showAll: '显示全部 {n} 家公司',
  showFewer: '只显示前 {n} 家',
  pickA: '公司 A',
  pickB: '公司 B',
  keyShade: '颜色越深 = 该考点占该公司题目比例越高（最高 {max}）',
  distinctiveNote: '条长 = 对数几率 z 值（相对其余公司，Dirichlet 先验收缩）；z > 1.96 较显著',
  tipZ: 'z = {z}（对数几率 {delta}）',
  tipVs: '{company}：{share}（{q} / {Q} 题）· 其余公司：{rest}（{rq} / {RQ} 题）',
  noneDistinctive: '没有明显偏高的考点',
  weak: '（不显著）',
  tableCorner: '公司（题 · 篇）',
};

const en: Record<keyof typeof zh, string> = {
  title: 'Companies × topics',
  compareTitle: 'What sets them apart: {a} vs {b}',
  rowN: '{q} q · {p} posts',
  tipShare: '{share} of the company’s questions: {q} of {Q}',
  tipPosts: 'In {p} of {P} posts',
  tipCompany: '{q} questions · {p} posts',
  tipTopicTotal: '{q} questions on this topic across companies',
  small: 'Small sample: only {p} posts',
  note: 'n = {q} questions · {c} companies',
  noteHidden: ' (top {shown} shown)',
  showAll: 'Show all {n} companies',
  showFewer: 'Show the top {n} only',
  pickA: 'Company A',
  pickB: 'Company B',
  keyShade: 'Darker = larger share of the company’s questions (max {max})',
  distinctiveNote: 'Bar = log-odds z against all other companies (Dirichlet prior shrinks small samples); z > 1.96 is notable',
  tipZ: 'z = {z} (log-odds {delta})',
  tipVs: '{company}: {share} ({q} of {Q} q) · others: {rest} ({rq} of {RQ} q)',
  noneDistinctive: 'Nothing asked notably more than elsewhere',
  weak: ' (weak)',
  tableCorner: 'Company (q · posts)',
};

export const companyText = (
  lang: Lang,
  key: keyof typeof zh,
  params: Readonly<Record<string, string | number>> = {},
): string => fill((lang === 'zh' ? zh : en)[key], params);
