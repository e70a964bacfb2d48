/**
 * The company × topic heatmap as plain marks: companies as rows (most questions first), topics
 * as columns in taxonomy order, each cell shaded by the share of the company's questions on the
 * topic. Companies with fewer than 5 posts are flagged, not hidden.
 */
import type { CompanyRow, CompanyTopicTable } from '../../../analysis/company-comparison';
import { isSmallSample } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { ACCENT, areaColor } from '../../charts/palette';

export interface HeatRow {
  readonly company: CompanyRow;
  readonly label: string;
  readonly y: number;
  readonly small: boolean;
}

export interface HeatColumn {
  readonly code: number;
  readonly id: string;
  readonly areaId: string;
  readonly label: string;
  readonly x: number;
  readonly color: string;
}

export interface HeatCell {
  readonly row: HeatRow;
  readonly column: HeatColumn;
  readonly count: number;
  readonly posts: number;
  readonly share: number;
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly opacity: number;
}

export interface HeatLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly rows: readonly HeatRow[];
  readonly columns: readonly HeatColumn[];
  readonly cells: readonly HeatCell[];
  readonly maxShare: number;
  /** x where the n text of each row starts, between the name and the grid. */
  readonly nX: number;
}

export interface HeatLayoutOptions {
  readonly width: number;
  readonly labelWidth: number;
  /** Height of the rotated topic labels above the grid. */
  readonly headerHeight: number;
  readonly companyLabel: (company: string) => string;
  readonly topicLabel: (code: number) => string;
  /** Show at most this many companies (the rest are counted in the frame). */
  readonly maxRows?: number;
  /** Room between the names and the grid for each company's n. */
  readonly nWidth?: number;
}

export function layoutHeatmap(table: CompanyTopicTable, space: TopicSpace, options: HeatLayoutOptions): HeatLayout {
  const nWidth = options.nWidth ?? 96;
  const left = options.labelWidth + nWidth;
  const top = options.headerHeight;
  const codes = space.topics.map((_, code) => code).filter((code) => (table.topicQuestions[code] ?? 0) > 0);
  const cellWidth =
    codes.length === 0 ? 0 : Math.max(10, Math.min(26, Math.floor((options.width - left - 8) / codes.length)));
  const cellHeight = 20;
  const companies = table.companies.slice(0, options.maxRows ?? table.companies.length);
  const columns = codes.map((code, i) => {
    const topic = space.topics[code];
    return {
      code,
      id: topic?.id ?? '',
      areaId: topic?.area ?? '',
      label: options.topicLabel(code),
      x: left + i * cellWidth,
      color: areaColor(topic?.area ?? ''),
    };
  });
  const rows = companies.map((company, i) => ({
    company,
    label: options.companyLabel(company.company),
    y: top + i * cellHeight,
    small: isSmallSample(company.posts),
  }));
  let maxShare = 0;
  for (const row of rows) {
    for (const column of columns) {
      const q = row.company.questions;
      if (q > 0) maxShare = Math.max(maxShare, (row.company.topicQuestions[column.code] ?? 0) / q);
    }
  }
  const cells: HeatCell[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const count = row.company.topicQuestions[column.code] ?? 0;
      if (count === 0) continue;
      const share = count / row.company.questions;
      cells.push({
        row,
        column,
        count,
        posts: row.company.topicPosts[column.code] ?? 0,
        share,
        x: column.x,
        y: row.y,
        fill: ACCENT,
        opacity: 0.1 + 0.9 * Math.sqrt(share / Math.max(maxShare, 1e-9)),
      });
    }
  }
  const gridRight = left + columns.length * cellWidth;
  return {
    width: Math.max(options.width, gridRight + 8),
    height: top + rows.length * cellHeight + 8,
    left,
    top,
    cellWidth,
    cellHeight,
    rows,
    columns,
    cells,
    maxShare,
    nX: options.labelWidth + 2,
  };
}
