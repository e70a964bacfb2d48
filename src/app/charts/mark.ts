/**
 * What makes an SVG element a mark: focusable, a button for assistive technology with the exact
 * numbers in its label, Enter / Space / click to select, and a tooltip on hover and on focus.
 */
import type { KeyboardEvent, MouseEvent, SVGProps } from 'react';
import type { TooltipApi, TooltipContent } from './tooltip';

export interface MarkSpec {
  readonly label: string;
  readonly tooltip: TooltipContent;
  readonly pressed: boolean;
  /** `additive` when shift, ctrl or ⌘ was held: add to the selection instead of replacing it. */
  readonly onActivate: (additive: boolean) => void;
}

const isAdditive = (e: MouseEvent | KeyboardEvent): boolean => e.shiftKey || e.ctrlKey || e.metaKey;

export function markProps(spec: MarkSpec, tooltip: TooltipApi): SVGProps<SVGGElement> {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': spec.label,
    'aria-pressed': spec.pressed,
    className: spec.pressed ? 'chart-mark is-active' : 'chart-mark',
    onClick: (e) => spec.onActivate(isAdditive(e)),
    onKeyDown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        spec.onActivate(isAdditive(e));
      }
    },
    onMouseEnter: (e) => tooltip.showAtPointer(spec.tooltip, e),
    onMouseMove: (e) => tooltip.showAtPointer(spec.tooltip, e),
    onMouseLeave: tooltip.hide,
    onFocus: (e) => tooltip.showAtElement(spec.tooltip, e),
    onBlur: tooltip.hide,
  };
}

/** The tooltip's lines joined into one accessible label. */
export const labelOf = (content: TooltipContent): string =>
  [content.title, ...content.lines, ...(content.flag === undefined ? [] : [content.flag])].join('; ');
