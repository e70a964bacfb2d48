import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  parseProgress,
  parseProgressText,
  toProgressFile,
} from '../../src/app/study-plan/progress-schema';

const valid = {
  format: 'mianjing-radar/study-progress',
  version: 1,
  topics: { 'rlhf-ppo': 'mastered', rag: 'review' },
  questions: { ppo的clip: { status: 'mastered', text: '介绍一下PPO的clip' } },
};

describe('reading a progress file', () => {
  it('accepts a valid file as it is', () => {
    expect(parseProgress(valid)).toEqual({ ok: true, value: valid });
  });

  it('round-trips what it writes', () => {
    const file = toProgressFile({ topics: { a: 'review' }, questions: {} });
    expect(parseProgressText(JSON.stringify(file))).toEqual({ ok: true, value: file });
    expect(parseProgressText(JSON.stringify(EMPTY_PROGRESS))).toEqual({ ok: true, value: EMPTY_PROGRESS });
  });

  it.each([
    ['text that is not JSON', '{"topics": ', /not valid JSON/],
    ['a JSON array', '[]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['another format', JSON.stringify({ ...valid, format: 'x' }), /"format"/],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), /"version" is 2/],
    ['topics as a list', JSON.stringify({ ...valid, topics: ['rag'] }), /"topics" is not an object/],
    ['an unknown mark', JSON.stringify({ ...valid, topics: { rag: 'done' } }), /topics\["rag"\] is "done"/],
    ['a question without text', JSON.stringify({ ...valid, questions: { k: { status: 'review' } } }), /questions\["k"\]\.text/],
    ['a question mark that is a string', JSON.stringify({ ...valid, questions: { k: 'mastered' } }), /not an object/],
  ])('names the problem in %s', (_case, text, problem) => {
    const parsed = parseProgressText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });

  it('keeps a "__proto__" key as a plain key that changes no prototype', () => {
    const parsed = parseProgressText(
      '{"format":"mianjing-radar/study-progress","version":1,"topics":{"__proto__":"mastered"},' +
        '"questions":{"__proto__":{"status":"review","text":"x"}}}',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.getPrototypeOf(parsed.value.questions)).toBe(Object.prototype);
    expect(Object.keys(parsed.value.questions)).toEqual(['__proto__']);
    expect(Object.keys(parsed.value.topics)).toEqual(['__proto__']);
  });
});
