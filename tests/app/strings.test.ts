import { describe, expect, it } from 'vitest';
import { en, zh, type StringKey } from '../../src/app/i18n/strings';
import { translate } from '../../src/app/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe('shell strings', () => {
  it('use the same placeholders in Chinese and English', () => {
    for (const key of Object.keys(zh) as StringKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('en', 'questions.count', { count: 3 })).toBe('3 questions');
    expect(translate('zh', 'questions.count')).toBe('{count} 道题');
  });
});
