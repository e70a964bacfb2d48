import { describe, expect, it } from 'vitest';
import { allocateDays } from '../../../src/analysis/plan/allocate';

describe('allocating topics to days', () => {
  it('fills each day in plan order and continues a long topic the next day', () => {
    // Two days of 2.5 h: A (2 h) and half an hour of B on day 1, the rest of B on day 2, no room for C.
    const allocation = allocateDays(
      [
        { topic: 'A', hours: 2 },
        { topic: 'B', hours: 3 },
        { topic: 'C', hours: 1 },
      ],
      2,
      2.5,
    );
    expect(allocation.days).toEqual([
      {
        day: 1,
        hours: 2.5,
        chunks: [
          { topic: 'A', hours: 2, part: 1, parts: 1 },
          { topic: 'B', hours: 0.5, part: 1, parts: 2 },
        ],
      },
      { day: 2, hours: 2.5, chunks: [{ topic: 'B', hours: 2.5, part: 2, parts: 2 }] },
    ]);
    expect(allocation.unscheduled).toEqual([{ topic: 'C', hours: 1 }]);
  });

  it('reports the part of a topic that did not fit', () => {
    const allocation = allocateDays([{ topic: 'A', hours: 5 }], 1, 3);
    expect(allocation.days[0]?.chunks).toEqual([{ topic: 'A', hours: 3, part: 1, parts: 1 }]);
    expect(allocation.unscheduled).toEqual([{ topic: 'A', hours: 2 }]);
  });

  it('leaves days without topics empty when everything fits early', () => {
    const allocation = allocateDays([{ topic: 'A', hours: 1 }], 3, 2);
    expect(allocation.days.map((day) => day.chunks.length)).toEqual([1, 0, 0]);
    expect(allocation.unscheduled).toEqual([]);
  });

  it('gives every topic at least a quarter hour', () => {
    const allocation = allocateDays([{ topic: 'A', hours: 0 }], 1, 1);
    expect(allocation.days[0]?.chunks).toEqual([{ topic: 'A', hours: 0.25, part: 1, parts: 1 }]);
  });

  it('schedules nothing when there are no days or no hours, and says so', () => {
    const topics = [{ topic: 'A', hours: 1.5 }];
    expect(allocateDays(topics, 0, 3)).toEqual({ days: [], unscheduled: [{ topic: 'A', hours: 1.5 }] });
    expect(allocateDays(topics, 5, 0)).toEqual({ days: [], unscheduled: [{ topic: 'A', hours: 1.5 }] });
    expect(allocateDays(topics, Number.NaN, 3).days).toEqual([]);
  });

  it('keeps day totals exact for hours that are not binary fractions', () => {
    const topics = Array.from({ length: 10 }, (_, i) => ({ topic: `T${i}`, hours: 0.75 }));
    const allocation = allocateDays(topics, 3, 2.25);
    expect(allocation.days.map((day) => day.hours)).toEqual([2.25, 2.25, 2.25]);
    expect(allocation.unscheduled.map((u) => u.topic)).toEqual(['T9']);
  });

  it('is the same allocation every time for the same input', () => {
    const topics = [
      { topic: 'A', hours: 1.25 },
      { topic: 'B', hours: 4 },
    ];
    expect(allocateDays(topics, 2, 2)).toEqual(allocateDays(topics, 2, 2));
  });
});
