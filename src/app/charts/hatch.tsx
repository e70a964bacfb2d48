/** The small-sample marking: a hatch pattern over lighter marks, and its key inside the chart. */
import { useId } from 'react';
import { FG, MUTED } from './palette';

/** A pattern id that is unique on the page and safe inside `url(#…)`. */
export function useHatchId(): string {
  return `hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width={5} height={5} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1={0} y1={0} x2={0} y2={5} stroke={FG} strokeWidth={1.2} strokeOpacity={0.4} />
      </pattern>
    </defs>
  );
}

/** Opacity of a mark's fill: small samples are drawn lighter. */
export const sampleOpacity = (small: boolean): number => (small ? 0.45 : 1);

export function SmallSampleKey({ x, y, hatchId, text }: { x: number; y: number; hatchId: string; text: string }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      <rect width={14} height={10} y={-9} fill={MUTED} fillOpacity={0.3} />
      <rect width={14} height={10} y={-9} fill={`url(#${hatchId})`} />
      <text x={20} fontSize={11} fill={MUTED}>
        {text}
      </text>
    </g>
  );
}
