/** The tooltip of a matrix cell: the pair count, both single counts, lift and what chance expects. */
import type { PairScope } from '../../../analysis/cooccurrence';
import { formatCount, formatRatio } from '../../charts/format';
import type { TooltipContent } from '../../charts/tooltip';
import type { Lang } from '../../state/types';
import type { MatrixCell } from './layout';
import { pairText } from './strings';

export function cellTooltip(
  cell: MatrixCell,
  singles: { a: number; b: number; units: number },
  scope: PairScope,
  lang: Lang,
): TooltipContent {
  const unit = pairText(lang, scope === 'question' ? 'unitQuestions' : 'unitPosts');
  if (cell.diagonal) {
    return { title: cell.row.label, lines: [pairText(lang, 'tipDiagonal', { n: formatCount(cell.count), unit })] };
  }
  return {
    title: `${cell.row.label} × ${cell.column.label}`,
    lines: [
      pairText(lang, 'tipTogether', { n: formatCount(cell.count), N: formatCount(singles.units), unit }),
      pairText(lang, 'tipSingles', {
        a: cell.row.label,
        na: formatCount(singles.a),
        b: cell.column.label,
        nb: formatCount(singles.b),
      }),
      pairText(lang, 'tipLift', { lift: formatRatio(cell.lift), expected: cell.expected.toFixed(1) }),
    ],
    flag: cell.small ? pairText(lang, 'small', { n: cell.count, e: cell.expected.toFixed(1) }) : undefined,
  };
}
