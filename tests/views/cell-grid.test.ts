import { describe, expect, it } from 'vitest';
import { cellLayers, gridCellAt, gridStep, moveOnGrid, opacityStep, rectPath } from '../../src/app/charts/cell-grid';

describe('cellLayers', () => {
  it('puts cells of one fill and opacity step into one path, in order of first appearance', () => {
    const layers = cellLayers([
      { x: 0, y: 0, width: 10, height: 10, fill: 'red', opacity: 0.5 },
      { x: 10, y: 0, width: 10, height: 10, fill: 'blue', opacity: 0.5 },
      { x: 20, y: 0, width: 10, height: 10, fill: 'red', opacity: 0.501 },
    ]);
    expect(layers.map((l) => [l.fill, l.opacity])).toEqual([
      ['red', 0.5],
      ['blue', 0.5],
    ]);
    expect(layers[0]!.d).toBe(rectPath(0, 0, 10, 10) + rectPath(20, 0, 10, 10));
  });

  it('rounds opacities to 1/64', () => {
    expect(opacityStep(0.1)).toBe(6 / 64);
    expect(opacityStep(1)).toBe(1);
  });
});

describe('gridCellAt', () => {
  const grid = { left: 100, top: 50, cellWidth: 10, cellHeight: 20, rows: 3, columns: 4 };
  it('finds the cell under a point and nothing outside the grid', () => {
    expect(gridCellAt(grid, 100, 50)).toEqual({ row: 0, column: 0 });
    expect(gridCellAt(grid, 139.9, 109.9)).toEqual({ row: 2, column: 3 });
    expect(gridCellAt(grid, 99, 60)).toBeUndefined();
    expect(gridCellAt(grid, 140, 60)).toBeUndefined();
    expect(gridCellAt(grid, 120, 110)).toBeUndefined();
  });
});

describe('moveOnGrid', () => {
  // x = a cell:  . x . x
  //              x . . .
  //              . . . .
  //              . . x x
  const cells = new Set(['0,1', '0,3', '1,0', '3,2', '3,3']);
  const exists = (r: number, c: number) => cells.has(`${r},${c}`);
  const grid = { rows: 4, columns: 4 };
  const move = (row: number, column: number, key: string) => moveOnGrid(grid, { row, column }, gridStep(key)!, exists);

  it('skips empty cells along a row and stays at its ends', () => {
    expect(move(0, 1, 'ArrowRight')).toEqual({ row: 0, column: 3 });
    expect(move(0, 3, 'ArrowRight')).toEqual({ row: 0, column: 3 });
    expect(move(0, 3, 'ArrowLeft')).toEqual({ row: 0, column: 1 });
    expect(move(3, 3, 'Home')).toEqual({ row: 3, column: 2 });
    expect(move(3, 2, 'End')).toEqual({ row: 3, column: 3 });
  });

  it('goes up and down to the nearest cell of the next row that has one', () => {
    expect(move(0, 1, 'ArrowDown')).toEqual({ row: 1, column: 0 });
    expect(move(1, 0, 'ArrowDown')).toEqual({ row: 3, column: 2 });
    expect(move(3, 3, 'ArrowUp')).toEqual({ row: 1, column: 0 });
    expect(move(1, 0, 'ArrowUp')).toEqual({ row: 0, column: 1 });
    expect(move(0, 1, 'ArrowUp')).toEqual({ row: 0, column: 1 });
  });

  it('reaches every cell from any cell', () => {
    const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
    for (const start of cells) {
      const [r, c] = start.split(',').map(Number) as [number, number];
      const seen = new Set([start]);
      const queue = [[r, c] as [number, number]];
      while (queue.length > 0) {
        const [qr, qc] = queue.pop()!;
        for (const key of keys) {
          const to = move(qr, qc, key);
          const id = `${to.row},${to.column}`;
          if (!seen.has(id)) {
            seen.add(id);
            queue.push([to.row, to.column]);
          }
        }
      }
      expect([...seen].sort()).toEqual([...cells].sort());
    }
  });

  it('ignores other keys', () => {
    expect(gridStep('a')).toBeUndefined();
  });
});
