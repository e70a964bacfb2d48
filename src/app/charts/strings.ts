/** Words the chart parts (frame, legend, tooltip) use, in both languages. */
import type { Lang } from '../state/types';

const zh = {
  downloadSvg: '下载 SVG',
  downloadPng: '下载 PNG',
  downloadLabel: '下载图表「{title}」为 {format}',
  smallSample: '样本少',
  smallSampleNote: '斜线 = 样本少（少于 {n} 篇面经），数字仅供参考',
  questions: '{n} 道题',
  posts: '{n} 篇面经',
  nQuestionsPosts: 'n = {q} 道题 · {p} 篇面经',
  empty: '当前筛选下没有数据',
  showTable: '表格',
  hideTable: '收起表格',
};

const en: Record<keyof typeof zh, string> = {
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  downloadLabel: 'Download the chart “{title}” as {format}',
  smallSample: 'small sample',
  smallSampleNote: 'Hatched = small sample (fewer than {n} posts): read with care',
  questions: '{n} questions',
  posts: '{n} posts',
  nQuestionsPosts: 'n = {q} questions · {p} posts',
  empty: 'No data under the current filters',
  showTable: 'Table',
  hideTable: 'Hide table',
};

export type ChartStringKey = keyof typeof zh;

const TABLES: Record<Lang, Record<ChartStringKey, string>> = { zh, en };

/** Fills `{name}` placeholders; shared by the views' own string tables. */
/** Templates split once into literal, name, literal, … (charts fill thousands of tooltips a click). */
const compiled = new Map<string, readonly string[]>();

export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + (parts[i + 1] ?? '');
  }
  return out;
}

export function chartText(
  lang: Lang,
  key: ChartStringKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fill(TABLES[lang][key], params);
}
