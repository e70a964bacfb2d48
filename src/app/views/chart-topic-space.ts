/** The topic space of the project's taxonomy, built once and shared by the chart views. */
import { createTopicSpace } from '../../analysis/topic-space';
import { taxonomy } from '../../loader/classify';

export const chartTopicSpace = createTopicSpace(taxonomy);
