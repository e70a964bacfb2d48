/** One link per view; plain `#/NAME` links, so the back button and new tabs just work. */
import { useTranslate } from '../i18n/use-translate';
import { useDashboard } from '../state/store-context';
import { routeToHash, viewNames } from '../state/url-hash';
import './nav.css';

export function Nav() {
  const current = useDashboard((state) => state.view);
  const clauses = useDashboard((state) => state.clauses);
  const t = useTranslate();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {viewNames.map((view) => (
        <a
          key={view}
          href={routeToHash({ view, clauses })}
          data-nav={view}
          aria-current={view === current ? 'page' : undefined}
        >
          {t(`view.${view}`)}
        </a>
      ))}
    </nav>
  );
}
