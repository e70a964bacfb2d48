// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTopicSpace } from '../../src/analysis/topic-space';
import type { FilterClause } from '../../src/app/state/types';
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

describe('CooccurrenceChart', () => {
  it('draws matrix cells that carry both topics and are focusable', () => {
    const { container } = render(<CooccurrenceChart {...viewProps(questions)} space={space} />);
    expect(container.querySelector('[data-view="cooccurrence"]')).not.toBeNull();
    const cell = container.querySelector('[data-topic="rag"][data-topic-b="agent"]');
    expect(cell?.getAttribute('tabindex')).toBe('0');
    expect(cell?.getAttribute('aria-label')).toContain('Together in 2 questions');
  });

  it('sets a topic-pair clause with its scope when a cell is clicked', () => {
    const props = viewProps(questions);
    const { container } = render(<CooccurrenceChart {...props} space={space} />);
    fireEvent.click(container.querySelector('[data-topic="rag"][data-topic-b="agent"]')!);
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'topicPair', values: ['rag', 'agent'], scope: 'question' });
    fireEvent.click(screen.getByRole('radio', { name: 'a post' }));
    fireEvent.click(container.querySelector('[data-topic="agent"][data-topic-b="attention"]')!);
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'topicPair', values: ['agent', 'attention'], scope: 'post' });
  });

  it('lists the questions with both topics of the active pair, each opening its post', () => {
    const active: FilterClause = { source: 'cooccurrence', field: 'topicPair', values: ['rag', 'agent'], scope: 'question' };
    const props = viewProps(questions, { active });
    const { container } = render(<CooccurrenceChart {...props} space={space} />);
    const list = container.querySelector('[data-pair-questions]')!;
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('[data-topic="rag"][data-topic-b="agent"]')?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getAllByRole('button', { name: 'Open post' })[1]!);
    expect(props.onOpenPost).toHaveBeenLastCalledWith('p2');
  });
});
