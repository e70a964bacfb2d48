// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTopicSpace } from '../../src/analysis/topic-space';
import { CompanyComparisonChart } from '../../src/app/views/company-comparison/CompanyComparisonChart';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';
import { viewProps } from './render-helpers';

const space = createTopicSpace(contractTaxonomy);
const questions = [
  ...post('b1', [['rag'], ['agent']], { company: 'bytedance' }),
  ...post('b2', [['rag']], { company: 'bytedance' }),
  ...post('a1', [['attention'], ['moe']], { company: 'alibaba' }),
  ...post('t1', [['attention']], { company: 'tencent' }),
];

afterEach(cleanup);

describe('CompanyComparisonChart', () => {
  it('shows companies as focusable rows with their n, named in the chosen language', () => {
    const { container } = render(<CompanyComparisonChart {...viewProps(questions, { lang: 'zh' })} space={space} />);
    expect(container.querySelector('[data-view="company-comparison"]')).not.toBeNull();
    const row = container.querySelector('[data-company="bytedance"]:not([data-topic])');
    expect(row?.getAttribute('tabindex')).toBe('0');
    expect(row?.getAttribute('aria-label')).toContain('字节跳动');
    expect(row?.getAttribute('aria-label')).toContain('3 道题 · 2 篇面经');
    expect(row?.getAttribute('aria-label')).toContain('样本少');
  });

  it('selects a company from a row or a cell, and a topic from a column', () => {
    const props = viewProps(questions);
    const { container } = render(<CompanyComparisonChart {...props} space={space} />);
    // The heatmap's cells are paths; its one cell mark starts on the first cell and moves by key.
    const cursor = () => container.querySelector('[data-view="company-comparison"] [data-grid-cursor]')!;
    expect([cursor().getAttribute('data-company'), cursor().getAttribute('data-topic')]).toEqual(['bytedance', 'rag']);
    fireEvent.keyDown(cursor(), { key: 'ArrowDown' });
    expect([cursor().getAttribute('data-company'), cursor().getAttribute('data-topic')]).toEqual(['alibaba', 'moe']);
    expect(cursor().getAttribute('aria-label')).toContain('1 of 2');
    expect(container.querySelector('[data-grid-announcement]')?.textContent).toBe(cursor().getAttribute('aria-label'));
    fireEvent.click(cursor());
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'company', values: ['alibaba'] });
    fireEvent.keyDown(container.querySelector('[data-topic="rag"]:not([data-company])')!, { key: 'Enter' });
    expect(props.onSelect).toHaveBeenLastCalledWith({ field: 'topic', values: ['rag'] });
  });

  it('draws the heatmap cells as a few paths, small samples hatched, and offers them as a table', () => {
    const { container } = render(<CompanyComparisonChart {...viewProps(questions)} space={space} />);
    const layer = container.querySelector('[data-view="company-comparison"] [data-cells]')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    const squares = [...layer.querySelectorAll('path:not([fill^="url"])')]
      .map((path) => (path.getAttribute('d') ?? '').split('M').length - 1)
      .reduce((sum, n) => sum + n, 0);
    expect(squares).toBe(5);
    expect(layer.querySelector('path[fill^="url"]')).not.toBeNull();
    expect(container.querySelector('[data-chart-table]')).toBeNull();
    fireEvent.click(container.querySelector('[data-action="toggle-table"]')!);
    const table = container.querySelector('[data-chart-table]')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(table.querySelector('tbody tr')?.textContent).toContain('67% (2)');
  });

  it('compares the two largest companies by default and lets the user pick others', () => {
    const { container } = render(<CompanyComparisonChart {...viewProps(questions)} space={space} />);
    expect(screen.getByText(/What sets them apart: ByteDance vs Alibaba/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Company B' }), { target: { value: 'tencent' } });
    expect(screen.getByText(/What sets them apart: ByteDance vs Tencent/)).toBeTruthy();
    const marks = container.querySelectorAll('[data-company="tencent"][data-topic="attention"]');
    expect(marks[marks.length - 1]?.getAttribute('aria-label')).toMatch(/z = /);
  });
});
