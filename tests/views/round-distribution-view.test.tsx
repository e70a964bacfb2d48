// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { RoundDistributionChart } from '../../src/app/views/round-distribution/RoundDistributionChart';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';
import { viewProps } from './render-helpers';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('p1', [['attention'], ['leetcode']], { round: '1' }),
  ...post('p1', [['project-deep-dive']], { round: '2' }),
  ...post('p2', [['behavioral']], { round: 'hr' }),
];

afterEach(cleanup);

describe('RoundDistributionChart', () => {
  it('shows rounds as focusable headers with their n', () => {
    const { container } = render(<RoundDistributionChart {...viewProps(questions)} space={space} />);
    expect(container.querySelector('[data-view="round-distribution"]')).not.toBeNull();
    const headers = container.querySelectorAll('[data-round]:not([data-area])');
    expect([...headers].map((h) => h.getAttribute('data-round'))).toEqual(['1', '2', 'hr']);
    expect(headers[0]?.getAttribute('tabindex')).toBe('0');
    expect(headers[0]?.getAttribute('aria-label')).toContain('Round 1: 2 questions in 1 posts');
  });

  it('selects a round from its header and an area from its row label', () => {
    const props = viewProps(questions);
    const { container } = render(<RoundDistributionChart {...props} space={space} />);
    fireEvent.click(container.querySelector('[data-round="2"]:not([data-area])')!);
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'round', values: ['2'] });
    fireEvent.keyDown(container.querySelector('[data-area="general"]:not([data-round])')!, { key: ' ' });
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'area', values: ['general'] });
  });

  it('switches to topics, whose cells carry both topic and round', () => {
    const { container } = render(<RoundDistributionChart {...viewProps(questions)} space={space} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Topics' }));
    const cell = container.querySelector('[data-topic="attention"][data-round="1"]');
    expect(cell?.getAttribute('aria-label')).toContain('50% of the round’s question weight');
  });
});
