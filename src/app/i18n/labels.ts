/**
 * Display names for the data's ids in the current language: topics and areas from the taxonomy,
 * companies from the company table, rounds, kinds and post kinds from the shell strings.
 * Unknown ids show as themselves, so new data never renders blank.
 */
import { appTaxonomy, companyLabels } from '../taxonomy';
import type { AreaId, CompanyId, KindId, PostKind, RoundId, TopicId } from '../../loader/types';
import type { FilterClause, Lang } from '../state/types';
import { translate } from './translate';

interface Named {
  zh: string;
  en: string;
}

const topicNames = new Map<TopicId, Named>(appTaxonomy.topics.map((topic) => [topic.id, topic]));
const areaNames = new Map<AreaId, Named>(appTaxonomy.areas.map((area) => [area.id, area]));
const companyNames = new Map<CompanyId, Named>(companyLabels.map((company) => [company.id, company]));

const roundIds: readonly RoundId[] = ['1', '2', '3', '4', 'hr', 'final', 'unknown'];
const kindIds: readonly KindId[] = ['concept', 'derivation', 'coding', 'project', 'scenario', 'open', 'behavioral'];

export function topicLabel(topic: TopicId, lang: Lang): string {
  return topicNames.get(topic)?.[lang] ?? topic;
}

export function areaLabel(area: AreaId, lang: Lang): string {
  return areaNames.get(area)?.[lang] ?? area;
}

export function companyLabel(company: CompanyId, lang: Lang): string {
  if (company === 'unknown') return translate(lang, 'company.unknown');
  return companyNames.get(company)?.[lang] ?? company;
}

export function roundLabel(round: RoundId | string, lang: Lang): string {
  const known = roundIds.find((id) => id === round);
  return known === undefined ? round : translate(lang, `round.${known}`);
}

export function kindLabel(kind: KindId | string, lang: Lang): string {
  const known = kindIds.find((id) => id === kind);
  return known === undefined ? kind : translate(lang, `kind.${known}`);
}

export function postKindLabel(kind: PostKind | string, lang: Lang): string {
  return kind === 'interview' || kind === 'guide' ? translate(lang, `postKind.${kind}`) : kind;
}

/** One filter value as a person reads it, whatever field it belongs to. */
export function filterValueLabel(field: FilterClause['field'], value: string, lang: Lang): string {
  switch (field) {
    case 'topic':
    case 'topicPair':
      return topicLabel(value, lang);
    case 'area':
      return areaLabel(value, lang);
    case 'company':
      return companyLabel(value, lang);
    case 'round':
      return roundLabel(value, lang);
    case 'kind':
      return kindLabel(value, lang);
    case 'postKind':
      return postKindLabel(value, lang);
    case 'search':
      return `“${value}”`;
  }
}
