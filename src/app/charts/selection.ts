/** Setting and reading a view's own clause from a click on a mark. */
import type { FilterClause, FilterField, Selection } from '../state/types';

export function isActive(active: FilterClause | undefined, field: FilterField, value: string): boolean {
  return active !== undefined && active.field === field && active.values.includes(value);
}

/** True when the view's clause is on `field`, so marks of that field not selected are dimmed. */
export function hasActiveField(active: FilterClause | undefined, field: FilterField): boolean {
  return active !== undefined && active.field === field && active.values.length > 0;
}

/**
 * The clause after a click: a plain click selects the value alone, or clears it when it was the
 * only value; with `additive` (shift / ctrl / ⌘) it is added to or removed from the values.
 */
export function toggleSelection(
  active: FilterClause | undefined,
  field: FilterField,
  value: string,
  additive = false,
): Selection | null {
  const current = active !== undefined && active.field === field ? active.values : [];
  if (!additive) {
    return current.length === 1 && current[0] === value ? null : { field, values: [value] };
  }
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return values.length === 0 ? null : { field, values };
}

/** A pair clause toggles as a whole: the same pair (in either order) and scope clears it. */
export function togglePair(
  active: FilterClause | undefined,
  a: string,
  b: string,
  scope: 'question' | 'post',
): Selection | null {
  const same =
    active !== undefined &&
    active.field === 'topicPair' &&
    active.scope === scope &&
    active.values.length === 2 &&
    active.values.includes(a) &&
    active.values.includes(b);
  return same ? null : { field: 'topicPair', values: [a, b], scope };
}
