/**
 * The cells of a grid drawn as layers (cell-grid.ts): a few paths, one per colour and opacity step,
 * plus the hatching of small samples. The pointer finds its cell by position (hover shows its
 * tooltip, a click picks it); the keyboard reaches the cells through the chart's GridCursor.
 */
import type { MouseEvent, ReactNode } from 'react';
import type { CellLayer } from './cell-grid';
import type { TooltipApi, TooltipContent } from './tooltip';

export interface GridCellsProps<Cell> {
  readonly layers: readonly CellLayer[];
  /** Paths of small-sample cells, drawn with the chart's hatch pattern. */
  readonly hatched: string;
  readonly hatchId: string;
  readonly cellUnder: (event: MouseEvent<SVGGElement>) => Cell | undefined;
  /** A click on a cell; `add` when a modifier key asks to add to the selection. */
  readonly onPick: (cell: Cell, add: boolean) => void;
  readonly tooltipOf: (cell: Cell) => TooltipContent;
  readonly tooltip: TooltipApi;
  /** Further layers drawn over the cells (dimmed hatching, outlines of pressed cells). */
  readonly children?: ReactNode;
}

export function GridCells<Cell>({ layers, hatched, hatchId, cellUnder, onPick, tooltipOf, tooltip, children }: GridCellsProps<Cell>) {
  return (
    <g
      aria-hidden="true"
      data-cells=""
      onClick={(event) => {
        event.stopPropagation();
        const cell = cellUnder(event);
        if (cell !== undefined) onPick(cell, event.shiftKey || event.ctrlKey || event.metaKey);
      }}
      onMouseMove={(event) => {
        event.stopPropagation();
        const cell = cellUnder(event);
        if (cell === undefined) tooltip.hide();
        else tooltip.showAtPointer(tooltipOf(cell), event.currentTarget, event.clientX, event.clientY);
      }}
      onMouseOver={(event) => event.stopPropagation()}
    >
      {layers.map((layer) => (
        <path key={layer.key} d={layer.d} fill={layer.fill} fillOpacity={layer.opacity} />
      ))}
      {hatched !== '' && <path d={hatched} fill={`url(#${hatchId})`} />}
      {children}
    </g>
  );
}
