import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packQuestions, transferablesOf, unpackQuestions } from '../../src/app/worker/packed-questions';
import { loadFiles } from '../../src/loader';
import type { Question } from '../../src/loader/types';
import { makeQuestion, questions } from './fixtures';

const roundTrip = (input: readonly Question[]): Question[] => {
  const packed = packQuestions(input);
  if (packed === undefined) throw new Error('did not pack');
  // What the page receives: a structured clone of the packed form.
  return unpackQuestions(structuredClone(packed));
};

describe('packed questions', () => {
  it('come back equal to the questions the loader made from the seed posts', () => {
    const dir = 'data/raw';
    const files = readdirSync(dir).sort().map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(join(dir, name)) }));
    const loaded = loadFiles(files).questions;
    expect(loaded.length).toBeGreaterThan(50);
    // The loader's records serialise as plain questions, which is what unpacking gives.
    expect(roundTrip(loaded)).toEqual(loaded.map((q) => JSON.parse(JSON.stringify(q)) as Question));
  });

  it('keep ids and texts with characters outside the basic plane, empty lists and evidence', () => {
    const odd = [
      makeQuestion({ id: '𝒬1', text: '😀 手撕 𠀀 attention', topics: ['attention', 'moe'], leetcode: [1, 146] }),
      makeQuestion({ id: '', text: '', topics: [], areas: [] }),
      ...questions,
    ];
    expect(roundTrip(odd)).toEqual(odd);
  });

  it('share one frozen list between questions with the same topics', () => {
    const twins = [makeQuestion({ id: 'a', topics: ['rag'] }), makeQuestion({ id: 'b', topics: ['rag'] })];
    const [a, b] = roundTrip(twins);
    expect(a!.topics).toBe(b!.topics);
    expect(Object.isFrozen(a!.topics)).toBe(true);
    expect(() => (a!.topics as string[]).push('moe')).toThrow();
  });

  it('leave questions it does not know how to pack to the structured clone', () => {
    expect(packQuestions([{ ...makeQuestion({ id: 'x' }), extra: 1 } as Question])).toBeUndefined();
    expect(packQuestions([makeQuestion({ id: 'x', line: -1 })])).toBeUndefined();
    expect(packQuestions([makeQuestion({ id: 'x', seq: 1.5 })])).toBeUndefined();
  });

  it('hand over their number columns instead of copying them', () => {
    const packed = packQuestions(questions)!;
    expect(transferablesOf(packed)).toHaveLength(3);
  });
});
