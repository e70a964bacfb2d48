/**
 * The one focusable cell of a grid drawn as layers (cell-grid.ts): a transparent mark over the
 * current cell, with that cell's label, pressed state and data attributes. Tab reaches it, arrow
 * keys (Home, End) move it over the cells that exist, Enter or Space selects (through the chart's
 * mark listeners), and its tooltip follows it. Charts pair it with a polite live region that
 * repeats the label after a move (GridAnnouncement), for screen readers that do not announce a
 * focused element's new name.
 */
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { gridStep } from './cell-grid';
import type { MarkAttributes } from './mark';
import type { TooltipApi, TooltipContent } from './tooltip';

export interface GridCursorProps {
  /** The mark's attributes (Marks.mark) and its data attributes (data-company, data-topic…). */
  readonly attributes: MarkAttributes & Readonly<Record<`data-${string}`, string | undefined>>;
  readonly tooltip: TooltipApi;
  readonly content: TooltipContent;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A step from the current cell; the chart moves the cursor (or not, at an edge). */
  readonly onStep: (step: Exclude<ReturnType<typeof gridStep>, undefined>) => void;
}

export function GridCursor({ attributes, tooltip, content, x, y, width, height, onStep }: GridCursorProps) {
  const ref = useRef<SVGRectElement | null>(null);
  const moved = useRef(false);
  const label = attributes['aria-label'];
  // After a keyboard move the element stays focused: show the new cell's tooltip.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!moved.current || element === null || element.ownerDocument.activeElement !== element) return;
    tooltip.showAtElement(content, element);
    // `content` is a new object every render; the label says when it changed.
  }, [label, x, y, tooltip]); // eslint-disable-line react-hooks/exhaustive-deps
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>): void => {
    const step = gridStep(event.key);
    if (step === undefined) return;
    event.preventDefault();
    moved.current = true;
    onStep(step);
  };
  return (
    <rect
      ref={ref}
      {...attributes}
      data-grid-cursor=""
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Home End Enter Space"
      x={x}
      y={y}
      width={width}
      height={height}
      fill="transparent"
      onKeyDown={onKeyDown}
    />
  );
}

/** A visually hidden, polite live region: the grid cursor's label once the keyboard moved it. */
export function GridAnnouncement({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite" data-grid-announcement="">
      {text}
    </p>
  );
}
