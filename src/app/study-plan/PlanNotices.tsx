/** Messages about stored state: a reset after damage, an import's result, storage that fails. */
import type { Lang } from '../state/types';
import { planStrings } from './strings';
import type { Notice } from './use-plan-state';

function noticeText(notice: Notice, lang: Lang): string {
  const s = planStrings(lang);
  switch (notice.kind) {
    case 'corrupt-progress':
      return s.corruptProgress(notice.problem);
    case 'corrupt-settings':
      return s.corruptSettings;
    case 'imported':
      return s.imported(notice.topics, notice.questions);
    case 'import-failed':
      return s.importFailed(notice.problem);
  }
}

interface Props {
  notices: Notice[];
  saved: boolean;
  onDismiss: (notice: Notice) => void;
  lang: Lang;
}

export function PlanNotices({ notices, saved, onDismiss, lang }: Props) {
  const s = planStrings(lang);
  if (notices.length === 0 && saved) return null;
  return (
    <div className="sp-notices sp-no-print" role="status">
      {notices.map((notice) => (
        <p key={notice.kind} className={`sp-notice sp-notice-${notice.kind}`} data-notice={notice.kind}>
          {noticeText(notice, lang)}
          <button type="button" className="sp-link" onClick={() => onDismiss(notice)}>
            {s.dismiss}
          </button>
        </p>
      ))}
      {saved ? null : (
        <p className="sp-notice" data-notice="not-saved">
          {s.notSaved}
        </p>
      )}
    </div>
  );
}
