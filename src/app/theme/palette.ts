/**
 * Data colours for the whole dashboard. Areas use the Okabe-Ito palette, whose hues stay apart
 * under deuteranopia, protanopia and tritanopia and read on the light and dark surfaces. The
 * charts kit owns the area order; re-exporting it here gives every view one colour per area.
 */
export { areaColor } from '../charts/palette';

/** Questions without a topic; no area is ever this grey. */
export const unclassifiedColor = '#8C8C8C';
