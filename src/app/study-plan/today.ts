/** The user's calendar day as `YYYY-MM-DD`: read from the clock here, at the edge, and passed down. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
