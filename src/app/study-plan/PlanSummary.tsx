/**
 * What the plan rests on and whether it fits: the targets' post count, undated posts (said out
 * loud, since they get the median weight), hours needed against hours available, the formula.
 */
import type { ReactNode } from 'react';
import type { StudyPlan } from '../../analysis/plan';
import { companyLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { planStrings } from './strings';

export function PlanSummary({ plan, lang, children }: { plan: StudyPlan; lang: Lang; children: ReactNode }) {
  const s = planStrings(lang);
  const { inputs } = plan;
  const open = plan.entries.filter((entry) => !plan.mastered.includes(entry.topic));
  const need = open.reduce((sum, entry) => sum + Math.max(0.25, entry.hours), 0);
  const have = inputs.daysLeft * inputs.hoursPerDay;
  const chosen = inputs.companies.length === 0 ? null : inputs.companies.map((c) => companyLabel(c, lang)).join(s.listSeparator);
  return (
    <div className="sp-summary">
      {children}
      <div className="sp-facts">
        <p className="sp-print-only">
          {chosen ?? s.allCompanies} · {s.daysLeft} {inputs.daysLeft} · {s.hoursPerDay} {inputs.hoursPerDay} · {inputs.today}
        </p>
        <p>{s.basis(plan.targetPosts, chosen)}</p>
        {plan.undatedPosts > 0 ? (
          <p className="sp-muted" data-note="undated">
            {s.undated(plan.undatedPosts, plan.medianAgeDays === null ? null : Math.round(plan.medianAgeDays))}
          </p>
        ) : null}
        <p className={need > have ? 'sp-over' : undefined}>{s.budget(Math.round(need * 4) / 4, have)}</p>
        <p className="sp-muted sp-small" title={s.howScored}>
          {s.formula}
        </p>
      </div>
    </div>
  );
}
