/** Tooltips of the company-comparison marks: exact counts, shares, z, and each company's n. */
import { formatCount, formatPercent, formatSigned } from '../../charts/format';
import type { TooltipContent } from '../../charts/tooltip';
import type { Lang } from '../../state/types';
import type { DistinctiveBar, DistinctivePanel } from './distinctive';
import type { HeatCell, HeatRow } from './layout';
import { companyText } from './strings';

export function heatCellTooltip(cell: HeatCell, lang: Lang): TooltipContent {
  const c = cell.row.company;
  return {
    title: `${cell.row.label} · ${cell.column.label}`,
    lines: [
      companyText(lang, 'tipShare', { share: formatPercent(cell.share), q: formatCount(cell.count), Q: formatCount(c.questions) }),
      companyText(lang, 'tipPosts', { p: formatCount(cell.posts), P: formatCount(c.posts) }),
    ],
    flag: cell.row.small ? companyText(lang, 'small', { p: c.posts }) : undefined,
  };
}

export function heatRowTooltip(row: HeatRow, lang: Lang): TooltipContent {
  const c = row.company;
  return {
    title: row.label,
    lines: [companyText(lang, 'tipCompany', { q: formatCount(c.questions), p: formatCount(c.posts) })],
    flag: row.small ? companyText(lang, 'small', { p: c.posts }) : undefined,
  };
}

export function distinctiveTooltip(bar: DistinctiveBar, panel: DistinctivePanel, lang: Lang): TooltipContent {
  const d = bar.topic;
  return {
    title: `${panel.label} · ${bar.label}`,
    lines: [
      companyText(lang, 'tipZ', { z: d.z.toFixed(2), delta: formatSigned(d.delta) }),
      companyText(lang, 'tipVs', {
        company: panel.label,
        share: formatPercent(d.share),
        q: formatCount(d.count),
        Q: formatCount(panel.company.questions),
        rest: formatPercent(d.restShare),
        rq: formatCount(d.restCount),
        RQ: formatCount(panel.restQuestions),
      }),
      companyText(lang, 'tipCompany', { q: formatCount(panel.company.questions), p: formatCount(panel.company.posts) }),
    ],
    flag: panel.small ? companyText(lang, 'small', { p: panel.company.posts }) : undefined,
  };
}
