/**
 * The URL mirrors the current view and the filter clauses: `#/VIEW?topic=rl&company=bytedance`.
 * A clause from the view that usually owns its field is written as just the field; a clause from
 * another view is prefixed with that view (`questions.topic=rag`), so a shared link restores
 * exactly which view set which filter. Values repeat rather than join, so any text survives.
 */
import type { FilterClause, FilterField, ViewName } from './types';

export interface Route {
  view: ViewName;
  clauses: FilterClause[];
}

export const viewNames: readonly ViewName[] = [
  'overview',
  'topic-frequency',
  'round-distribution',
  'cooccurrence',
  'company-comparison',
  'study-plan',
  'questions',
];

/** The view whose marks usually set each field. */
export const defaultSourceOf: Record<FilterField, ViewName> = {
  topic: 'topic-frequency',
  area: 'topic-frequency',
  company: 'company-comparison',
  round: 'round-distribution',
  kind: 'round-distribution',
  postKind: 'overview',
  topicPair: 'cooccurrence',
  search: 'questions',
};

const fields = Object.keys(defaultSourceOf) as FilterField[];
const scopes: ReadonlyArray<NonNullable<FilterClause['scope']>> = ['question', 'post'];

export const defaultView: ViewName = 'overview';

export function isViewName(value: string): value is ViewName {
  return (viewNames as readonly string[]).includes(value);
}

function isField(value: string): value is FilterField {
  return (fields as string[]).includes(value);
}

function paramKey(clause: FilterClause): string {
  const prefix = clause.source === defaultSourceOf[clause.field] ? '' : `${clause.source}.`;
  const suffix = clause.scope === undefined ? '' : `.${clause.scope}`;
  return `${prefix}${clause.field}${suffix}`;
}

type ParsedKey = Omit<FilterClause, 'values'>;

function parseKey(key: string): ParsedKey | undefined {
  const parts = key.split('.');
  const source = parts[0] !== undefined && isViewName(parts[0]) ? parts.shift() : undefined;
  const [field, scope, ...rest] = parts;
  if (field === undefined || !isField(field) || rest.length > 0) return undefined;
  const parsed: ParsedKey = { source: (source as ViewName | undefined) ?? defaultSourceOf[field], field };
  if (scope !== undefined) {
    const knownScope = scopes.find((candidate) => candidate === scope);
    if (knownScope === undefined) return undefined;
    parsed.scope = knownScope;
  }
  return parsed;
}

export function routeToHash(route: Route): string {
  const params = new URLSearchParams();
  for (const clause of route.clauses) {
    for (const value of clause.values) params.append(paramKey(clause), value);
  }
  const query = params.toString();
  return `#/${route.view}${query ? `?${query}` : ''}`;
}

/** Anything unrecognised is dropped: a hand-edited or stale link still opens a working page. */
export function hashToRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/u, '');
  const queryStart = body.indexOf('?');
  const path = queryStart === -1 ? body : body.slice(0, queryStart);
  const query = queryStart === -1 ? '' : body.slice(queryStart + 1);
  const view = isViewName(path) ? path : defaultView;

  const clauses: FilterClause[] = [];
  for (const [key, value] of new URLSearchParams(query)) {
    const parsed = parseKey(key);
    if (parsed === undefined || value === '') continue;
    const existing = clauses.find((clause) => clause.source === parsed.source);
    if (existing === undefined) {
      clauses.push({ ...parsed, values: [value] });
    } else if (existing.field === parsed.field && !existing.values.includes(value)) {
      // One clause per view: a second field from the same view is ignored.
      existing.values.push(value);
    }
  }
  return { view, clauses };
}

/**
 * How a route change enters the history: typing in the search box replaces the entry (one back
 * press undoes the whole search), every other change adds one.
 */
export function historyModeFor(previous: Route, next: Route): 'push' | 'replace' | 'none' {
  if (routeToHash(previous) === routeToHash(next)) return 'none';
  const withoutSearch = (route: Route): string =>
    routeToHash({ ...route, clauses: route.clauses.filter((clause) => clause.field !== 'search') });
  const hadSearch = previous.clauses.some((clause) => clause.field === 'search');
  const hasSearch = next.clauses.some((clause) => clause.field === 'search');
  return hadSearch && hasSearch && withoutSearch(previous) === withoutSearch(next) ? 'replace' : 'push';
}
