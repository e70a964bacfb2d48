/**
 * The rows of the topic-frequency chart: one per topic (or area) that is asked at all, with the
 * value in the chosen measure, its 95 % Wilson interval, and the sample behind it.
 */
import type { TopicFrequency } from '../../../analysis/frequency';
import { isSmallSample } from '../../../analysis/sample-size';
import type { TopicSpace } from '../../../analysis/topic-space';
import { wilson } from '../../../analysis/wilson';

/** `count`: questions on the topic; `share`: share of posts that ask it at least once. */
export type FrequencyMode = 'count' | 'share';
export type FrequencyLevel = 'topic' | 'area';

export interface FrequencyRow {
  readonly level: FrequencyLevel;
  /** Topic or area code of the space. */
  readonly code: number;
  readonly id: string;
  readonly areaId: string;
  /** In the mode's unit: questions, or a share of posts in [0, 1]. */
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
  readonly questions: number;
  readonly posts: number;
  readonly totalQuestions: number;
  readonly totalPosts: number;
  /** Fewer than 5 posts ask it: shown, but flagged. */
  readonly small: boolean;
}

export interface FrequencyOptions {
  readonly mode: FrequencyMode;
  readonly level: FrequencyLevel;
  /** With level `topic`: only the topics of this area (the drill-down). */
  readonly area?: string | null | undefined;
}

export function frequencyRows(
  f: TopicFrequency,
  space: TopicSpace,
  { mode, level, area }: FrequencyOptions,
): FrequencyRow[] {
  const rows: FrequencyRow[] = [];
  const push = (code: number, id: string, areaId: string, questions: number, posts: number): void => {
    if (questions === 0) return;
    const ci =
      mode === 'count'
        ? scale(wilson(questions, f.totalQuestions), f.totalQuestions)
        : wilson(posts, f.totalPosts);
    rows.push({
      level,
      code,
      id,
      areaId,
      value: mode === 'count' ? questions : ci.estimate,
      lo: ci.lo,
      hi: ci.hi,
      questions,
      posts,
      totalQuestions: f.totalQuestions,
      totalPosts: f.totalPosts,
      small: isSmallSample(posts),
    });
  };
  if (level === 'area') {
    space.areas.forEach((a, code) => push(code, a.id, a.id, f.areaQuestions[code]!, f.areaPosts[code]!));
  } else {
    space.topics.forEach((t, code) => {
      if (area !== null && area !== undefined && t.area !== area) return;
      push(code, t.id, t.area, f.topicQuestions[code]!, f.topicPosts[code]!);
    });
  }
  return rows.sort((a, b) => b.value - a.value || a.code - b.code);
}

function scale(ci: { estimate: number; lo: number; hi: number }, n: number) {
  return { estimate: ci.estimate * n, lo: ci.lo * n, hi: ci.hi * n };
}
