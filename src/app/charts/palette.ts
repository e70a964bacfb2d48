/**
 * Colours for the charts. Areas use the eight Okabe–Ito colours (distinguishable with the common
 * colour-vision deficiencies); its black is the theme's text colour, so the eighth area reads on
 * a dark background too, and no area is grey (grey means unclassified). Text and lines use the
 * theme's variables (theme/tokens.css: --text, --text-muted, --border, --surface), the same the
 * shell uses, with the light theme's values for a page without the theme.
 */

export const FG = 'var(--text, #1d2129)';
export const MUTED = 'var(--text-muted, #565e6c)';
export const GRID = 'var(--border, #d5d9e0)';
/** The surface a chart sits on (a card in the shell). */
export const BG = 'var(--surface, #ffffff)';

/** Sequential values (counts, shares) and the "more than chance" side of lift. */
export const ACCENT = '#0072B2';
/** The "less than chance" side of lift: blue against vermillion stays apart for all. */
export const CONTRAST = '#D55E00';

const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', FG];

/** The contract's areas in order, so each keeps its colour whatever the data holds. */
const AREA_ORDER = [
  'architecture',
  'training',
  'alignment',
  'inference',
  'applications',
  'ml-nlp',
  'coding',
  'general',
];

export function areaColor(areaId: string): string {
  const index = AREA_ORDER.indexOf(areaId);
  if (index >= 0) return OKABE_ITO[index] ?? MUTED;
  let hash = 0;
  for (const ch of areaId) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return OKABE_ITO[hash % OKABE_ITO.length] ?? MUTED;
}
