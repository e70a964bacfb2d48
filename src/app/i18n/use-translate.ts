import { useMemo } from 'react';
import { useDashboard } from '../state/store-context';
import { translatorFor, type Translate } from './translate';

/** The translator for the language the user picked. */
export function useTranslate(): Translate {
  const lang = useDashboard((state) => state.lang);
  return useMemo(() => translatorFor(lang), [lang]);
}
