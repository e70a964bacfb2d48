/** The loader's progress while it parses; hidden once the data set is ready. */
import { useTranslate } from '../i18n/use-translate';
import { useDashboard } from '../state/store-context';

export function LoadProgress() {
  const status = useDashboard((state) => state.status);
  const t = useTranslate();
  if (status.phase !== 'loading') return null;
  const label = t('import.progress', { done: status.done, total: status.total || '…' });
  return (
    <div className="load-progress" data-role="load-progress">
      {/* Without a total yet, an indeterminate bar. */}
      {status.total > 0 ? (
        <progress max={status.total} value={status.done} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
      <span>{label}</span>
    </div>
  );
}
