/** A topic's score beside its components: share (with n), round factor, guide factor. */
import { formatFactor, formatPercent, formatScore, type TopicScore } from '../../analysis/plan';
import { companyLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

export function ScoreBreakdown({ scoring, lang }: { scoring: TopicScore; lang: Lang }) {
  const s = planStrings(lang);
  const perCompany = scoring.perCompany
    .map((part) =>
      s.perCompany(companyLabel(part.company, lang), part.asking, part.posts, formatPercent(part.raw), formatPercent(part.shrunk)),
    )
    .join('\n');
  const shareTitle = [s.shareHint(formatPercent(scoring.plainShare), formatPercent(scoring.overallShare)), perCompany]
    .filter(Boolean)
    .join('\n');
  return (
    <div className="sp-score" aria-label={s.score}>
      <span className="sp-score-total" title={s.formula}>
        {formatScore(scoring.score)}
      </span>
      <span className="sp-op">=</span>
      <span className="sp-component" title={shareTitle} data-component="share">
        <span className="sp-component-name">{s.share}</span> {formatPercent(scoring.share)}{' '}
        <span className="sp-muted">n={scoring.posts}</span>
      </span>
      <span className="sp-op">×</span>
      <span className="sp-component" data-component="rounds">
        <span className="sp-component-name">{s.rounds}</span> {formatFactor(scoring.roundFactor)}
      </span>
      <span className="sp-op">×</span>
      <span className="sp-component" data-component="guides" title={formatPercent(scoring.guideShare)}>
        <span className="sp-component-name">{s.guides}</span> {formatFactor(scoring.guideFactor)}
      </span>
    </div>
  );
}
