/**
 * Every view the dashboard can show, by name: its component and how the shell frames it. The one
 * place that knows which component draws which `#/NAME`.
 */
import { createElement, type ReactElement } from 'react';
import type { Post, Question } from '../../loader/types';
import type { ViewName, ViewProps } from '../state/types';
import { CompanyComparisonView } from './CompanyComparisonView';
import { CooccurrenceView } from './CooccurrenceView';
import { OverviewView } from './OverviewView';
import { QuestionsView } from './QuestionsView';
import { RoundDistributionView } from './RoundDistributionView';
import { StudyPlanView } from './StudyPlanView';
import { TopicFrequencyView } from './TopicFrequencyView';

/** The unfiltered data set, for views whose statistics must not shrink with the filters. */
export interface WholeDataset {
  questions: Question[];
  posts: Post[];
}

export interface ViewEntry {
  /** Charts show their own title, so the frame's is for screen readers only. */
  titleHidden: boolean;
  render: (props: ViewProps, whole: WholeDataset) => ReactElement;
}

const simple = (component: (props: ViewProps) => ReactElement | null, titleHidden: boolean): ViewEntry => ({
  titleHidden,
  render: (props) => createElement(component, props),
});

export const viewRegistry: Record<ViewName, ViewEntry> = {
  overview: simple(OverviewView, false),
  'topic-frequency': simple(TopicFrequencyView, true),
  'round-distribution': simple(RoundDistributionView, true),
  cooccurrence: simple(CooccurrenceView, true),
  'company-comparison': simple(CompanyComparisonView, true),
  questions: simple(QuestionsView, false),
  'study-plan': {
    titleHidden: false,
    render: (props, whole) =>
      createElement(StudyPlanView, { ...props, allQuestions: whole.questions, allPosts: whole.posts }),
  },
};

/** The charts the overview page shows together, in reading order. */
export const chartViews: readonly ViewName[] = [
  'topic-frequency',
  'company-comparison',
  'round-distribution',
  'cooccurrence',
];
