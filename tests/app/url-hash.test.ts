import { describe, expect, it } from 'vitest';
import { hashToRoute, historyModeFor, routeToHash, type Route } from '../../src/app/state/url-hash';

describe('routeToHash / hashToRoute', () => {
  it('writes the view and a clause from its usual view as plain fields', () => {
    const route: Route = {
      view: 'questions',
      clauses: [
        { source: 'topic-frequency', field: 'topic', values: ['rag', 'rl'] },
        { source: 'company-comparison', field: 'company', values: ['bytedance'] },
      ],
    };
    expect(routeToHash(route)).toBe('#/questions?topic=rag&topic=rl&company=bytedance');
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('prefixes a clause set by another view and keeps a pair scope', () => {
    const route: Route = {
      view: 'cooccurrence',
      clauses: [
        { source: 'questions', field: 'topic', values: ['rag'] },
        { source: 'cooccurrence', field: 'topicPair', values: ['rag', 'sft'], scope: 'post' },
      ],
    };
    expect(routeToHash(route)).toBe('#/cooccurrence?questions.topic=rag&topicPair.post=rag&topicPair.post=sft');
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('keeps search text with spaces, commas and Chinese intact', () => {
    const route: Route = { view: 'questions', clauses: [{ source: 'questions', field: 'search', values: ['手撕 a,b & c'] }] };
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('opens the overview for an empty, unknown or garbled address', () => {
    expect(hashToRoute('')).toEqual({ view: 'overview', clauses: [] });
    expect(hashToRoute('#/nope?x=1')).toEqual({ view: 'overview', clauses: [] });
    expect(hashToRoute('#/questions?topic=&bogus.field=1&topic.sideways=2')).toEqual({ view: 'questions', clauses: [] });
  });

  it('keeps one clause per view', () => {
    expect(hashToRoute('#/overview?questions.topic=a&search=b').clauses).toEqual([
      { source: 'questions', field: 'topic', values: ['a'] },
    ]);
  });
});

describe('historyModeFor', () => {
  const at = (search?: string, view: Route['view'] = 'questions'): Route => ({
    view,
    clauses: search === undefined ? [] : [{ source: 'questions', field: 'search', values: [search] }],
  });

  it('pushes a new view or filter and replaces while the search text changes', () => {
    expect(historyModeFor(at(), at(undefined, 'overview'))).toBe('push');
    expect(historyModeFor(at(), at('p'))).toBe('push');
    expect(historyModeFor(at('p'), at('pp'))).toBe('replace');
    expect(historyModeFor(at('pp'), at('pp'))).toBe('none');
    expect(historyModeFor(at('pp'), at('pp', 'overview'))).toBe('push');
  });
});
