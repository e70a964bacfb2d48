import { describe, expect, it } from 'vitest';
import { cooccurrence } from '../../src/analysis/cooccurrence';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { cellTooltip } from '../../src/app/views/cooccurrence/describe';
import { layoutMatrix, shrunkLogLift } from '../../src/app/views/cooccurrence/layout';
import { matrixOrder } from '../../src/app/views/cooccurrence/order';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';

const space = createTopicSpace(contractTaxonomy);
const id = (code: number) => space.topics[code]?.id ?? '';

// Two clusters: {rag, agent, graphrag} and {attention, positional-encoding, kv-cache}.
const questions = [
  ...post('p1', [['rag', 'agent'], ['rag', 'graphrag'], ['agent', 'graphrag']]),
  ...post('p2', [['attention', 'positional-encoding'], ['attention', 'kv-cache'], ['kv-cache', 'positional-encoding']]),
  ...post('p3', [['rag', 'agent'], ['attention', 'kv-cache'], ['moe']]),
];
const m = cooccurrence(questions, space, 'question');

describe('matrixOrder', () => {
  const order = matrixOrder(m).map(id);

  it('shows only topics that occur', () => {
    expect([...order].sort()).toEqual(
      ['agent', 'attention', 'graphrag', 'kv-cache', 'moe', 'positional-encoding', 'rag'].sort(),
    );
  });

  it('keeps each cluster of topics together', () => {
    const span = (members: string[]) => {
      const at = members.map((m) => order.indexOf(m));
      return Math.max(...at) - Math.min(...at);
    };
    expect(span(['rag', 'agent', 'graphrag'])).toBe(2);
    expect(span(['attention', 'positional-encoding', 'kv-cache'])).toBe(2);
  });

  it('gives the same order every time', () => {
    expect(matrixOrder(m)).toEqual(matrixOrder(cooccurrence(questions, space, 'question')));
  });
});

describe('layoutMatrix', () => {
  const order = matrixOrder(m);
  const layout = layoutMatrix(m, order, space, {
    width: 400,
    measure: 'count',
    labelWidth: 100,
    labelOf: id,
  });

  it('places a cell for every pair that occurs, symmetric, plus the diagonal', () => {
    const find = (a: string, b: string) => layout.cells.find((c) => c.row.id === a && c.column.id === b);
    expect(find('rag', 'agent')?.count).toBe(2);
    expect(find('agent', 'rag')?.count).toBe(2);
    expect(find('rag', 'attention')).toBeUndefined();
    expect(find('moe', 'moe')?.diagonal).toBe(true);
  });

  it('puts row r, column c at the seriated positions', () => {
    const cell = layout.cells.find((c) => !c.diagonal)!;
    expect(cell.x).toBe(layout.left + cell.column.index * layout.cellSize);
    expect(cell.y).toBe(layout.top + cell.row.index * layout.cellSize);
  });

  it('flags pairs seen fewer than 5 times', () => {
    expect(layout.cells.filter((c) => !c.diagonal).every((c) => c.small)).toBe(true);
  });

  it('colours lift above chance blue and below chance vermillion', () => {
    const lifted = layoutMatrix(m, order, space, { width: 400, measure: 'lift', labelWidth: 100, labelOf: id });
    const ragAgent = lifted.cells.find((c) => c.row.id === 'rag' && c.column.id === 'agent')!;
    expect(ragAgent.lift).toBeGreaterThan(1);
    expect(ragAgent.fill).toBe('#0072B2');
  });

  it('tells the pair count, both singles, lift and n in the tooltip', () => {
    const cell = layout.cells.find((c) => c.row.id === 'rag' && c.column.id === 'agent')!;
    const tip = cellTooltip(cell, { a: 3, b: 3, units: 9 }, 'question', 'en');
    expect(tip.title).toBe('rag × agent');
    expect(tip.lines[0]).toBe('Together in 2 questions (of 9 questions with topics)');
    expect(tip.lines[1]).toBe('rag: 3 · agent: 3');
    expect(tip.lines[2]).toBe('Lift 2.00× (expected by chance 1.0)');
    expect(tip.flag).toBe('Small sample: together 2 times, chance expects 1.0');
  });
});

describe('shrunkLogLift', () => {
  it('pulls a pair seen once towards no colour but keeps a well-supported lift', () => {
    // Raw lift 5× (log2 2.32); shrunk to log2(4 / 3.2) = 0.32.
    expect(shrunkLogLift(1, 0.2)).toBeCloseTo(Math.log2(4 / 3.2), 12);
    expect(shrunkLogLift(40, 10)).toBeCloseTo(Math.log2(43 / 13), 12);
    expect(shrunkLogLift(40, 10)).toBeGreaterThan(1.5);
  });

  it('is negative when a pair occurs less than chance expects', () => {
    expect(shrunkLogLift(2, 20)).toBeLessThan(-1);
  });
});
