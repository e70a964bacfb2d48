/** The `topic-frequency` view: the chart of ./topic-frequency/ on the project's taxonomy. */
import type { ViewProps } from '../state/types';
import { chartTopicSpace } from './chart-topic-space';
import { TopicFrequencyChart } from './topic-frequency/TopicFrequencyChart';

export function TopicFrequencyView(props: ViewProps) {
  return <TopicFrequencyChart {...props} space={chartTopicSpace} />;
}
