import type { Lang } from '../state/types';
import { en, zh, type StringKey } from './strings';

const dictionaries: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/gu, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function translatorFor(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
