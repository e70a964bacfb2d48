import { describe, expect, it } from 'vitest';
import { roundDistribution } from '../../src/analysis/rounds';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { cellTooltip, columnTooltip } from '../../src/app/views/round-distribution/describe';
import { layoutRounds, shareScaleMax } from '../../src/app/views/round-distribution/layout';
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

describe('shareScaleMax', () => {
  it('is the largest share when no round dwarfs the others', () => {
    expect(shareScaleMax([0.2, 0.3, 0.25, 0, 0.1])).toBeCloseTo(0.3, 12);
  });

  it('stops at twice the median of the rounds’ largest shares when one round dwarfs them', () => {
    expect(shareScaleMax([0.1, 0.09, 0.08, 0.99, 0.1])).toBeCloseTo(0.2, 12);
  });
});

describe('layoutRounds with an outlier', () => {
  it('clips the outlier bar to its room and marks it', () => {
    const eight = [['attention'], ['rag'], ['agent'], ['moe'], ['sft'], ['peft'], ['serving'], ['quantization']];
    const qs = [
      ...post('a', eight, { round: '1' }),
      ...post('b', eight, { round: '2' }),
      ...post('c', eight, { round: '3' }),
      ...post('h', [['behavioral']], { round: 'hr' }),
    ];
    const dist = roundDistribution(qs, space, 'topic');
    const l = layoutRounds(dist, space, { width: 600, labelWidth: 120, labelOf: String });
    const hr = l.cells.find((c) => c.column.column.round === 'hr' && c.row.id === 'behavioral')!;
    expect(hr.share).toBe(1);
    expect(hr.clipped).toBe(true);
    const attention = l.cells.find((c) => c.column.column.round === '1' && c.row.id === 'attention')!;
    expect(attention.clipped).toBe(false);
    expect(attention.barWidth).toBeCloseTo(hr.barWidth / 2, 6);
  });
});
