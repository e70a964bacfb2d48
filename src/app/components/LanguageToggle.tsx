import { useTranslate } from '../i18n/use-translate';
import { useDashboard, useDispatch } from '../state/store-context';

/** Switches between the Chinese and English interface; the label names the other language. */
export function LanguageToggle() {
  const lang = useDashboard((state) => state.lang);
  const dispatch = useDispatch();
  const t = useTranslate();
  return (
    <button
      type="button"
      data-action="toggle-language"
      aria-label={t('lang.toggleLabel')}
      onClick={() => dispatch({ type: 'setLang', lang: lang === 'zh' ? 'en' : 'zh' })}
    >
      {t('lang.toggle')}
    </button>
  );
}
