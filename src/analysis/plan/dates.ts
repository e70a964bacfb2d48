/**
 * Post dates as day numbers. Posts give `YYYY-MM-DD`, `MM-DD` (no year) or nothing; `today`
 * is always passed in, so the same input gives the same plan on any machine and any day.
 */

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MONTH_DAY = /^(\d{1,2})-(\d{1,2})$/;

/** Days since 1970-01-01 of a calendar date, or null when no such date exists (02-30). */
function dayNumber(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  const exists =
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
  return exists ? ms / MS_PER_DAY : null;
}

/** Parses `YYYY-MM-DD`; throws on anything else, because `today` comes from code, not data. */
export function parseToday(today: string): { year: number; day: number } {
  const match = FULL_DATE.exec(today);
  const day = match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!match || day === null) throw new Error(`today must be YYYY-MM-DD, got "${today}"`);
  return { year: Number(match[1]), day };
}

/**
 * A post's date as a day number. A `MM-DD` date is the most recent such date not after today
 * (02-29 may go back to the last leap year). Empty or impossible dates give null.
 */
export function postDay(date: string, today: string): number | null {
  const trimmed = date.trim();
  const full = FULL_DATE.exec(trimmed);
  if (full) return dayNumber(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = MONTH_DAY.exec(trimmed);
  if (!short) return null;
  const now = parseToday(today);
  // Eight years back always reaches a leap year, so 02-29 resolves too.
  for (let year = now.year; year > now.year - 8; year -= 1) {
    const day = dayNumber(year, Number(short[1]), Number(short[2]));
    if (day !== null && day <= now.day) return day;
  }
  return null;
}

/** Age in whole days; a date after today (a typo, a time zone) counts as today. */
export function ageInDays(date: string, today: string): number | null {
  const day = postDay(date, today);
  return day === null ? null : Math.max(0, parseToday(today).day - day);
}
