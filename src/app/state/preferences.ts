/** Language and theme survive a reload in localStorage; a missing or odd value falls back. */
import type { Lang } from './types';
import type { Theme } from './dashboard-state';

const storageKey = 'mianjing-radar.preferences';

export interface Preferences {
  lang: Lang;
  theme: Theme;
}

export function readPreferences(storage: Storage | undefined, prefersDark: boolean): Preferences {
  const fallback: Preferences = { lang: 'zh', theme: prefersDark ? 'dark' : 'light' };
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return fallback;
    const { lang, theme } = stored as Record<string, unknown>;
    return {
      lang: lang === 'en' || lang === 'zh' ? lang : fallback.lang,
      theme: theme === 'dark' || theme === 'light' ? theme : fallback.theme,
    };
  } catch {
    return fallback;
  }
}

export function writePreferences(storage: Storage | undefined, preferences: Preferences): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(preferences));
  } catch {
    // Private mode or a full quota: the preference just does not persist.
  }
}
