/**
 * Dense grids of cells (the company heatmap, the co-occurrence matrix) drawn as a few SVG paths
 * instead of an element per cell: cells of one colour and opacity step share one path. A filter
 * click then changes a few dozen attributes instead of several thousand, and the chart stays a
 * vector image (the SVG and PNG downloads draw it as before). What a cell element gave for free
 * comes from here: hit testing (which cell is under the pointer) and keyboard movement over the
 * grid for the chart's one focusable cell mark (see GridCursor).
 */

/** Opacity steps of the layers: 1/64 apart, finer than the eye tells apart. */
export const OPACITY_STEPS = 64;

export interface LayerCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  /** Final fill opacity (0 … 1), rounded to OPACITY_STEPS. */
  readonly opacity: number;
}

export interface CellLayer {
  readonly key: string;
  readonly d: string;
  readonly fill: string;
  readonly opacity: number;
}

/** A rectangle as path data. */
export function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${x},${y}h${width}v${height}h${-width}z`;
}

export const opacityStep = (opacity: number): number => Math.round(opacity * OPACITY_STEPS) / OPACITY_STEPS;

/** The cells grouped by fill and opacity step, one path each, in order of first appearance. */
export function cellLayers(cells: Iterable<LayerCell>): CellLayer[] {
  const byLayer = new Map<string, { fill: string; opacity: number; parts: string[] }>();
  for (const cell of cells) {
    const opacity = opacityStep(cell.opacity);
    const key = `${cell.fill}|${opacity}`;
    let layer = byLayer.get(key);
    if (layer === undefined) {
      layer = { fill: cell.fill, opacity, parts: [] };
      byLayer.set(key, layer);
    }
    layer.parts.push(rectPath(cell.x, cell.y, cell.width, cell.height));
  }
  return [...byLayer].map(([key, layer]) => ({ key, d: layer.parts.join(''), fill: layer.fill, opacity: layer.opacity }));
}

/** A regular grid: `rows` × `columns` cells of one size, from (left, top). */
export interface GridGeometry {
  readonly left: number;
  readonly top: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly rows: number;
  readonly columns: number;
}

/** The grid position under a point in the chart's coordinates, or undefined outside the grid. */
export function gridCellAt(grid: GridGeometry, x: number, y: number): { row: number; column: number } | undefined {
  if (grid.cellWidth <= 0 || grid.cellHeight <= 0) return undefined;
  const column = Math.floor((x - grid.left) / grid.cellWidth);
  const row = Math.floor((y - grid.top) / grid.cellHeight);
  if (row < 0 || column < 0 || row >= grid.rows || column >= grid.columns) return undefined;
  return { row, column };
}

/** Arrow keys, Home and End as a step over the grid; undefined for any other key. */
export function gridStep(key: string): { rows: number; columns: number } | 'home' | 'end' | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { rows: 0, columns: -1 };
    case 'ArrowRight':
      return { rows: 0, columns: 1 };
    case 'ArrowUp':
      return { rows: -1, columns: 0 };
    case 'ArrowDown':
      return { rows: 1, columns: 0 };
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return undefined;
  }
}

/**
 * The cursor's next place from `from` over the cells that exist (`exists(row, column)`): left and
 * right go to the next cell of the row, up and down to the nearest cell (by column, the left one
 * on a tie) of the next row that has one, Home and End to the row's first and last cell. At an
 * edge it stays. Every cell is reachable: any row by up and down, any cell of it by left and right.
 */
export function moveOnGrid(
  grid: Pick<GridGeometry, 'rows' | 'columns'>,
  from: { row: number; column: number },
  step: { rows: number; columns: number } | 'home' | 'end',
  exists: (row: number, column: number) => boolean,
): { row: number; column: number } {
  const { row } = from;
  if (step === 'home') {
    for (let column = 0; column < grid.columns; column += 1) if (exists(row, column)) return { row, column };
    return from;
  }
  if (step === 'end') {
    for (let column = grid.columns - 1; column >= 0; column -= 1) if (exists(row, column)) return { row, column };
    return from;
  }
  if (step.rows === 0) {
    for (let column = from.column + step.columns; column >= 0 && column < grid.columns; column += step.columns) {
      if (exists(row, column)) return { row, column };
    }
    return from;
  }
  for (let next = row + step.rows; next >= 0 && next < grid.rows; next += step.rows) {
    for (let distance = 0; distance < grid.columns; distance += 1) {
      if (from.column - distance >= 0 && exists(next, from.column - distance)) return { row: next, column: from.column - distance };
      if (from.column + distance < grid.columns && exists(next, from.column + distance)) return { row: next, column: from.column + distance };
    }
  }
  return from;
}

/** A point of a mouse event in the coordinates of the event target's <svg>. */
export function svgPoint(target: Element, clientX: number, clientY: number): { x: number; y: number } | undefined {
  const svg = target instanceof SVGSVGElement ? target : (target as SVGElement).ownerSVGElement;
  const toScreen = svg?.getScreenCTM();
  if (toScreen === null || toScreen === undefined) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(toScreen.inverse());
  return { x: point.x, y: point.y };
}
