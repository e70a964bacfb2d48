// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { initialState } from '../../src/app/state/dashboard-state';
import { createDashboardStore } from '../../src/app/state/store';
import { connectUrl } from '../../src/app/state/url-sync';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('connectUrl', () => {
  let disconnect = () => {};
  afterEach(() => {
    disconnect();
    window.history.replaceState(null, '', '#/overview');
  });

  it('starts from the address and normalises it', () => {
    window.history.replaceState(null, '', '#/questions?topic=rag&nonsense=1');
    const store = createDashboardStore(initialState());
    disconnect = connectUrl(store);
    expect(store.getState().view).toBe('questions');
    expect(store.getState().clauses).toEqual([{ source: 'topic-frequency', field: 'topic', values: ['rag'] }]);
    expect(window.location.hash).toBe('#/questions?topic=rag');
  });

  it('pushes a filter into the address, and the back button takes it out again', async () => {
    window.history.replaceState(null, '', '#/overview');
    const store = createDashboardStore(initialState());
    disconnect = connectUrl(store);
    store.dispatch({ type: 'select', source: 'topic-frequency', selection: { field: 'topic', values: ['rl'] } });
    await settle();
    expect(window.location.hash).toBe('#/overview?topic=rl');
    window.history.back();
    await settle();
    expect(window.location.hash).toBe('#/overview');
    expect(store.getState().clauses).toEqual([]);
  });

  it('follows an address edited by hand', async () => {
    window.history.replaceState(null, '', '#/overview');
    const store = createDashboardStore(initialState());
    disconnect = connectUrl(store);
    window.location.hash = '#/company-comparison?company=alibaba';
    await settle();
    expect(store.getState().view).toBe('company-comparison');
    expect(store.getState().clauses).toEqual([{ source: 'company-comparison', field: 'company', values: ['alibaba'] }]);
  });
});
