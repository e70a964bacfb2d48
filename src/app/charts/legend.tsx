/** A swatch legend that wraps to the chart width; positions come from a pure layout. */
import { MUTED } from './palette';
import { textWidth } from './text-width';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

export interface PlacedLegendItem extends LegendItem {
  readonly x: number;
  readonly y: number;
}

const SWATCH = 10;
const GAP = 14;
const LINE = 16;

export function layoutLegend(
  items: readonly LegendItem[],
  width: number,
  fontSize = 11,
): { items: PlacedLegendItem[]; height: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const w = SWATCH + 4 + textWidth(item.label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE;
    }
    placed.push({ ...item, x, y });
    x += w + GAP;
  }
  return { items: placed, height: items.length === 0 ? 0 : y + LINE };
}

export function Legend({ items, x, y }: { items: readonly PlacedLegendItem[]; x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`} aria-hidden="true">
      {items.map((item) => (
        <g key={item.key} transform={`translate(${item.x},${item.y})`}>
          <rect width={SWATCH} height={SWATCH} y={-9} fill={item.color} />
          <text x={SWATCH + 4} fontSize={11} fill={MUTED}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
