/**
 * Micro-F1 as ../shared/tools/score.py computes it: topics rolled up to contract ids, `also`
 * topics are neither required nor false positives; kind accuracy accepts `kind_also`.
 */
import { classifyRound, contractTopicOf, type Classification, type ClassifyInput } from '../../src/loader/classify';
import type { KindId } from '../../src/loader/types';

export interface LabelledQuestion {
  text: string;
  topics: string[];
  also?: string[];
  kind: string;
  kind_also?: string[];
  /** The kind the loader would pass (from an explicit prefix); `concept` when absent. */
  given?: string;
  /** Consecutive rows with the same round are classified together, so follow-ups see neighbours. */
  round?: string;
}

export interface TableScore {
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  /** Questions whose topics or kind differ from the label, for the test log. */
  misses: string[];
}

const KINDS: readonly KindId[] = ['concept', 'derivation', 'coding', 'project', 'scenario', 'open', 'behavioral'];
const asKind = (kind: string | undefined): KindId => KINDS.find((k) => k === kind) ?? 'concept';

/** Consecutive rows of one round together; a row without a round stands alone. */
function roundsOf(rows: readonly LabelledQuestion[]): LabelledQuestion[][] {
  const rounds: LabelledQuestion[][] = [];
  rows.forEach((row, i) => {
    const last = rounds[rounds.length - 1];
    if (last !== undefined && row.round !== undefined && rows[i - 1]?.round === row.round) last.push(row);
    else rounds.push([row]);
  });
  return rounds;
}

function classified(rows: readonly LabelledQuestion[]): Array<[LabelledQuestion, Classification | undefined]> {
  return roundsOf(rows).flatMap((round) => {
    const inputs: ClassifyInput[] = round.map((row) => ({ text: row.text, kind: asKind(row.given) }));
    const results = classifyRound(inputs);
    return round.map((row, i): [LabelledQuestion, Classification | undefined] => [row, results[i]]);
  });
}

export function scoreTable(rows: readonly LabelledQuestion[]): TableScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindsRight = 0;
  const misses: string[] = [];
  for (const [row, result] of classified(rows)) {
    const got = new Set((result?.topics ?? []).map(contractTopicOf));
    const acceptable = new Set([...row.topics, ...(row.also ?? [])]);
    const missing = row.topics.filter((t) => !got.has(t));
    const extra = [...got].filter((t) => !acceptable.has(t));
    tp += row.topics.length - missing.length;
    fn += missing.length;
    fp += extra.length;
    const kindRight = [row.kind, ...(row.kind_also ?? [])].includes(result?.kind ?? '');
    if (kindRight) kindsRight++;
    if (missing.length > 0 || extra.length > 0 || !kindRight) {
      misses.push(`${row.text} → ${[...got].join(', ')} [${result?.kind}] (label ${row.topics.join(', ')} [${row.kind}])`);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, kindAccuracy: rows.length === 0 ? 1 : kindsRight / rows.length, misses };
}
