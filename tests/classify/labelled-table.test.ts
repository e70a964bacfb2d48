import { describe, expect, it } from 'vitest';
import contract from '../fixtures/taxonomy-contract-ids.json';
import table from '../fixtures/labelled-questions.json';
import { scoreTable, type LabelledQuestion } from './labelled-score';

const rows: LabelledQuestion[] = table;

/** Floors just under what the classifier achieves, so a regression fails loudly. */
const F1_FLOOR = 0.995;
const KIND_FLOOR = 0.99;

describe('the hand-labelled question table', () => {
  it('has at least 300 questions covering every contract topic and every kind', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const topics = new Set(rows.flatMap((r) => r.topics));
    for (const { id } of contract.topics) expect(topics.has(id), id).toBe(true);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(contract.kinds));
  });

  it('labels only contract topics and kinds', () => {
    const ids = new Set(contract.topics.map((t) => t.id));
    for (const row of rows) {
      for (const t of [...row.topics, ...(row.also ?? [])]) expect(ids.has(t), `${row.text}: ${t}`).toBe(true);
      expect(contract.kinds).toContain(row.kind);
    }
  });

  it(`is classified with topic micro-F1 ≥ ${F1_FLOOR} and kind accuracy ≥ ${KIND_FLOOR}`, () => {
    const score = scoreTable(rows);
    console.log(
      `labelled table: ${rows.length} questions, topic micro-F1 ${score.f1.toFixed(3)} ` +
        `(P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}), kind accuracy ${score.kindAccuracy.toFixed(3)}` +
        (score.misses.length > 0 ? `\n  misses:\n  ${score.misses.join('\n  ')}` : ''),
    );
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(KIND_FLOOR);
  });
});
