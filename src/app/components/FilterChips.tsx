/** The active filters as removable chips, plus one button that clears them all. */
import { filterValueLabel } from '../i18n/labels';
import { useTranslate } from '../i18n/use-translate';
import { useDashboard, useDispatch } from '../state/store-context';
import type { FilterClause, Lang } from '../state/types';
import type { Translate } from '../i18n/translate';
import './filter-chips.css';

function clauseLabel(clause: FilterClause, lang: Lang, t: Translate): string {
  const values = clause.values.map((value) => filterValueLabel(clause.field, value, lang));
  const joined = clause.field === 'topicPair' ? values.join(' + ') : values.join(lang === 'zh' ? '、' : ', ');
  const scope = clause.field === 'topicPair' && clause.scope !== undefined ? ` (${t(`scope.${clause.scope}`)})` : '';
  return `${t(`field.${clause.field}`)}: ${joined}${scope}`;
}

export function FilterChips() {
  const clauses = useDashboard((state) => state.clauses);
  const lang = useDashboard((state) => state.lang);
  const dispatch = useDispatch();
  const t = useTranslate();

  return (
    <div className="filter-chips" role="group" aria-label={t('filters.label')}>
      {clauses.length === 0 ? <span className="filter-chips-empty">{t('filters.none')}</span> : null}
      {clauses.map((clause) => {
        const label = clauseLabel(clause, lang, t);
        return (
          <span key={clause.source} className="filter-chip" data-filter-source={clause.source} data-filter-field={clause.field}>
            <span className="filter-chip-label">{label}</span>
            <button
              type="button"
              className="filter-chip-remove"
              data-action="remove-filter"
              aria-label={t('filters.remove', { label })}
              onClick={() => dispatch({ type: 'select', source: clause.source, selection: null })}
            >
              ×
            </button>
          </span>
        );
      })}
      <button
        type="button"
        data-action="clear-filters"
        disabled={clauses.length === 0}
        onClick={() => dispatch({ type: 'clearFilters' })}
      >
        {t('filters.clear')}
      </button>
    </div>
  );
}
