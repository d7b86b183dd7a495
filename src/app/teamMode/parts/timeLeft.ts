const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** How long until `until`, as people say it ("in 3 days", "in 5 hours"); days from two on, so 36 hours is not "in 2 days". */
export function timeLeft(until: string, now: number): string {
  const left = Date.parse(until) - now;
  if (left <= 0) return 'now';
  if (left >= 2 * DAY) return relative.format(Math.round(left / DAY), 'day');
  if (left >= 90 * MINUTE) return relative.format(Math.round(left / HOUR), 'hour');
  if (left >= MINUTE) return relative.format(Math.round(left / MINUTE), 'minute');
  return 'in under a minute';
}
