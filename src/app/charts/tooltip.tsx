/**
 * One tooltip per chart, owned by React. Marks call `show…` on hover or keyboard focus with the
 * exact numbers. The state lives in a tiny store that only <Tooltip> subscribes to, so moving the
 * pointer re-renders the tooltip, not the chart and its thousands of marks.
 */
import { useState, useSyncExternalStore } from 'react';

export interface TooltipContent {
  readonly title: string;
  readonly lines: readonly string[];
  /** Shown in a warning style under the numbers (e.g. "small sample"). */
  readonly flag?: string | undefined;
}

interface TooltipState {
  readonly content: TooltipContent;
  readonly x: number;
  readonly y: number;
  readonly containerWidth: number;
}

export interface TooltipApi {
  readonly get: () => TooltipState | null;
  readonly subscribe: (listener: () => void) => () => void;
  /** Beside the pointer over `mark`. */
  readonly showAtPointer: (content: TooltipContent, mark: Element, clientX: number, clientY: number) => void;
  /** Under `mark` (keyboard focus). */
  readonly showAtElement: (content: TooltipContent, mark: Element) => void;
  readonly hide: () => void;
}

const containerOf = (element: Element): Element | null => element.closest('[data-chart-body]');

export function createTooltip(): TooltipApi {
  let state: TooltipState | null = null;
  const listeners = new Set<() => void>();
  const set = (next: TooltipState | null): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  const place = (content: TooltipContent, target: Element, x: number, y: number): void => {
    const box = containerOf(target)?.getBoundingClientRect();
    if (box === undefined) return;
    set({ content, x: x - box.left, y: y - box.top, containerWidth: box.width });
  };
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    showAtPointer: (content, mark, clientX, clientY) => place(content, mark, clientX, clientY),
    showAtElement: (content, mark) => {
      const box = mark.getBoundingClientRect();
      place(content, mark, box.left + box.width / 2, box.top + box.height);
    },
    hide: () => {
      if (state !== null) set(null);
    },
  };
}

/** A stable tooltip for the lifetime of the component. */
export function useTooltip(): TooltipApi {
  const [api] = useState(createTooltip);
  return api;
}

const TOOLTIP_WIDTH = 280;

export function Tooltip({ api }: { api: TooltipApi }) {
  const state = useSyncExternalStore(api.subscribe, api.get, api.get);
  if (state === null) return null;
  const left = Math.max(4, Math.min(state.x + 12, state.containerWidth - TOOLTIP_WIDTH - 4));
  return (
    <div className="chart-tooltip" role="tooltip" style={{ left, top: state.y + 14, maxWidth: TOOLTIP_WIDTH }}>
      <strong>{state.content.title}</strong>
      {state.content.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      {state.content.flag !== undefined && <div className="chart-tooltip-flag">⚠ {state.content.flag}</div>}
    </div>
  );
}
