/**
 * What makes an SVG element a mark: focusable, a button for assistive technology with the exact
 * numbers in its label, Enter / Space / click to select, and a tooltip on hover and on focus.
 *
 * A chart's marks share one set of listeners on the chart's <svg> (event delegation): a mark is
 * only attributes, so a matrix of 2,000 cells costs no closures per cell and React compares a
 * handful of strings per cell when the filters change.
 */
import type { DOMAttributes, FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { TooltipApi, TooltipContent } from './tooltip';

export interface MarkSpec {
  readonly label: string;
  readonly tooltip: TooltipContent;
  readonly pressed: boolean;
  /** `additive` when shift, ctrl or ⌘ was held: add to the selection instead of replacing it. */
  readonly onActivate: (additive: boolean) => void;
}

/**
 * The attributes of one mark; `data-mark` finds its spec when an event reaches the <svg>, and
 * styles marks (charts.css), so a mark needs no class.
 */
export interface MarkAttributes {
  readonly role: 'button';
  readonly tabIndex: 0;
  readonly 'aria-label': string;
  readonly 'aria-pressed': boolean;
  readonly 'data-mark': string;
}

export type MarkListeners = Pick<
  DOMAttributes<SVGSVGElement>,
  'onClick' | 'onKeyDown' | 'onMouseOver' | 'onMouseMove' | 'onMouseLeave' | 'onFocus' | 'onBlur'
>;

export interface Marks {
  /** Registers a mark under a key unique in the chart and returns its attributes. */
  mark(key: string, spec: MarkSpec): MarkAttributes;
  /** A mark registered in this render, for elements that stand for one (a mirrored image). */
  spec(key: string): MarkSpec | undefined;
  /** For the chart's <svg>: every mark registered in the same render answers through these. */
  readonly listeners: MarkListeners;
}

const isAdditive = (e: MouseEvent | KeyboardEvent): boolean => e.shiftKey || e.ctrlKey || e.metaKey;

/** One chart's marks for one render: call it in the render that draws them. */
export function createMarks(tooltip: TooltipApi): Marks {
  const specs = new Map<string, MarkSpec>();
  const find = (target: EventTarget | null): { element: Element; spec: MarkSpec } | undefined => {
    const element = target instanceof Element ? target.closest('[data-mark]') : null;
    const spec = element === null ? undefined : specs.get(element.getAttribute('data-mark') ?? '');
    return element === null || spec === undefined ? undefined : { element, spec };
  };
  const onPointer = (event: MouseEvent<SVGSVGElement>): void => {
    const found = find(event.target);
    if (found === undefined) tooltip.hide();
    else tooltip.showAtPointer(found.spec.tooltip, found.element, event.clientX, event.clientY);
  };
  return {
    mark(key, spec) {
      specs.set(key, spec);
      return {
        role: 'button',
        tabIndex: 0,
        'aria-label': spec.label,
        'aria-pressed': spec.pressed,
        'data-mark': key,
      };
    },
    spec: (key) => specs.get(key),
    listeners: {
      onClick: (event) => find(event.target)?.spec.onActivate(isAdditive(event)),
      onKeyDown: (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const found = find(event.target);
        if (found === undefined) return;
        event.preventDefault();
        found.spec.onActivate(isAdditive(event));
      },
      onMouseOver: onPointer,
      onMouseMove: onPointer,
      onMouseLeave: tooltip.hide,
      onFocus: (event: FocusEvent<SVGSVGElement>) => {
        const found = find(event.target);
        if (found !== undefined) tooltip.showAtElement(found.spec.tooltip, found.element);
      },
      onBlur: tooltip.hide,
    },
  };
}

/** The tooltip's lines joined into one accessible label. */
export const labelOf = (content: TooltipContent): string =>
  [content.title, ...content.lines, ...(content.flag === undefined ? [] : [content.flag])].join('; ');
