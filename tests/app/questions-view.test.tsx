// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Selection, ViewProps } from '../../src/app/state/types';
import { QuestionsView } from '../../src/app/views/QuestionsView';
import type { Question } from '../../src/loader/types';
import { makeQuestion, posts, questions } from './fixtures';

afterEach(cleanup);

function props(overrides: Partial<ViewProps> = {}): ViewProps {
  return {
    questions,
    posts,
    lang: 'en',
    active: undefined,
    onSelect: () => {},
    onOpenPost: () => {},
    ...overrides,
  };
}

const rowIds = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-question-id]')].map((row) => row.getAttribute('data-question-id'));

describe('QuestionsView', () => {
  it('shows each question with company, round, kind and topic chips', () => {
    const { container } = render(<QuestionsView {...props()} />);
    expect(container.querySelector('[data-view="questions"]')).not.toBeNull();
    expect(rowIds(container)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    const first = container.querySelector('[data-question-id="q1"]')!;
    expect(first.querySelector('[data-company="bytedance"]')).not.toBeNull();
    expect(first.querySelector('[data-round="1"]')?.textContent).toBe('Round 1');
    expect(first.querySelector('[data-topic="ppo"]')).not.toBeNull();
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['PPO', 'clip']);
  });

  it('renders only the rows in view of 100,000', () => {
    const many: Question[] = Array.from({ length: 100_000 }, (_, i) => makeQuestion({ id: `q${i}`, text: `question ${i}` }));
    const { container } = render(<QuestionsView {...props({ questions: many })} />);
    expect(screen.getByText('100000 questions')).toBeTruthy();
    expect(container.querySelectorAll('[data-question-id]').length).toBeLessThan(40);
  });

  it('renders markup inside a question as literal text', () => {
    const hostile = makeQuestion({ id: 'x', text: '<img src=x onerror=alert(1)> 是什么' });
    const { container } = render(<QuestionsView {...props({ questions: [hostile] })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-question-id="x"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('sets a search clause after typing pauses, and filters by the active one', () => {
    vi.useFakeTimers();
    const selections: (Selection | null)[] = [];
    const { container, rerender } = render(<QuestionsView {...props({ onSelect: (s) => selections.push(s) })} />);
    fireEvent.change(container.querySelector('[data-role="question-search"]')!, { target: { value: 'rag' } });
    expect(selections).toEqual([]);
    act(() => vi.advanceTimersByTime(500));
    expect(selections).toEqual([{ field: 'search', values: ['rag'] }]);
    rerender(<QuestionsView {...props({ active: { source: 'questions', field: 'search', values: ['rag'] } })} />);
    expect(rowIds(container)).toEqual(['q4']);
    vi.useRealTimers();
  });

  it('sorts by a column on click and flips on a second click', () => {
    const { container } = render(<QuestionsView {...props()} />);
    fireEvent.click(container.querySelector('[data-sort="company"]')!);
    expect(rowIds(container)).toEqual(['q4', 'q5', 'q1', 'q2', 'q3']);
    fireEvent.click(container.querySelector('[data-sort="company"]')!);
    expect(rowIds(container)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(container.querySelector('[data-sort="company"]')?.closest('[role="columnheader"]')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('opens the source post on click and on Enter', () => {
    const opened: string[] = [];
    const { container } = render(<QuestionsView {...props({ onOpenPost: (id) => opened.push(id) })} />);
    fireEvent.click(container.querySelector('[data-question-id="q4"]')!);
    fireEvent.keyDown(container.querySelector('[data-question-id="q1"]')!, { key: 'Enter' });
    expect(opened).toEqual(['p2', 'p1']);
  });
});
