/** The study plan's page: inputs, summary with coverage, exports, notices, and the schedule. */
import { useMemo } from 'react';
import type { StudyPlan } from '../../analysis/plan';
import type { Post, Question } from '../../loader/types';
import type { ViewProps } from '../state/types';
import { companyOptions } from './company-options';
import { CoverageGauge } from './CoverageGauge';
import { PlanActions } from './PlanActions';
import { PlanControls } from './PlanControls';
import { PlanNotices } from './PlanNotices';
import { PlanSchedule } from './PlanSchedule';
import { PlanSummary } from './PlanSummary';
import { planStrings } from './strings';
import type { PlanState } from './use-plan-state';
import './study-plan.css';

interface Props extends ViewProps {
  allQuestions: Question[];
  allPosts: Post[];
  plan: StudyPlan;
  state: PlanState;
  exports: { markdown: () => string; csv: () => string; progressJson: () => string };
}

export function PlanView({ allPosts, lang, active, onSelect, onOpenPost, plan, state, exports }: Props) {
  const s = planStrings(lang);
  const options = useMemo(() => companyOptions(allPosts, state.settings.companies), [allPosts, state.settings.companies]);
  const filteredTopics = useMemo(
    () => new Set(active?.field === 'topic' ? active.values : []),
    [active],
  );
  const onFilter = (topic: string) =>
    onSelect(filteredTopics.has(topic) && filteredTopics.size === 1 ? null : { field: 'topic', values: [topic] });

  return (
    // The shell frames the view with its title, so the view starts with its introduction.
    <section data-view="study-plan" className="study-plan" aria-label={s.title}>
      <p className="sp-muted sp-no-print">{s.intro}</p>
      <PlanNotices notices={state.notices} saved={state.saved} onDismiss={state.dismiss} lang={lang} />
      <PlanControls settings={state.settings} companies={options} lang={lang} onChange={state.setSettings} />
      <PlanSummary plan={plan} lang={lang}>
        <CoverageGauge coverage={plan.coverage} lang={lang} />
      </PlanSummary>
      <PlanActions
        lang={lang}
        {...exports}
        onImport={state.importProgress}
        onImportFailed={state.importFailed}
        onReset={state.resetProgress}
      />
      {plan.entries.length === 0 ? (
        <p className="sp-empty">{s.empty}</p>
      ) : (
        <PlanSchedule
          plan={plan}
          progress={state.progress}
          filteredTopics={filteredTopics}
          handlers={{ markTopic: state.markTopic, markQuestion: state.markQuestion, onOpenPost, onFilter }}
          lang={lang}
        />
      )}
    </section>
  );
}
