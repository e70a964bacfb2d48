import { useTranslate } from '../i18n/use-translate';
import { useDashboard, useDispatch } from '../state/store-context';

/** Switches light and dark; the label names the theme a click turns on. */
export function ThemeToggle() {
  const theme = useDashboard((state) => state.theme);
  const dispatch = useDispatch();
  const t = useTranslate();
  return (
    <button
      type="button"
      data-action="toggle-theme"
      aria-label={t('theme.toggleLabel')}
      aria-pressed={theme === 'dark'}
      onClick={() => dispatch({ type: 'setTheme', theme: theme === 'dark' ? 'light' : 'dark' })}
    >
      {theme === 'dark' ? t('theme.toLight') : t('theme.toDark')}
    </button>
  );
}
