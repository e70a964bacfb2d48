/**
 * The taxonomy as the dashboard needs it: ids, names and the topic tree, without the thousands of
 * matching terms only the loading worker uses. The page's bundle would otherwise carry the whole
 * classifier's tables twice (issue #6's bundle budget).
 */
import labels, { type AreaLabel, type CompanyLabel, type TopicLabel } from 'virtual:app-labels';
import { topicLookup } from '../../loader/classify/topic-lookup';

export type { AreaLabel, CompanyLabel, TopicLabel };

export const appTaxonomy: { areas: readonly AreaLabel[]; topics: readonly TopicLabel[] } = labels;
export const companyLabels: readonly CompanyLabel[] = labels.companies;
export const { contractTopicOf, areaOf } = topicLookup(labels.topics);
