/**
 * The frame around every view: its title and an error boundary, so one failing view never blanks
 * the page. Charts bring their own SVG/PNG download (charts/ChartFrame).
 */
import type { ReactNode } from 'react';
import { useTranslate } from '../i18n/use-translate';
import type { ViewName } from '../state/types';
import { ErrorBoundary } from './ErrorBoundary';
import './view-frame.css';

interface ViewFrameProps {
  view: ViewName;
  /** Charts carry their own visible title; the frame's then only names the region. */
  titleHidden?: boolean;
  children: ReactNode;
}

export function ViewFrame({ view, titleHidden = false, children }: ViewFrameProps) {
  const t = useTranslate();
  const title = t(`view.${view}`);
  return (
    <section className="view-frame" aria-labelledby={`view-title-${view}`} data-frame={view}>
      <h2 id={`view-title-${view}`} className={titleHidden ? 'visually-hidden' : 'view-frame-title'}>
        {title}
      </h2>
      <div className="view-frame-content">
        <ErrorBoundary
          name={view}
          fallback={(retry) => (
            <>
              <p>{t('view.failed', { view: title })}</p>
              <button type="button" data-action="retry-view" onClick={retry}>
                {t('view.retry')}
              </button>
            </>
          )}
        >
          {children}
        </ErrorBoundary>
      </div>
    </section>
  );
}
