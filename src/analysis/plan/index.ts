/** The study plan's public API: build a plan, export it, and the pieces the view shows. */
export { analysePlan, buildPlan, schedulePlan, type PlanAnalysis, type PlanOptions, type StudyPlan } from './build-plan';
export { planToMarkdown } from './export-markdown';
export type { Coverage } from './coverage';
export { planToCsv, CSV_COLUMNS } from './export-csv';
export { ENGLISH_LABELS, type PlanLabels } from './labels';
export { formatFactor, formatPercent, formatScore } from './format';
export { NO_PROGRESS, questionMarker, topicMark, type Mark, type ProgressMarks, type QuestionMark } from './progress';
export { normaliseQuestion, sameQuestion } from './near-duplicates';
export { DEFAULT_HALF_LIFE, HALF_LIFE_CHOICES, NEAR_DUPLICATE, PRIOR_POSTS, GUIDE_BONUS, ROUND_WEIGHTS, HOURS_BY_KIND } from './weights';
export type * from './types';
