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

/** The mark of a pair: the matrix draws each pair once, above the diagonal, in either order. */
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

  it('draws each pair once as a mark and mirrors it below the diagonal, hidden from screen readers', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    const pairs = [...container.querySelectorAll('[data-topic-b]')]
      .filter((cell) => cell.getAttribute('data-topic') !== cell.getAttribute('data-topic-b'))
      .map((cell) => [cell.getAttribute('data-topic'), cell.getAttribute('data-topic-b')].sort().join('|'));
    expect(pairs).toEqual(['agent|rag']);
    const mirror = container.querySelector('[data-mirror]');
    expect(mirror?.getAttribute('aria-hidden')).toBe('true');
    const squares = [...(mirror?.querySelectorAll('path:not([fill^="url"])') ?? [])]
      .map((path) => (path.getAttribute('d') ?? '').split('M').length - 1)
      .reduce((sum, n) => sum + n, 0);
    expect(squares).toBe(pairs.length);
  });

  it('sets a topic-pair clause with its scope when a cell is clicked', () => {
    const props = viewProps(questions);
    const { container } = render(<CooccurrenceChart {...props} space={space} />);
    fireEvent.click(cellOf(container, 'rag', 'agent')!);
    expect(lastPair(props.onSelect)).toEqual({ field: 'topicPair', values: ['agent', 'rag'], scope: 'question' });
    fireEvent.click(screen.getByRole('radio', { name: 'a post' }));
    fireEvent.click(cellOf(container, 'agent', 'attention')!);
    expect(lastPair(props.onSelect)).toEqual({ field: 'topicPair', values: ['agent', 'attention'], scope: 'post' });
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
