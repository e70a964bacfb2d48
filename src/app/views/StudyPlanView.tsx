/**
 * The study plan view (#/study-plan): pick target companies and the time you have, get topics in
 * the order they are worth studying, spread over days, and track what you have mastered.
 * Statistics come from the whole data set; the plan's own inputs choose the companies.
 */
import { useMemo } from 'react';
import { analysePlan, planToCsv, planToMarkdown, schedulePlan } from '../../analysis/plan';
import type { Post, Question } from '../../loader/types';
import type { ViewProps } from '../state/types';
import { PlanView } from '../study-plan/PlanView';
import { localToday } from '../study-plan/today';
import { toContractTopic } from '../study-plan/topic-tree';
import { usePlanState } from '../study-plan/use-plan-state';
import { planLabels } from '../study-plan/labels';
import { toProgressFile } from '../study-plan/progress-schema';

export function StudyPlanView(props: ViewProps & { allQuestions: Question[]; allPosts: Post[] }) {
  const { allQuestions, allPosts, lang } = props;
  const state = usePlanState();
  const { settings, progress } = state;
  // The clock is read once per mount, here at the edge; everything below is given `today`.
  const today = useMemo(() => localToday(new Date()), []);
  const inputs = useMemo(() => ({ ...settings, today }), [settings, today]);
  // Scoring and merging questions is the costly part and ignores progress; a click re-schedules only.
  const analysis = useMemo(
    () => analysePlan(allPosts, allQuestions, inputs, { rollUp: toContractTopic }),
    [allPosts, allQuestions, inputs],
  );
  const plan = useMemo(() => schedulePlan(analysis, progress), [analysis, progress]);
  const labels = useMemo(() => planLabels(lang), [lang]);
  return (
    <PlanView
      {...props}
      plan={plan}
      state={state}
      exports={{
        markdown: () => planToMarkdown(plan, progress, labels),
        csv: () => planToCsv(plan, progress, labels),
        progressJson: () => JSON.stringify(toProgressFile(progress), null, 2),
      }}
    />
  );
}
