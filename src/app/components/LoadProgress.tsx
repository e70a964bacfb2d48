/**
 * The loader's progress while it parses; hidden once the data set is ready. During an import it
 * also names the files, their size and the time so far (the loader reports per file, so one big
 * file shows an indeterminate bar), with a button that cancels the import.
 */
import { useEffect, useState } from 'react';
import { useDatasetController } from '../data/controller-context';
import { formatBytes } from '../data/import-limits';
import { useTranslate } from '../i18n/use-translate';
import type { ImportJob } from '../state/dashboard-state';
import { useDashboard } from '../state/store-context';

/** Whole seconds since the job started, ticking while it runs. */
function useElapsedSeconds(job: ImportJob | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (job === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [job]);
  return job === undefined ? 0 : Math.max(0, Math.floor((now - job.startedAt) / 1000));
}

export function LoadProgress() {
  const status = useDashboard((state) => state.status);
  const controller = useDatasetController();
  const t = useTranslate();
  const job = status.phase === 'loading' ? status.job : undefined;
  const elapsed = useElapsedSeconds(job);
  if (status.phase !== 'loading') return null;
  const label = t('import.progress', { done: status.done, total: status.total || '…' });
  // One file (or none counted yet) says nothing about how far the parse is: no fake percentage.
  const determinate = status.total > 1;
  return (
    <div className="load-progress" data-role="load-progress">
      <div data-role={job === undefined ? undefined : 'import-progress'} aria-live="polite">
        {determinate ? <progress max={status.total} value={status.done} aria-label={label} /> : <progress aria-label={label} />}
        <span>{label}</span>
        {job === undefined ? null : (
          <>
            {' '}
            <span data-role="import-job">{t('import.parsingFile', { name: job.label, size: formatBytes(job.bytes), elapsed })}</span>{' '}
            <button type="button" data-action="cancel-import" onClick={() => controller.cancelImport()}>
              {t('import.cancel')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
