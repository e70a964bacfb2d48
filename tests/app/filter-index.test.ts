import { describe, expect, it } from 'vitest';
import { FilterIndex, filterIndexOf } from '../../src/app/state/filter-index';
import { selectViewData } from '../../src/app/state/select-view';
import type { FilterClause } from '../../src/app/state/types';
import type { Question } from '../../src/loader/types';
import { makeQuestion, posts, questions, rollUp } from './fixtures';

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const topic: FilterClause = { source: 'topic-frequency', field: 'topic', values: ['rl'] };
const company: FilterClause = { source: 'company-comparison', field: 'company', values: ['bytedance'] };

describe('the filter index', () => {
  it('is built once per data set and roll-up', () => {
    expect(filterIndexOf(questions, { rollUp })).toBe(filterIndexOf(questions, { rollUp }));
    expect(filterIndexOf(questions)).not.toBe(filterIndexOf(questions, { rollUp }));
    expect(filterIndexOf([...questions], { rollUp })).not.toBe(filterIndexOf(questions, { rollUp }));
  });

  it('hands back the data set itself when nothing filters', () => {
    const index = new FilterIndex(questions);
    expect(index.rows([])).toBe(questions);
    expect(index.rows([topic], 'topic-frequency')).toBe(questions);
    expect(index.rows([{ source: 'questions', field: 'search', values: ['  '] }])).toBe(questions);
  });

  it('gives the same array for the same clauses, whoever set them and in whatever order', () => {
    const index = new FilterIndex(questions, { rollUp });
    const first = index.rows([topic, company]);
    expect(ids(first)).toEqual(['q1', 'q2']);
    expect(index.rows([company, topic])).toBe(first);
    expect(index.rows([{ ...topic, source: 'cooccurrence' }, company])).toBe(first);
    expect(index.rows([topic, company], 'round-distribution')).toBe(first);
  });

  it('keeps a view’s rows when only its own clause changes', () => {
    const index = new FilterIndex(questions, { rollUp });
    const before = index.rows([topic, company], 'topic-frequency');
    const after = index.rows([{ ...topic, values: ['rag'] }, company], 'topic-frequency');
    expect(after).toBe(before);
    expect(ids(index.rows([{ ...topic, values: ['rag'] }, company]))).toEqual([]);
  });

  it('lists a question once per topic even when a finer topic and its parent are both there', () => {
    const both: Question[] = [makeQuestion({ id: 'x', topics: ['ppo', 'rl'] })];
    const index = new FilterIndex(both, { rollUp });
    expect(ids(index.rows([topic]))).toEqual(['x']);
    expect(ids(index.rows([{ source: 'cooccurrence', field: 'topicPair', values: ['rl', 'ppo'] }]))).toEqual(['x']);
  });

  it('treats repeated values of a pair as one topic', () => {
    const index = new FilterIndex(questions, { rollUp });
    const pair: FilterClause = { source: 'cooccurrence', field: 'topicPair', values: ['rl', 'rl'], scope: 'post' };
    expect(ids(index.rows([pair]))).toEqual(['q1', 'q2', 'q3']);
  });
});

describe('selectViewData', () => {
  it('keeps every post, questionless ones too, when nothing filters', () => {
    const data = selectViewData(questions, posts, [], 'overview');
    expect(data.questions).toBe(questions);
    expect(data.posts).toBe(posts);
  });

  it('keeps only the posts that still have a question, the same array each time', () => {
    const clauses: FilterClause[] = [company];
    const data = selectViewData(questions, posts, clauses, 'overview', { rollUp });
    expect(ids(data.posts)).toEqual(['p1']);
    expect(selectViewData(questions, posts, [...clauses], 'topic-frequency', { rollUp }).posts).toBe(data.posts);
  });
});

describe('preparing the index while idle', () => {
  it('builds one piece per call until nothing is left, and filters the same afterwards', () => {
    const index = new FilterIndex(questions, { rollUp });
    let steps = 0;
    while (index.prepareNext()) steps += 1;
    expect(steps).toBeGreaterThan(1);
    expect(index.prepareNext()).toBe(false);
    expect(ids(index.rows([topic, company]))).toEqual(['q1', 'q2']);
  });
});
