/** The words on and about a bar: its value text, and its tooltip with the exact numbers and n. */
import { formatCount, formatPercent } from '../../charts/format';
import type { TooltipContent } from '../../charts/tooltip';
import type { Lang } from '../../state/types';
import type { FrequencyMode, FrequencyRow } from './rows';
import { frequencyText } from './strings';

export function barText(row: FrequencyRow, mode: FrequencyMode, lang: Lang): string {
  return mode === 'count'
    ? frequencyText(lang, 'barCount', { q: formatCount(row.questions), p: formatCount(row.posts) })
    : frequencyText(lang, 'barShare', {
        share: formatPercent(row.value),
        p: formatCount(row.posts),
        P: formatCount(row.totalPosts),
      });
}

export function barTooltip(
  row: FrequencyRow,
  mode: FrequencyMode,
  lang: Lang,
  names: { label: string; area: string },
): TooltipContent {
  const t = (key: Parameters<typeof frequencyText>[1], params: Record<string, string | number>) =>
    frequencyText(lang, key, params);
  const questionShare = row.totalQuestions > 0 ? row.questions / row.totalQuestions : 0;
  const postShare = row.totalPosts > 0 ? row.posts / row.totalPosts : 0;
  const questions = t('tipQuestions', {
    q: formatCount(row.questions),
    Q: formatCount(row.totalQuestions),
    share: formatPercent(questionShare),
  });
  const posts = t('tipPosts', {
    p: formatCount(row.posts),
    P: formatCount(row.totalPosts),
    share: formatPercent(postShare),
  });
  const interval =
    mode === 'count'
      ? t('tipCountInterval', { lo: formatCount(row.lo), hi: formatCount(row.hi) })
      : t('tipShareInterval', { lo: formatPercent(row.lo), hi: formatPercent(row.hi) });
  const lines = mode === 'count' ? [questions, interval, posts] : [posts, interval, questions];
  if (row.level === 'topic') lines.push(t('tipArea', { area: names.area }));
  return {
    title: names.label,
    lines,
    flag: row.small ? t('small', { p: row.posts }) : undefined,
  };
}
