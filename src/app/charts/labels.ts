/** Names of topics, areas, rounds and companies in the two languages of the dashboard. */
import companyTable from '../../../data/companies.json';
import type { TopicSpace } from '../../analysis/topic-space';
import type { CompanyId, RoundId } from '../../loader/types';
import type { Lang } from '../state/types';

export const topicName = (space: TopicSpace, code: number, lang: Lang): string => {
  const topic = space.topics[code];
  return topic === undefined ? '' : topic[lang];
};

export const areaName = (space: TopicSpace, code: number, lang: Lang): string => {
  const area = space.areas[code];
  return area === undefined ? '' : area[lang];
};

const ROUND_NAMES: Record<RoundId, Record<Lang, string>> = {
  '1': { zh: '一面', en: 'Round 1' },
  '2': { zh: '二面', en: 'Round 2' },
  '3': { zh: '三面', en: 'Round 3' },
  '4': { zh: '四面', en: 'Round 4' },
  hr: { zh: 'HR面', en: 'HR' },
  final: { zh: '终面', en: 'Final' },
  unknown: { zh: '未标明', en: 'Not stated' },
};

export const roundName = (round: RoundId, lang: Lang): string => ROUND_NAMES[round][lang];

interface CompanyNames {
  readonly zh: string;
  readonly en: string;
}

const COMPANY_NAMES = new Map<CompanyId, CompanyNames>(
  (companyTable.companies as readonly (CompanyNames & { id: string })[]).map((c) => [c.id, c]),
);

export function companyName(id: CompanyId, lang: Lang): string {
  if (id === 'unknown') return lang === 'zh' ? '未知公司' : 'Unknown';
  return COMPANY_NAMES.get(id)?.[lang] ?? id;
}
