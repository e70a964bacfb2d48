// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, type Mock } from 'vitest';
import { createTopicSpace } from '../../src/analysis/topic-space';
import type { FilterClause, Selection } from '../../src/app/state/types';
import { CooccurrenceChart } from '../../src/app/views/cooccurrence/CooccurrenceChart';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';
import { viewProps } from './render-helpers';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('p1', [['rag', 'agent'], ['rag']]),
  ...post('p2', [['rag', 'agent'], ['attention']]),
];

afterEach(cleanup);

/** The cell mark when it is on a pair (the matrix has one, moved by the keyboard), in either order. */
const cellOf = (container: HTMLElement, a: string, b: string): Element | null =>
  container.querySelector(`[data-topic="${a}"][data-topic-b="${b}"]`) ??
  container.querySelector(`[data-topic="${b}"][data-topic-b="${a}"]`);

/** The values of the last selection, in a fixed order (a pair has none of its own). */
const lastPair = (onSelect: Mock<(selection: Selection | null) => void>) => {
  const selection = onSelect.mock.lastCall?.[0];
  return selection ? { ...selection, values: [...selection.values].sort() } : null;
};

describe('CooccurrenceChart', () => {
  it('draws matrix cells that carry both topics and are focusable', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    expect(container.querySelector('[data-view="cooccurrence"]')).not.toBeNull();
    const cell = cellOf(container, 'rag', 'agent');
    expect(cell?.getAttribute('tabindex')).toBe('0');
    expect(cell?.getAttribute('aria-label')).toContain('Together in 2 questions');
  });

  it('draws every cell, both halves, as a few paths hidden from screen readers, and one cell mark', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    const layer = container.querySelector('[data-cells]');
    expect(layer?.getAttribute('aria-hidden')).toBe('true');
    const squares = [...(layer?.querySelectorAll('path:not([fill^="url"]):not([fill="none"])') ?? [])]
      .map((path) => (path.getAttribute('d') ?? '').split('M').length - 1)
      .reduce((sum, n) => sum + n, 0);
    // rag, agent, attention on the diagonal; rag × agent above it and its mirror below.
    expect(squares).toBe(5);
    expect(container.querySelectorAll('[data-topic-b]')).toHaveLength(1);
  });

  it('moves its cell mark over the pairs with the arrow keys and announces each', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    const cursor = () => container.querySelector('[data-grid-cursor]')!;
    const first = [cursor().getAttribute('data-topic'), cursor().getAttribute('data-topic-b')];
    fireEvent.keyDown(cursor(), { key: 'ArrowLeft' });
    const diagonal = cursor().getAttribute('data-topic');
    expect(cursor().getAttribute('data-topic-b')).toBe(diagonal);
    expect(container.querySelector('[data-grid-announcement]')?.textContent).toBe(cursor().getAttribute('aria-label'));
    fireEvent.keyDown(cursor(), { key: 'ArrowRight' });
    expect([cursor().getAttribute('data-topic'), cursor().getAttribute('data-topic-b')]).toEqual(first);
  });

  it('sets a topic-pair clause with its scope when a cell is activated', () => {
    const props = viewProps(questions);
    const { container } = render(<CooccurrenceChart {...props} space={space} />);
    fireEvent.click(cellOf(container, 'rag', 'agent')!);
    expect(lastPair(props.onSelect)).toEqual({ field: 'topicPair', values: ['agent', 'rag'], scope: 'question' });
    fireEvent.click(screen.getByRole('radio', { name: 'a post' }));
    // Within a post, agent × attention is a pair too; the first row reaches it with the keys.
    const cursor = () => container.querySelector('[data-grid-cursor]')!;
    for (let i = 0; i < 4 && cellOf(container, 'agent', 'attention') === null; i += 1) {
      fireEvent.keyDown(cursor(), { key: i < 2 ? 'ArrowRight' : 'ArrowDown' });
    }
    fireEvent.keyDown(cellOf(container, 'agent', 'attention')!, { key: 'Enter' });
    expect(lastPair(props.onSelect)).toEqual({ field: 'topicPair', values: ['agent', 'attention'], scope: 'post' });
  });

  it('lists the numbers as a table on demand', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    expect(container.querySelector('[data-chart-table]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(container.querySelectorAll('[data-chart-table] tbody tr')).toHaveLength(3);
  });

  it('lists the questions with both topics of the active pair, each opening its post', () => {
    const active: FilterClause = { source: 'cooccurrence', field: 'topicPair', values: ['rag', 'agent'], scope: 'question' };
    const props = viewProps(questions, { active });
    const { container } = render(<CooccurrenceChart {...props} space={space} />);
    const list = container.querySelector('[data-pair-questions]')!;
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(cellOf(container, 'rag', 'agent')?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getAllByRole('button', { name: 'Open post' })[1]!);
    expect(props.onOpenPost).toHaveBeenLastCalledWith('p2');
  });
});
