/**
 * Topics to days, most valuable first: each day is filled in plan order, and a topic longer
 * than the room left in a day continues the next day. What does not fit in the days left is
 * reported, never silently dropped. Time is counted in whole quarter hours, so sums are exact.
 */
import type { TopicId } from '../../loader/types';
import type { Allocation, DayChunk, PlanDay } from './types';

const QUARTERS = 4;

export interface TopicHours {
  topic: TopicId;
  hours: number;
}

function toQuarters(hours: number): number {
  return Number.isFinite(hours) && hours > 0 ? Math.floor(hours * QUARTERS + 1e-9) : 0;
}

export function allocateDays(topics: TopicHours[], daysLeft: number, hoursPerDay: number): Allocation {
  const dayCount = Number.isFinite(daysLeft) ? Math.max(0, Math.floor(daysLeft)) : 0;
  const room = toQuarters(hoursPerDay);
  const days: { day: number; chunks: Omit<DayChunk, 'parts'>[]; used: number }[] = [];
  for (let day = 1; day <= dayCount && room > 0; day += 1) days.push({ day, chunks: [], used: 0 });

  const unscheduled: Allocation['unscheduled'] = [];
  const parts = new Map<TopicId, number>();
  let current = 0;
  for (const { topic, hours } of topics) {
    // A topic always needs some time, even when every typical question is already mastered.
    let left = Math.max(1, Math.ceil(hours * QUARTERS - 1e-9));
    while (left > 0 && current < days.length) {
      const today = days[current];
      if (!today) break;
      const take = Math.min(left, room - today.used);
      const part = (parts.get(topic) ?? 0) + 1;
      parts.set(topic, part);
      today.chunks.push({ topic, hours: take / QUARTERS, part });
      today.used += take;
      left -= take;
      if (today.used >= room) current += 1;
    }
    if (left > 0) unscheduled.push({ topic, hours: left / QUARTERS });
  }

  const planDays: PlanDay[] = days.map(({ day, chunks, used }) => ({
    day,
    hours: used / QUARTERS,
    chunks: chunks.map((chunk) => ({ ...chunk, parts: parts.get(chunk.topic) ?? 1 })),
  }));
  return { days: planDays, unscheduled };
}
