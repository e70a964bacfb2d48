/**
 * Signals for benchmarks and tests, in the browser's own timeline: `performance.mark` entries a
 * benchmark can wait for and measure between, and a counter on <html> it can poll.
 *
 * - `mjr:data` when the loading worker's answer reaches the page (before it is unpacked);
 * - `mjr:rendered` after every shown view has committed the current data and filters
 *   (`detail`: questions in the data set and the filters' address, e.g. `#/overview?topic=rag`);
 *   `<html data-rendered="N">` counts these commits. The paint follows in the next frame.
 */
export const DATA_MARK = 'mjr:data';
export const RENDERED_MARK = 'mjr:rendered';

export interface RenderedDetail {
  readonly questions: number;
  readonly route: string;
}

const canMark = (): boolean => typeof performance !== 'undefined' && typeof performance.mark === 'function';

export function markData(): void {
  if (canMark()) performance.mark(DATA_MARK);
}

let rendered = 0;

export function markRendered(detail: RenderedDetail): void {
  if (canMark()) performance.mark(RENDERED_MARK, { detail });
  rendered += 1;
  if (typeof document !== 'undefined') document.documentElement.dataset['rendered'] = String(rendered);
}
