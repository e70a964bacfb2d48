/** The co-occurrence view's words. */
import { fill } from '../../charts/strings';
import type { Lang } from '../../state/types';

const zh = {
  title: '主题共现',
  measure: '度量',
  count: '次数',
  lift: '提升度',
  scope: '范围',
  question: '同一道题',
  post: '同一篇面经',
  unitQuestions: '道题',
  unitPosts: '篇面经',
  tipTogether: '同时出现：{n} {unit}（共 {N} {unit}含考点）',
  tipSingles: '{a}：{na} · {b}：{nb}',
  tipLift: '提升度 {lift}（随机期望 {expected}）',
  tipLiftHelp: '提升度 = 实际同现 ÷ 随机期望；>1 比偶然更常一起出现',
  tipDiagonal: '含此考点：{n} {unit}',
  small: '样本少：同时出现 {n} 次，随机期望 {e} 次',
  smallKey: '斜线 = 样本少（实际与期望同现都少于 {n} 次）',
  note: 'n = {units} {unit}含考点 · {t} 个考点 · 按聚类排序',
  keyCount: '颜色越深 = 同现越多（最多 {max}）',
  keyLift: '蓝 = 比随机更常一起出现 · 橙 = 更少 · 越深越偏离（少见的组合向 1 收缩）',
  listTitle: '「{a}」与「{b}」同时出现的题目（{n}）',
  listTitlePost: '同时问到「{a}」和「{b}」的面经中的相关题目（{n}）',
  listMore: '还有 {n} 道未列出',
  openPost: '查看原帖',
  closeList: '关闭',
  tableCorner: '同现的{unit}数',
};

const en: Record<keyof typeof zh, string> = {
  title: 'Topics asked together',
  measure: 'Measure',
  count: 'Count',
  lift: 'Lift',
  scope: 'Within',
  question: 'a question',
  post: 'a post',
  unitQuestions: 'questions',
  unitPosts: 'posts',
  tipTogether: 'Together in {n} {unit} (of {N} {unit} with topics)',
  tipSingles: '{a}: {na} · {b}: {nb}',
  tipLift: 'Lift {lift} (expected by chance {expected})',
  tipLiftHelp: 'Lift = together ÷ expected by chance; above 1 means more often than chance',
  tipDiagonal: 'With this topic: {n} {unit}',
  small: 'Small sample: together {n} times, chance expects {e}',
  smallKey: 'Hatched = small sample (seen and expected together both under {n})',
  note: 'n = {units} {unit} with topics · {t} topics · ordered by clustering',
  keyCount: 'Darker = together more often (max {max})',
  keyLift: 'Blue = together more than chance · vermillion = less · stronger = further from 1 (rare pairs shrunk towards 1)',
  listTitle: 'Questions with both “{a}” and “{b}” ({n})',
  listTitlePost: 'Questions on “{a}” or “{b}” from posts that ask both ({n})',
  listMore: '{n} more not listed',
  openPost: 'Open post',
  closeList: 'Close',
  tableCorner: '{unit} with both',
};

export type CooccurrenceStringKey = keyof typeof zh;

export const pairText = (
  lang: Lang,
  key: CooccurrenceStringKey,
  params: Readonly<Record<string, string | number>> = {},
): string => fill((lang === 'zh' ? zh : en)[key], params);
