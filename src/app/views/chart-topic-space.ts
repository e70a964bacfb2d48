/** The topic space of the project's taxonomy, built once and shared by the chart views. */
import { createTopicSpace } from '../../analysis/topic-space';
import { appTaxonomy } from '../taxonomy';

export const chartTopicSpace = createTopicSpace(appTaxonomy);
