import { describe, expect, it } from 'vitest';
import { applyClauses, hasActiveClauses } from '../../src/app/state/apply-clauses';
import type { FilterClause } from '../../src/app/state/types';
import { questions, rollUp } from './fixtures';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('applyClauses', () => {
  it('returns every row when there are no clauses', () => {
    expect(ids(applyClauses(questions, []))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('keeps questions with any of the clicked topics', () => {
    const clauses: FilterClause[] = [{ source: 'topic-frequency', field: 'topic', values: ['attention', 'rag'] }];
    expect(ids(applyClauses(questions, clauses))).toEqual(['q3', 'q4']);
  });

  it('rolls a finer topic up to its contract parent', () => {
    const clauses: FilterClause[] = [{ source: 'topic-frequency', field: 'topic', values: ['rl'] }];
    expect(ids(applyClauses(questions, clauses, undefined, { rollUp }))).toEqual(['q1', 'q2']);
    expect(ids(applyClauses(questions, clauses))).toEqual(['q2']);
  });

  it('ANDs clauses from different views', () => {
    const clauses: FilterClause[] = [
      { source: 'company-comparison', field: 'company', values: ['bytedance'] },
      { source: 'round-distribution', field: 'round', values: ['1'] },
    ];
    expect(ids(applyClauses(questions, clauses))).toEqual(['q1', 'q2']);
  });

  it('leaves out the clause of the view that asks, so a view never filters itself away', () => {
    const clauses: FilterClause[] = [
      { source: 'company-comparison', field: 'company', values: ['alibaba'] },
      { source: 'round-distribution', field: 'round', values: ['2'] },
    ];
    expect(ids(applyClauses(questions, clauses, 'company-comparison'))).toEqual(['q3']);
    expect(ids(applyClauses(questions, clauses, 'round-distribution'))).toEqual(['q4', 'q5']);
    expect(applyClauses(questions, clauses)).toEqual([]);
  });

  it('filters by area, kind and post kind', () => {
    expect(ids(applyClauses(questions, [{ source: 'topic-frequency', field: 'area', values: ['alignment'] }]))).toEqual(['q1', 'q2']);
    expect(ids(applyClauses(questions, [{ source: 'round-distribution', field: 'kind', values: ['coding', 'project'] }]))).toEqual(['q3', 'q5']);
    expect(applyClauses(questions, [{ source: 'overview', field: 'postKind', values: ['guide'] }])).toEqual([]);
  });

  it('keeps questions that have both topics of a pair in one question', () => {
    const clause: FilterClause = { source: 'cooccurrence', field: 'topicPair', values: ['rl', 'ppo'], scope: 'question' };
    expect(ids(applyClauses(questions, [clause], undefined, { rollUp }))).toEqual(['q1']);
  });

  it('keeps every question of posts that cover both topics of a pair', () => {
    const clause: FilterClause = { source: 'cooccurrence', field: 'topicPair', values: ['rl', 'attention'], scope: 'post' };
    expect(ids(applyClauses(questions, [clause], undefined, { rollUp }))).toEqual(['q1', 'q2', 'q3']);
  });

  it('searches question text case-insensitively, every term required', () => {
    const search = (query: string) => ids(applyClauses(questions, [{ source: 'questions', field: 'search', values: [query] }]));
    expect(search('ppo')).toEqual(['q1']);
    expect(search('ppo  CLIP')).toEqual(['q1']);
    expect(search('ppo rag')).toEqual([]);
    expect(search('   ')).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('ignores a clause without values', () => {
    expect(applyClauses(questions, [{ source: 'topic-frequency', field: 'topic', values: [] }])).toHaveLength(5);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(questions);
    applyClauses(questions, [{ source: 'topic-frequency', field: 'topic', values: ['rag'] }]);
    expect(JSON.stringify(questions)).toBe(before);
  });
});

describe('hasActiveClauses', () => {
  it('counts only clauses that would filter, and not the asking view', () => {
    const search: FilterClause = { source: 'questions', field: 'search', values: [' '] };
    const topic: FilterClause = { source: 'topic-frequency', field: 'topic', values: ['rag'] };
    expect(hasActiveClauses([search])).toBe(false);
    expect(hasActiveClauses([topic])).toBe(true);
    expect(hasActiveClauses([topic], 'topic-frequency')).toBe(false);
  });
});
