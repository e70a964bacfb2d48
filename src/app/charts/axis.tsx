/** A value axis drawn from ticks that a layout function computed (scale.ticks()). */
import { GRID, MUTED } from './palette';

export interface Tick {
  readonly x: number;
  readonly label: string;
}

export function XAxisGrid({ ticks, top, bottom }: { ticks: readonly Tick[]; top: number; bottom: number }) {
  return (
    <g aria-hidden="true">
      {/* Keys by position: two ticks may share a label after rounding. */}
      {ticks.map((t, i) => (
        <g key={i} transform={`translate(${t.x},0)`}>
          <line y1={top} y2={bottom} stroke={GRID} strokeWidth={1} />
          <text y={top - 6} textAnchor="middle" fontSize={10} fill={MUTED}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
