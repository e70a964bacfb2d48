import { describe, expect, it } from 'vitest';
import { initialState, reduceDashboard } from '../../src/app/state/dashboard-state';
import { posts, questions } from './fixtures';

describe('reduceDashboard', () => {
  it('sets, replaces and removes one clause per view, keeping chip order', () => {
    let state = initialState();
    state = reduceDashboard(state, { type: 'select', source: 'topic-frequency', selection: { field: 'topic', values: ['rag'] } });
    state = reduceDashboard(state, { type: 'select', source: 'company-comparison', selection: { field: 'company', values: ['alibaba'] } });
    state = reduceDashboard(state, { type: 'select', source: 'topic-frequency', selection: { field: 'area', values: ['training', 'training'] } });
    expect(state.clauses).toEqual([
      { source: 'topic-frequency', field: 'area', values: ['training'] },
      { source: 'company-comparison', field: 'company', values: ['alibaba'] },
    ]);
    state = reduceDashboard(state, { type: 'select', source: 'topic-frequency', selection: null });
    expect(state.clauses.map((clause) => clause.source)).toEqual(['company-comparison']);
  });

  it('drops a selection without values instead of keeping an empty chip', () => {
    const state = reduceDashboard(initialState(), { type: 'select', source: 'questions', selection: { field: 'search', values: ['  '] } });
    expect(state.clauses).toEqual([]);
  });

  it('clears all filters and returns the same state when there were none', () => {
    const empty = initialState();
    expect(reduceDashboard(empty, { type: 'clearFilters' })).toBe(empty);
    const filtered = reduceDashboard(empty, { type: 'select', source: 'topic-frequency', selection: { field: 'topic', values: ['rag'] } });
    expect(reduceDashboard(filtered, { type: 'clearFilters' }).clauses).toEqual([]);
  });

  it('ignores a route that is already shown', () => {
    const state = initialState();
    expect(reduceDashboard(state, { type: 'route', route: { view: 'overview', clauses: [] } })).toBe(state);
  });

  it('closes the post dialog when a reload drops the open post', () => {
    let state = reduceDashboard(initialState(), { type: 'openPost', postId: 'gone' });
    state = reduceDashboard(state, { type: 'loadFinished', dataset: { posts, questions, report: undefined } });
    expect(state.openPostId).toBeUndefined();
    expect(state.status).toEqual({ phase: 'ready' });
  });
});
