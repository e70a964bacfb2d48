/**
 * How much of the question mass at the targets is mastered. The number alone sits in
 * `data-stat="coverage"` (one decimal, so a small first step still shows) for tests and tools.
 */
import type { Coverage } from '../../analysis/plan';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

export function CoverageGauge({ coverage, lang }: { coverage: Coverage; lang: Lang }) {
  const s = planStrings(lang);
  const percent = (coverage.share * 100).toFixed(1);
  const mastered = Number.isInteger(coverage.mastered) ? String(coverage.mastered) : coverage.mastered.toFixed(1);
  return (
    <div className="sp-coverage" title={s.coverageHint(mastered, coverage.total)}>
      <span className="sp-coverage-label">{s.coverage}</span>
      <span className="sp-coverage-value">
        <span data-stat="coverage">{percent}</span>%
      </span>
      <div
        className="sp-meter"
        role="meter"
        aria-label={s.coverage}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Number(percent)}
        aria-valuetext={`${percent}%`}
      >
        <div className="sp-meter-fill" style={{ width: `${Math.min(100, coverage.share * 100)}%` }} />
      </div>
      <span className="sp-muted sp-small">{s.coverageHint(mastered, coverage.total)}</span>
    </div>
  );
}
