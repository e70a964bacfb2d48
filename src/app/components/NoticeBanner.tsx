/** One message for the user (a reset storage, a failed import), until dismissed. */
import { useTranslate } from '../i18n/use-translate';
import { useDashboard, useDispatch } from '../state/store-context';

export function NoticeBanner() {
  const notice = useDashboard((state) => state.notice);
  const dispatch = useDispatch();
  const t = useTranslate();
  if (notice === undefined) return null;
  const name = notice.key.replace('notice.', '');
  return (
    <div className="notice" role="status" data-notice={name}>
      <span>{t(notice.key, { detail: notice.detail ?? '' })}</span>
      <button type="button" data-action="dismiss-notice" onClick={() => dispatch({ type: 'dismissNotice' })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
