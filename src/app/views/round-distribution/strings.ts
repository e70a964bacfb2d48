/** The round-distribution view's words. */
import { fill } from '../../charts/strings';
import type { Lang } from '../../state/types';

const zh = {
  title: '各轮次考察重点',
  subtitle: '每轮内归一化：条长 = 该轮题目中落在此项的比例',
  level: '层级',
  topics: '考点',
  areas: '方向',
  columnN: '{q} 题 · {p} 篇',
  columnQuestions: '{q} 题',
  columnPosts: '{p} 篇',
  tipRound: '{round}：{q} 道题，{p} 篇面经',
  tipShare: '占本轮题目权重 {share}（多考点的题平分权重）',
  tipCount: '本轮涉及此项：{q} 道题，{p} 篇面经',
  tipUnclassified: '本轮未分类：{u} 道题（不计入比例）',
  small: '样本少：本轮仅 {p} 篇面经',
  note: 'n = {q} 道题 · {p} 篇面经 · {r} 个轮次',
  clipped: '白色双斜线 = 条形超出刻度，以标注的数值为准',
};

const en: Record<keyof typeof zh, string> = {
  title: 'What each round asks',
  subtitle: 'Normalised per round: bar length = share of that round’s questions',
  level: 'Level',
  topics: 'Topics',
  areas: 'Areas',
  columnN: '{q} q · {p} posts',
  columnQuestions: '{q} q',
  columnPosts: '{p} posts',
  tipRound: '{round}: {q} questions in {p} posts',
  tipShare: '{share} of the round’s question weight (multi-topic questions split evenly)',
  tipCount: 'In this round: {q} questions in {p} posts',
  tipUnclassified: 'Unclassified in this round: {u} questions (left out of the shares)',
  small: 'Small sample: only {p} posts reach this round',
  note: 'n = {q} questions · {p} posts · {r} rounds',
  clipped: 'White break mark = bar longer than the scale; read its number',
};

export const roundText = (
  lang: Lang,
  key: keyof typeof zh,
  params: Readonly<Record<string, string | number>> = {},
): string => fill((lang === 'zh' ? zh : en)[key], params);
