import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/loader/types';
import {
  nextSort,
  rowWindow,
  scrollTopToShow,
  searchQuestions,
  sortQuestions,
  sourceOrder,
  type SortLabels,
} from '../../src/app/views/questions-table';
import { rankTexts, rememberedTextRanks, rememberTextRanks } from '../../src/app/views/text-order';
import { makeQuestion, questions } from './fixtures';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const labels: SortLabels = {
  company: (id) => ({ bytedance: 'ByteDance', alibaba: 'Alibaba' })[id] ?? id,
  kind: (id) => id,
  topic: (id) => id,
  collator: new Intl.Collator('en'),
};

describe('searchQuestions', () => {
  it('finds every term, ignoring case and extra spaces', () => {
    expect(ids(searchQuestions(questions, ' pPo   clip '))).toEqual(['q1']);
    expect(ids(searchQuestions(questions, ''))).toHaveLength(5);
  });
});

describe('sortQuestions', () => {
  it('keeps post order by default and reverses it on request', () => {
    expect(ids(sortQuestions(questions, sourceOrder, labels))).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(ids(sortQuestions(questions, { key: 'source', direction: 'descending' }, labels))).toEqual(['q5', 'q4', 'q3', 'q2', 'q1']);
  });

  it('sorts companies by their shown name and keeps post order within a company', () => {
    expect(ids(sortQuestions(questions, { key: 'company', direction: 'ascending' }, labels))).toEqual(['q4', 'q5', 'q1', 'q2', 'q3']);
  });

  it('sorts rounds in interview order, later rounds first when descending', () => {
    const rows = [
      makeQuestion({ id: 'hr', round: 'hr' }),
      makeQuestion({ id: 'r2', round: '2' }),
      makeQuestion({ id: 'unknown', round: 'unknown' }),
      makeQuestion({ id: 'r1', round: '1' }),
    ];
    expect(ids(sortQuestions(rows, { key: 'round', direction: 'ascending' }, labels))).toEqual(['r1', 'r2', 'hr', 'unknown']);
    expect(ids(sortQuestions(rows, { key: 'round', direction: 'descending' }, labels))).toEqual(['unknown', 'hr', 'r2', 'r1']);
  });

  it('puts unclassified questions last when sorting by topic', () => {
    expect(ids(sortQuestions(questions, { key: 'topics', direction: 'ascending' }, labels))).toEqual(['q3', 'q1', 'q4', 'q2', 'q5']);
  });

  it('sorts texts in the collator’s order, equal texts in post order, both directions', () => {
    const zh = new Intl.Collator('zh-CN');
    const texts = ['注意力', 'attention', '张量并行', 'Attention', '注意力', 'KV cache', '阿里'];
    const rows = texts.map((text, i) => makeQuestion({ id: `t${i}`, text }));
    const expected = rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => zh.compare(a.row.text, b.row.text) || a.index - b.index)
      .map((entry) => entry.row.id);
    const sorted = sortQuestions(rows, { key: 'text', direction: 'ascending' }, { ...labels, collator: zh });
    expect(ids(sorted)).toEqual(expected);
    const descending = sortQuestions(rows, { key: 'text', direction: 'descending' }, { ...labels, collator: zh });
    expect(ids(descending).indexOf('t0')).toBeLessThan(ids(descending).indexOf('t4'));
    expect(descending.map((row) => row.text)).toEqual([...sorted].reverse().map((row) => row.text));
  });

  it('sorts by remembered text ranks when they are known, as the collator would', () => {
    const rows = ['b', 'a', 'c', 'a'].map((text, i) => makeQuestion({ id: `r${i}`, text }));
    const ranks = rankTexts(rows.map((row) => row.text), labels.collator);
    expect([...ranks]).toEqual([1, 0, 2, 0]);
    let asked = 0;
    const sorted = sortQuestions(rows, { key: 'text', direction: 'ascending' }, {
      ...labels,
      textRanks: () => {
        asked += 1;
        return ranks;
      },
    });
    expect(asked).toBe(1);
    expect(ids(sorted)).toEqual(['r1', 'r3', 'r0', 'r2']);
  });

  it('sorts and searches 100,000 rows', () => {
    const many: Question[] = Array.from({ length: 100_000 }, (_, i) =>
      makeQuestion({ id: `q${i}`, text: `第${(i * 7919) % 100_000}题 attention` }),
    );
    const sorted = sortQuestions(many, { key: 'text', direction: 'ascending' }, { ...labels, collator: new Intl.Collator('zh-CN') });
    const searched = searchQuestions(sorted, 'attention 第1');
    expect(sorted).toHaveLength(100_000);
    expect(new Set(sorted).size).toBe(100_000);
    expect(searched.length).toBeGreaterThan(0);
  });
});

describe('nextSort', () => {
  it('flips the sorted column and starts another column ascending', () => {
    expect(nextSort(sourceOrder, 'text')).toEqual({ key: 'text', direction: 'ascending' });
    expect(nextSort({ key: 'text', direction: 'ascending' }, 'text')).toEqual({ key: 'text', direction: 'descending' });
  });
});

describe('rowWindow', () => {
  it('covers the rows in view plus overscan, clamped to the table', () => {
    expect(rowWindow(0, 400, 40, 100_000, 5)).toEqual({ start: 0, end: 16 });
    expect(rowWindow(40_000, 400, 40, 100_000, 5)).toEqual({ start: 995, end: 1016 });
    expect(rowWindow(4_000_000, 400, 40, 100_000, 5)).toEqual({ start: 99_995, end: 100_000 });
    expect(rowWindow(0, 400, 40, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollTopToShow', () => {
  it('scrolls only as far as needed to show a row', () => {
    expect(scrollTopToShow(5, 0, 400, 40)).toBe(0);
    expect(scrollTopToShow(10, 0, 400, 40)).toBe(40);
    expect(scrollTopToShow(2, 200, 400, 40)).toBe(80);
  });
});

describe('remembered text ranks', () => {
  const data = ['b', 'a', 'c', 'a', 'd'].map((text, i) => makeQuestion({ id: `d${i}`, text }));
  const ranks = rankTexts(data.map((row) => row.text), labels.collator);

  it('give the ranks of any filtered rows of the data set they were made for', () => {
    rememberTextRanks(data, 'en', ranks);
    expect([...(rememberedTextRanks([data[0]!, data[3]!, data[4]!], 'en') ?? [])]).toEqual([1, 0, 3]);
    expect([...(rememberedTextRanks(data, 'en') ?? [])]).toEqual([...ranks]);
  });

  it('are not used for rows from elsewhere or out of the data set’s order', () => {
    rememberTextRanks(data, 'en', ranks);
    expect(rememberedTextRanks([makeQuestion({ id: 'x', text: 'b' })], 'en')).toBeUndefined();
    expect(rememberedTextRanks([data[2]!, data[0]!], 'en')).toBeUndefined();
  });
});
