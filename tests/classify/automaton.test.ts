import { describe, expect, it } from 'vitest';
import { classifyRound, classifyText } from '../../src/loader/classify';
import { AhoCorasick, automataBuiltCount } from '../../src/loader/classify/aho-corasick';
import table from '../fixtures/labelled-questions.json';

describe('one automaton for the whole taxonomy', () => {
  it('is built once at module load and reused for every question', () => {
    const before = automataBuiltCount();
    for (const row of table) classifyText(row.text);
    classifyRound(table.slice(0, 20).map((row) => ({ text: row.text, kind: 'concept' })));
    expect(before).toBe(1);
    expect(automataBuiltCount()).toBe(1);
  });
});

describe('the Aho–Corasick automaton', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    const automaton = new AhoCorasick(['he', 'she', 'his', 'hers']);
    const found = automaton.findAll('ushers').map((m) => `${m.pattern}@${m.start}-${m.end}`);
    expect(found.sort()).toEqual(['0@2-4', '1@1-4', '3@2-6']);
  });
  it('finds Chinese terms inside longer Chinese text', () => {
    const automaton = new AhoCorasick(['注意力', '多头注意力', '注意力机制']);
    const found = automaton.findAll('多头注意力机制').map((m) => m.pattern);
    expect(found.sort()).toEqual([0, 1, 2]);
  });
});
