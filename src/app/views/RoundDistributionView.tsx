/** The `round-distribution` view: the chart of ./round-distribution/ on the project's taxonomy. */
import type { ViewProps } from '../state/types';
import { chartTopicSpace } from './chart-topic-space';
import { RoundDistributionChart } from './round-distribution/RoundDistributionChart';

export function RoundDistributionView(props: ViewProps) {
  return <RoundDistributionChart {...props} space={chartTopicSpace} />;
}
