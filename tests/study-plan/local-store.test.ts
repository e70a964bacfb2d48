// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readStored, writeStored } from '../../src/app/study-plan/local-store';
import { parseProgress } from '../../src/app/study-plan/progress-schema';
import { parseSettings, DEFAULT_SETTINGS } from '../../src/app/study-plan/settings-schema';

const key = 'test.progress';

describe('progress in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('reads nothing as empty', () => {
    expect(readStored(localStorage, key, parseProgress)).toEqual({ status: 'empty' });
  });

  it('reads back what it wrote', () => {
    const value = { format: 'mianjing-radar/study-progress', version: 1, topics: { rag: 'mastered' }, questions: {} };
    expect(writeStored(localStorage, key, value)).toBe(true);
    expect(readStored(localStorage, key, parseProgress)).toEqual({ status: 'ok', value });
  });

  it('detects damaged JSON, moves it aside and clears the key', () => {
    localStorage.setItem(key, '{"topics": {"rag": "mast');
    const result = readStored(localStorage, key, parseProgress);
    expect(result.status).toBe('corrupt');
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${key}.corrupt`)).toBe('{"topics": {"rag": "mast');
  });

  it('detects well-formed JSON of the wrong shape', () => {
    localStorage.setItem(key, JSON.stringify({ format: 'mianjing-radar/study-progress', version: 1, topics: 7, questions: {} }));
    expect(readStored(localStorage, key, parseProgress)).toEqual({ status: 'corrupt', problem: '"topics" is not an object' });
  });

  it('survives a storage that throws on every call', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(readStored(broken, key, parseProgress)).toEqual({ status: 'empty' });
    expect(writeStored(broken, key, {})).toBe(false);
    expect(writeStored(undefined, key, {})).toBe(false);
  });
});

describe('plan settings', () => {
  it('accepts the defaults', () => {
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it.each([
    [{ ...DEFAULT_SETTINGS, daysLeft: -3 }],
    [{ ...DEFAULT_SETTINGS, daysLeft: 2.5 }],
    [{ ...DEFAULT_SETTINGS, hoursPerDay: 99 }],
    [{ ...DEFAULT_SETTINGS, halfLifeDays: 17 }],
    [{ ...DEFAULT_SETTINGS, companies: 'bytedance' }],
    ['20 days'],
  ])('rejects settings out of range: %j', (value) => {
    expect(parseSettings(value).ok).toBe(false);
  });
});
