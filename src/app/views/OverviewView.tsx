/** How much the current filters cover: posts, questions, companies, dates, share unclassified. */
import { useMemo } from 'react';
import { translatorFor } from '../i18n/translate';
import type { ViewProps } from '../state/types';
import { computeOverviewStats, formatShare } from './overview-stats';
import './overview.css';

export function OverviewView({ questions, posts, lang }: ViewProps) {
  const t = translatorFor(lang);
  const stats = useMemo(() => computeOverviewStats(questions, posts), [questions, posts]);
  const range = stats.dateRange;
  const unclassifiedTooltip = t('overview.unclassifiedTooltip', {
    count: stats.unclassified.count,
    total: stats.unclassified.total,
  });

  return (
    <div data-view="overview" className="overview">
      <dl className="overview-stats">
        <div className="overview-stat" title={`${t('overview.interviewPosts', { count: stats.postKinds.interview })} · ${t('overview.guidePosts', { count: stats.postKinds.guide })}`}>
          <dt>{t('overview.posts')}</dt>
          <dd data-stat="posts">{stats.posts}</dd>
        </div>
        <div className="overview-stat" title={`n = ${stats.questions}`}>
          <dt>{t('overview.questions')}</dt>
          <dd data-stat="questions">{stats.questions}</dd>
        </div>
        <div className="overview-stat" title={`n = ${stats.companies}`}>
          <dt>{t('overview.companies')}</dt>
          <dd data-stat="companies">{stats.companies}</dd>
        </div>
        <div className="overview-stat overview-stat-wide">
          <dt>{t('overview.dateRange')}</dt>
          <dd data-stat="date-range">{range === undefined ? t('overview.noDates') : `${range.from} – ${range.to}`}</dd>
        </div>
        <div className="overview-stat" title={unclassifiedTooltip}>
          <dt>{t('overview.unclassified')}</dt>
          <dd data-stat="unclassified">{formatShare(stats.unclassified.share)}</dd>
          <meter
            className="overview-meter"
            min={0}
            max={1}
            value={stats.unclassified.share}
            aria-label={unclassifiedTooltip}
          />
        </div>
      </dl>
    </div>
  );
}
