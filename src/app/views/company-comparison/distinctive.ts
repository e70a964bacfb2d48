/**
 * The side-by-side of two companies: for each, the topics most distinctive of it against all
 * other companies (log-odds z > 0), as bars on one shared z scale.
 */
import {
  distinctiveTopics,
  type CompanyRow,
  type CompanyTopicTable,
  type DistinctiveTopic,
} from '../../../analysis/company-comparison';
import { isSmallSample } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { areaColor } from '../../charts/palette';

export interface DistinctiveBar {
  readonly topic: DistinctiveTopic;
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly width: number;
  readonly color: string;
}

export interface DistinctivePanel {
  readonly company: CompanyRow;
  readonly label: string;
  readonly small: boolean;
  /** Questions of all other companies: the n of the comparison. */
  readonly restQuestions: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly bars: readonly DistinctiveBar[];
}

export interface DistinctiveLayout {
  readonly width: number;
  readonly height: number;
  readonly panels: readonly DistinctivePanel[];
  readonly labelWidth: number;
  readonly barRoom: number;
  readonly rowHeight: number;
  readonly top: number;
  readonly maxZ: number;
}

export interface DistinctiveOptions {
  readonly width: number;
  readonly topN?: number;
  readonly labelWidth: number;
  /** Below this width the panels stack instead of sitting side by side. */
  readonly stackBelow?: number;
  readonly companyLabel: (company: string) => string;
  readonly topicLabel: (code: number) => string;
}

/** Above this |z| a topic is called distinctive (two-sided 95 %). */
export const Z_DISTINCTIVE = 1.96;

export function layoutDistinctive(
  table: CompanyTopicTable,
  companies: readonly string[],
  space: TopicSpace,
  options: DistinctiveOptions,
): DistinctiveLayout {
  const topN = options.topN ?? 8;
  const rowHeight = 22;
  const top = 44;
  const gap = 24;
  const found = companies
    .map((id) => table.companies.find((c) => c.company === id))
    .filter((c): c is CompanyRow => c !== undefined);
  const stacked = options.width < (options.stackBelow ?? 880);
  const across = stacked ? 1 : Math.max(1, found.length);
  const panelWidth = (options.width - gap * (across - 1)) / across;
  const lists = found.map((c) => distinctiveTopics(table, c.company).filter((d) => d.z > 0).slice(0, topN));
  const maxZ = Math.max(Z_DISTINCTIVE, ...lists.flat().map((d) => d.z));
  const barRoom = Math.max(40, panelWidth - options.labelWidth - 150);
  const rows = Math.max(1, ...lists.map((l) => l.length));
  const panelHeight = top + rows * rowHeight + 8;
  const panels = found.map((company, i) => ({
    company,
    label: options.companyLabel(company.company),
    small: isSmallSample(company.posts),
    restQuestions: table.totalQuestions - company.questions,
    x: stacked ? 0 : i * (panelWidth + gap),
    y: stacked ? i * panelHeight : 0,
    width: panelWidth,
    bars: (lists[i] ?? []).map((d, j) => {
      const topic = space.topics[d.topic];
      return {
        topic: d,
        id: topic?.id ?? '',
        label: options.topicLabel(d.topic),
        y: top + j * rowHeight,
        width: (d.z / maxZ) * barRoom,
        color: areaColor(topic?.area ?? ''),
      };
    }),
  }));
  return {
    width: options.width,
    height: (stacked ? found.length : 1) * panelHeight + 20,
    panels,
    labelWidth: options.labelWidth,
    barRoom,
    rowHeight,
    top,
    maxZ,
  };
}
