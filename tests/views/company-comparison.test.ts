import { describe, expect, it } from 'vitest';
import { companyTopicTable } from '../../src/analysis/company-comparison';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { distinctiveTooltip, heatCellTooltip } from '../../src/app/views/company-comparison/describe';
import { layoutDistinctive } from '../../src/app/views/company-comparison/distinctive';
import { layoutHeatmap } from '../../src/app/views/company-comparison/layout';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const topicId = (code: number) => space.topics[code]?.id ?? '';

const bytedance = Array.from({ length: 6 }, (_, i) =>
  post(`b${i}`, [['rag'], ['agent'], ['attention']], { company: 'bytedance' }),
).flat();
const alibaba = Array.from({ length: 2 }, (_, i) =>
  post(`a${i}`, [['attention'], ['moe'], ['attention']], { company: 'alibaba' }),
).flat();
const table = companyTopicTable([...bytedance, ...alibaba, ...post('u', [['rag']])], space);

describe('layoutHeatmap', () => {
  const heat = layoutHeatmap(table, space, {
    width: 500,
    labelWidth: 100,
    headerHeight: 80,
    companyLabel: (id) => id,
    topicLabel: topicId,
  });

  it('has companies as rows, most questions first, unknown last', () => {
    expect(heat.rows.map((r) => r.company.company)).toEqual(['bytedance', 'alibaba', 'unknown']);
  });

  it('has asked topics as columns in taxonomy order', () => {
    expect(heat.columns.map((c) => c.id)).toEqual(['attention', 'moe', 'rag', 'agent']);
  });

  it('shades each cell by the share of that company’s questions', () => {
    const cell = heat.cells.find((c) => c.row.company.company === 'alibaba' && c.column.id === 'attention')!;
    expect(cell.share).toBeCloseTo(4 / 6, 12);
    expect(cell.count).toBe(4);
    expect(cell.posts).toBe(2);
    expect(heat.maxShare).toBeCloseTo(1, 12);
  });

  it('flags companies with fewer than 5 posts', () => {
    expect(heat.rows.map((r) => r.small)).toEqual([false, true, true]);
  });

  it('keeps only the top rows when asked', () => {
    const top = layoutHeatmap(table, space, {
      width: 500,
      labelWidth: 100,
      headerHeight: 80,
      companyLabel: (id) => id,
      topicLabel: topicId,
      maxRows: 1,
    });
    expect(top.rows).toHaveLength(1);
  });

  it('puts the company’s n and the small-sample flag in the tooltip', () => {
    const cell = heat.cells.find((c) => c.row.company.company === 'alibaba' && c.column.id === 'moe')!;
    const tip = heatCellTooltip(cell, 'en');
    expect(tip.lines).toEqual(['33% of the company’s questions: 2 of 6', 'In 2 of 2 posts']);
    expect(tip.flag).toBe('Small sample: only 2 posts');
  });
});

describe('layoutDistinctive', () => {
  const layout = layoutDistinctive(table, ['bytedance', 'alibaba'], space, {
    width: 1000,
    labelWidth: 100,
    companyLabel: (id) => id,
    topicLabel: topicId,
  });

  it('makes one panel per picked company, side by side', () => {
    expect(layout.panels.map((p) => p.company.company)).toEqual(['bytedance', 'alibaba']);
    expect(layout.panels[1]!.x).toBeGreaterThan(layout.panels[0]!.x + layout.panels[0]!.width);
  });

  it('lists only topics more typical of the company than of the rest, strongest first', () => {
    const [b, a] = layout.panels;
    expect(b?.bars.map((bar) => bar.id)).toEqual(['agent', 'rag']);
    // 2 of 6 alibaba questions on moe and none elsewhere beats 4 of 6 on attention against 6 of 19.
    expect(a?.bars.map((bar) => bar.id)).toEqual(['moe', 'attention']);
    for (const panel of layout.panels) {
      const zs = panel.bars.map((bar) => bar.topic.z);
      expect(zs).toEqual([...zs].sort((x, y) => y - x));
      expect(zs.every((z) => z > 0)).toBe(true);
    }
  });

  it('draws bars on one z scale for both panels', () => {
    const bars = layout.panels.flatMap((p) => p.bars);
    const top = bars.reduce((m, bar) => (bar.topic.z > m.topic.z ? bar : m));
    expect(top.width).toBeCloseTo((top.topic.z / layout.maxZ) * layout.barRoom, 6);
    expect(layout.maxZ).toBe(Math.max(1.96, top.topic.z));
  });

  it('says the shares on both sides and both n in the tooltip', () => {
    const panel = layout.panels[1]!;
    const tip = distinctiveTooltip(panel.bars[1]!, panel, 'en');
    expect(tip.lines[1]).toBe('alibaba: 67% (4 of 6 q) · others: 32% (6 of 19 q)');
    expect(tip.lines[2]).toBe('6 questions · 2 posts');
    expect(tip.flag).toBe('Small sample: only 2 posts');
  });
});

describe('layoutDistinctive on a narrow screen', () => {
  it('stacks the two panels', () => {
    const narrow = layoutDistinctive(table, ['bytedance', 'alibaba'], space, {
      width: 420,
      labelWidth: 100,
      companyLabel: (id) => id,
      topicLabel: topicId,
    });
    const [a, b] = narrow.panels;
    expect(a?.x).toBe(0);
    expect(b?.x).toBe(0);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(narrow.height).toBeGreaterThan(b!.y);
  });
});
