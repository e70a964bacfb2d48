// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPreferences, writePreferences } from '../../src/app/state/preferences';

describe('preferences', () => {
  it('round-trips language and theme', () => {
    writePreferences(window.localStorage, { lang: 'en', theme: 'dark' });
    expect(readPreferences(window.localStorage, false)).toEqual({ lang: 'en', theme: 'dark' });
  });

  it('falls back to Chinese and the system theme when nothing sensible is stored', () => {
    window.localStorage.setItem('mianjing-radar.preferences', '{not json');
    expect(readPreferences(window.localStorage, true)).toEqual({ lang: 'zh', theme: 'dark' });
    window.localStorage.setItem('mianjing-radar.preferences', '{"lang":"fr","theme":"sepia"}');
    expect(readPreferences(window.localStorage, false)).toEqual({ lang: 'zh', theme: 'light' });
  });
});
