import { describe, expect, it } from 'vitest';
import { roundDistribution } from '../../src/analysis/rounds';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { cellTooltip, columnTooltip } from '../../src/app/views/round-distribution/describe';
import { layoutRounds } from '../../src/app/views/round-distribution/layout';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('p1', [['attention'], ['attention'], ['leetcode']], { round: '1' }),
  ...post('p1', [['project-deep-dive'], ['rag']], { round: '2' }),
  ...post('p2', [['attention'], ['rag']], { round: '1' }),
  ...post('p2', [['project-deep-dive']], { round: '2' }),
];
const d = roundDistribution(questions, space, 'topic');
const layout = layoutRounds(d, space, { width: 600, labelWidth: 120, labelOf: (c) => space.topics[c]?.id ?? '' });

describe('layoutRounds', () => {
  it('has one column per round with questions, in order, sharing the width', () => {
    expect(layout.columns.map((c) => c.column.round)).toEqual(['1', '2']);
    expect(layout.columns[0]?.x).toBe(120);
    expect(layout.columns[1]?.x).toBe(120 + 240);
  });

  it('has one row per topic asked in any round, in taxonomy order', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['attention', 'rag', 'leetcode', 'project-deep-dive']);
  });

  it('has shares that sum to 1 down each column', () => {
    for (const column of layout.columns) {
      const sum = layout.cells.filter((c) => c.column === column).reduce((s, c) => s + c.share, 0);
      expect(sum).toBeCloseTo(1, 12);
    }
  });

  it('draws bars on one scale, the largest share filling the room of its cell', () => {
    const widths = layout.cells.map((c) => c.barWidth);
    const attention1 = layout.cells.find((c) => c.row.id === 'attention' && c.column.column.round === '1');
    expect(attention1?.share).toBeCloseTo(3 / 5, 12);
    expect(Math.max(...widths)).toBeCloseTo(240 - 38 - 10, 6);
    const project2 = layout.cells.find((c) => c.row.id === 'project-deep-dive' && c.column.column.round === '2');
    expect(project2!.barWidth / attention1!.barWidth).toBeCloseTo((2 / 3) / (3 / 5), 6);
  });

  it('flags rounds reached by fewer than 5 posts', () => {
    expect(layout.columns.every((c) => c.small)).toBe(true);
  });
});

describe('round tooltips', () => {
  it('give the share, the counts behind it and the round n', () => {
    const cell = layout.cells.find((c) => c.row.id === 'rag' && c.column.column.round === '2')!;
    const tip = cellTooltip(cell, 'en');
    expect(tip.title).toBe('rag · Round 2');
    expect(tip.lines).toEqual([
      '33% of the round’s question weight (multi-topic questions split evenly)',
      'In this round: 1 questions in 1 posts',
      'Round 2: 3 questions in 2 posts',
    ]);
    expect(tip.flag).toBe('Small sample: only 2 posts reach this round');
  });

  it('name the round in Chinese', () => {
    expect(columnTooltip(d.rounds[0]!, 'zh').title).toBe('一面');
  });
});
