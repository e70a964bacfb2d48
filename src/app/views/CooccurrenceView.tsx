/** The `cooccurrence` view: the chart of ./cooccurrence/ on the project's taxonomy. */
import type { ViewProps } from '../state/types';
import { chartTopicSpace } from './chart-topic-space';
import { CooccurrenceChart } from './cooccurrence/CooccurrenceChart';

export function CooccurrenceView(props: ViewProps) {
  return <CooccurrenceChart {...props} space={chartTopicSpace} />;
}
