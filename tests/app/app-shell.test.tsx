// @vitest-environment jsdom
/** The shell as a user meets it: numbers, filters as chips, language, the post dialog, imports. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { DatasetControllerProvider } from '../../src/app/data/controller-context';
import type { DatasetController } from '../../src/app/data/dataset-controller';
import { initialState, type DashboardState } from '../../src/app/state/dashboard-state';
import { createDashboardStore, type DashboardStore } from '../../src/app/state/store';
import { StoreProvider } from '../../src/app/state/store-context';
import { makeQuestion, posts, questions } from './fixtures';

afterEach(cleanup);

const idleController: DatasetController = {
  start: async () => {},
  importFiles: async () => {},
  removeImport: async () => {},
  resetImports: async () => {},
  cancelImport: () => {},
};

const hostile = makeQuestion({ id: 'x', postId: 'p2', source: 'b.txt', company: 'alibaba', text: '<img src=x onerror=alert(1)>', line: 9 });

function renderShell(overrides: Partial<DashboardState> = {}): DashboardStore {
  const store = createDashboardStore(
    initialState({
      dataset: { posts, questions: [...questions, hostile], report: { files: [], posts: 3, questions: 6, duplicate_posts: 0, unclassified_questions: 2 } },
      status: { phase: 'ready' },
      ...overrides,
    }),
  );
  render(
    <StoreProvider store={store}>
      <DatasetControllerProvider controller={idleController}>
        <App />
      </DatasetControllerProvider>
    </StoreProvider>,
  );
  return store;
}

const stat = (name: string) => document.querySelector(`[data-stat="${name}"]`)?.textContent;

describe('the dashboard shell', () => {
  it('shows the overview numbers and narrows them with a filter, shown as a chip', () => {
    const store = renderShell({ view: 'questions' });
    expect(stat('posts')).toBe('3');
    expect(stat('questions')).toBe('6');
    act(() => store.dispatch({ type: 'select', source: 'company-comparison', selection: { field: 'company', values: ['alibaba'] } }));
    expect(stat('posts')).toBe('1');
    expect(stat('questions')).toBe('3');
    expect(document.querySelector('[data-filter-source="company-comparison"]')?.textContent).toContain('阿里巴巴');
    fireEvent.click(document.querySelector('[data-action="clear-filters"]')!);
    expect(stat('questions')).toBe('6');
    expect(document.querySelector('[data-filter-source]')).toBeNull();
  });

  it('marks each commit of the views with the filters it shows, for benchmarks', () => {
    const store = renderShell({ view: 'overview' });
    const before = Number(document.documentElement.dataset['rendered']);
    act(() => store.dispatch({ type: 'select', source: 'topic-frequency', selection: { field: 'topic', values: ['rag'] } }));
    expect(Number(document.documentElement.dataset['rendered'])).toBe(before + 1);
    const marks = performance.getEntriesByName('mjr:rendered') as PerformanceMark[];
    expect(marks.at(-1)?.detail).toEqual({ questions: 6, route: '#/overview?topic=rag' });
  });

  it('switches every shell label between Chinese and English', () => {
    renderShell({ view: 'questions' });
    expect(document.querySelector('[data-nav="questions"]')?.textContent).toBe('题目列表');
    fireEvent.click(document.querySelector('[data-action="toggle-language"]')!);
    expect(document.querySelector('[data-nav="questions"]')?.textContent).toBe('Questions');
    expect(screen.getByText('Export CSV')).toBeTruthy();
  });

  it('opens a post with its questions in order, markup shown as text', () => {
    const store = renderShell({ view: 'questions' });
    act(() => store.dispatch({ type: 'openPost', postId: 'p2' }));
    const dialog = document.querySelector('[data-dialog="post"]')!;
    expect([...dialog.querySelectorAll('[data-question-id]')].map((item) => item.getAttribute('data-question-id'))).toEqual(['q4', 'q5', 'x']);
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain('<img src=x onerror=alert(1)>');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(document.querySelector('[data-dialog="post"]')).toBeNull();
  });

  it('lists imported files in the import panel and keeps a failing notice dismissable', () => {
    const store = renderShell({ view: 'questions', imports: [{ name: 'mine.txt', size: 2048 }], notice: { key: 'notice.storageReset' } });
    expect(document.querySelector('[data-notice="storageReset"]')).not.toBeNull();
    fireEvent.click(document.querySelector('[data-action="dismiss-notice"]')!);
    expect(store.getState().notice).toBeUndefined();
    fireEvent.click(document.querySelector('[data-action="open-import"]')!);
    expect(document.querySelector('[data-import-name="mine.txt"]')?.textContent).toContain('2.0 KB');
  });
});
