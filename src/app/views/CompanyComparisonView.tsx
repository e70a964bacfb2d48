/** The `company-comparison` view: the chart of ./company-comparison/ on the project's taxonomy. */
import type { ViewProps } from '../state/types';
import { chartTopicSpace } from './chart-topic-space';
import { CompanyComparisonChart } from './company-comparison/CompanyComparisonChart';

export function CompanyComparisonView(props: ViewProps) {
  return <CompanyComparisonChart {...props} space={chartTopicSpace} />;
}
