/** The topic-frequency view's words. */
import type { Lang } from '../../state/types';
import { fill } from '../../charts/strings';

const zh = {
  title: '高频考点',
  titleArea: '高频考点 · {area}',
  measure: '度量',
  count: '题目数',
  share: '面经占比',
  level: '层级',
  topics: '考点',
  areas: '方向',
  allAreas: '← 全部方向',
  drillHint: '点击方向查看其下考点',
  barCount: '{q} 题 · {p} 篇',
  barShare: '{share}（{p}/{P} 篇）',
  tipQuestions: '题目：{q} / {Q}（{share}）',
  tipCountInterval: '95% 区间：{lo}–{hi} 题（Wilson）',
  tipPosts: '面经：{p} / {P} 篇问到（{share}）',
  tipShareInterval: '95% 区间：{lo}–{hi}（Wilson）',
  tipArea: '方向：{area}',
  small: '样本少：仅 {p} 篇面经',
  note: 'n = {q} 道题 · {p} 篇面经',
  unclassified: '（{u} 道未分类）',
  tick: '{v}',
};

const en: Record<keyof typeof zh, string> = {
  title: 'Most-asked topics',
  titleArea: 'Most-asked topics · {area}',
  measure: 'Measure',
  count: 'Questions',
  share: 'Share of posts',
  level: 'Level',
  topics: 'Topics',
  areas: 'Areas',
  allAreas: '← All areas',
  drillHint: 'Click an area to see its topics',
  barCount: '{q} q · {p} posts',
  barShare: '{share} ({p}/{P} posts)',
  tipQuestions: 'Questions: {q} of {Q} ({share})',
  tipCountInterval: '95% interval: {lo}–{hi} questions (Wilson)',
  tipPosts: 'Posts asking it: {p} of {P} ({share})',
  tipShareInterval: '95% interval: {lo}–{hi} (Wilson)',
  tipArea: 'Area: {area}',
  small: 'Small sample: only {p} posts',
  note: 'n = {q} questions · {p} posts',
  unclassified: ' ({u} unclassified)',
  tick: '{v}',
};

export type FrequencyStringKey = keyof typeof zh;

export const frequencyText = (
  lang: Lang,
  key: FrequencyStringKey,
  params: Readonly<Record<string, string | number>> = {},
): string => fill((lang === 'zh' ? zh : en)[key], params);
