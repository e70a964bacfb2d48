/** The plan's inputs: target companies, days left, hours per day and the recency half-life. */
import { HALF_LIFE_CHOICES } from '../../analysis/plan';
import type { CompanyId } from '../../loader/types';
import { companyLabel } from '../i18n/labels';
import type { Lang } from '../state/types';
import { clampDays, clampHours, DAYS_RANGE, HOURS_RANGE, type PlanSettings } from './settings-schema';
import { planStrings } from './strings';

export interface CompanyOption {
  id: CompanyId;
  posts: number;
}

interface Props {
  settings: PlanSettings;
  companies: CompanyOption[];
  lang: Lang;
  onChange: (change: Partial<PlanSettings>) => void;
}

export function PlanControls({ settings, companies, lang, onChange }: Props) {
  const s = planStrings(lang);
  const chosen = new Set(settings.companies);
  const toggle = (company: CompanyId) =>
    onChange({
      companies: chosen.has(company) ? settings.companies.filter((c) => c !== company) : [...settings.companies, company],
    });
  return (
    <form className="sp-controls sp-no-print" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="sp-companies">
        <legend>{s.companies}</legend>
        <label className="sp-chip" title={s.allCompaniesHint}>
          <input
            type="checkbox"
            checked={chosen.size === 0}
            data-company="all"
            onChange={() => onChange({ companies: [] })}
          />
          {s.allCompanies}
        </label>
        {companies.map(({ id, posts }) => (
          <label key={id} className="sp-chip">
            <input type="checkbox" checked={chosen.has(id)} data-company={id} onChange={() => toggle(id)} />
            {companyLabel(id, lang)} <span className="sp-muted">{s.posts(posts)}</span>
          </label>
        ))}
      </fieldset>
      <div className="sp-numbers">
        <label>
          {s.daysLeft}
          <input
            type="number"
            name="days-left"
            min={DAYS_RANGE.min}
            max={DAYS_RANGE.max}
            step={1}
            value={settings.daysLeft}
            onChange={(event) => onChange({ daysLeft: clampDays(event.currentTarget.valueAsNumber) })}
          />
        </label>
        <label>
          {s.hoursPerDay}
          <input
            type="number"
            name="hours-per-day"
            min={HOURS_RANGE.min}
            max={HOURS_RANGE.max}
            step={0.25}
            value={settings.hoursPerDay}
            onChange={(event) => onChange({ hoursPerDay: clampHours(event.currentTarget.valueAsNumber) })}
          />
        </label>
        <label>
          {s.halfLife}
          <select
            name="half-life"
            value={settings.halfLifeDays === null ? 'off' : String(settings.halfLifeDays)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ halfLifeDays: value === 'off' ? null : Number(value) });
            }}
          >
            {HALF_LIFE_CHOICES.map((choice) => (
              <option key={choice ?? 'off'} value={choice === null ? 'off' : String(choice)}>
                {choice === null ? s.halfLifeOff : s.halfLifeDays(choice)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </form>
  );
}
