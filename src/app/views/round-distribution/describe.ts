/** Tooltips of the round-distribution marks: exact shares and counts, with each round's n. */
import type { RoundColumn } from '../../../analysis/rounds';
import { isSmallSample } from '../../../analysis/sample-size';
import { formatCount, formatPercent } from '../../charts/format';
import { roundName } from '../../charts/labels';
import type { TooltipContent } from '../../charts/tooltip';
import type { Lang } from '../../state/types';
import type { RoundCellMark } from './layout';
import { roundText } from './strings';

export function columnTooltip(column: RoundColumn, lang: Lang): TooltipContent {
  const name = roundName(column.round, lang);
  const lines = [roundText(lang, 'tipRound', { round: name, q: formatCount(column.questions), p: formatCount(column.posts) })];
  if (column.unclassified > 0) lines.push(roundText(lang, 'tipUnclassified', { u: formatCount(column.unclassified) }));
  return {
    title: name,
    lines,
    flag: isSmallSample(column.posts) ? roundText(lang, 'small', { p: column.posts }) : undefined,
  };
}

export function cellTooltip(cell: RoundCellMark, lang: Lang): TooltipContent {
  const { column } = cell.column;
  const name = roundName(column.round, lang);
  return {
    title: `${cell.row.label} · ${name}`,
    lines: [
      roundText(lang, 'tipShare', { share: formatPercent(cell.share) }),
      roundText(lang, 'tipCount', { q: formatCount(cell.questions), p: formatCount(cell.posts) }),
      roundText(lang, 'tipRound', { round: name, q: formatCount(column.questions), p: formatCount(column.posts) }),
    ],
    flag: cell.column.small ? roundText(lang, 'small', { p: column.posts }) : undefined,
  };
}

export function rowTooltip(label: string, cells: readonly RoundCellMark[], lang: Lang): TooltipContent {
  return {
    title: label,
    lines: cells.map((c) =>
      `${roundName(c.column.column.round, lang)}: ${formatPercent(c.share)} · ${roundText(lang, 'columnN', {
        q: formatCount(c.questions),
        p: formatCount(c.posts),
      })}`,
    ),
  };
}
