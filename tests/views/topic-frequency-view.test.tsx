// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { TopicFrequencyChart } from '../../src/app/views/topic-frequency/TopicFrequencyChart';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';
import { viewProps } from './render-helpers';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('p1', [['rag'], ['rag', 'agent']]),
  ...post('p2', [['rag'], ['attention']]),
  ...post('p3', [['agent']]),
];

afterEach(cleanup);

describe('TopicFrequencyChart', () => {
  it('draws one focusable bar per asked topic, named and numbered for screen readers', () => {
    const { container } = render(<TopicFrequencyChart {...viewProps(questions)} space={space} />);
    expect(container.querySelector('[data-view="topic-frequency"]')).not.toBeNull();
    const bars = container.querySelectorAll('[data-topic]');
    expect([...bars].map((b) => b.getAttribute('data-topic'))).toEqual(['rag', 'agent', 'attention']);
    for (const bar of bars) expect(bar.getAttribute('tabindex')).toBe('0');
    expect(bars[0]?.getAttribute('aria-label')).toContain('Questions: 3 of 5');
  });

  it('shows n in the frame and flags small samples', () => {
    const { container } = render(<TopicFrequencyChart {...viewProps(questions)} space={space} />);
    expect(screen.getByText(/n = 5 questions · 3 posts/)).toBeTruthy();
    expect(container.querySelectorAll('[data-small]')).toHaveLength(3);
  });

  it('selects a topic on click and on Enter, and clears it on a second click', () => {
    const props = viewProps(questions);
    const { container, rerender } = render(<TopicFrequencyChart {...props} space={space} />);
    const rag = container.querySelector('[data-topic="rag"]')!;
    fireEvent.click(rag);
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'topic', values: ['rag'] });
    fireEvent.keyDown(container.querySelector('[data-topic="agent"]')!, { key: 'Enter' });
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'topic', values: ['agent'] });
    const active = { source: 'topic-frequency' as const, field: 'topic' as const, values: ['rag'] };
    rerender(<TopicFrequencyChart {...props} active={active} space={space} />);
    expect(container.querySelector('[data-topic="rag"]')?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(container.querySelector('[data-topic="rag"]')!);
    expect(props.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('switches to share of posts', () => {
    const { container } = render(<TopicFrequencyChart {...viewProps(questions)} space={space} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Share of posts' }));
    expect(container.querySelector('[data-topic="rag"]')?.getAttribute('aria-label')).toContain(
      'Posts asking it: 2 of 3',
    );
  });

  it('drills from an area down to its topics and filters by the area', () => {
    const props = viewProps(questions);
    const { container } = render(<TopicFrequencyChart {...props} space={space} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Areas' }));
    const areas = container.querySelectorAll('[data-area]');
    expect([...areas].map((a) => a.getAttribute('data-area'))).toEqual(['applications', 'architecture']);
    fireEvent.click(container.querySelector('[data-area="applications"]')!);
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'area', values: ['applications'] });
    expect([...container.querySelectorAll('[data-topic]')].map((b) => b.getAttribute('data-topic'))).toEqual([
      'rag',
      'agent',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '← All areas' }));
    expect(container.querySelectorAll('[data-area]')).toHaveLength(2);
  });

  it('speaks Chinese with lang zh', () => {
    render(<TopicFrequencyChart {...viewProps(questions, { lang: 'zh' })} space={space} />);
    expect(screen.getByText('RAG检索增强')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /下载图表/ })).toHaveLength(2);
  });

  it('says so when there is nothing to show', () => {
    render(<TopicFrequencyChart {...viewProps([])} space={space} />);
    expect(screen.getByText('No data under the current filters')).toBeTruthy();
  });
});
