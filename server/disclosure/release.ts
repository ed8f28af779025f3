/**
 * Release periods (docs/disclosure.md): the public sees figures only as of published release
 * dates, the month ends, and only once a month is over. Whatever day it asks about, it gets the
 * figures of the last release on or before that day, so it cannot difference two neighbouring days
 * to isolate the one person who joined in between; flows between two releases are protected by the
 * cell key method like the stocks (cell-key.ts).
 */

/** How often the public's figures are released. */
export const RELEASE_FREQUENCY = 'MONTHLY';

/** The last day of the month of an ISO date: "2019-06-17" → "2019-06-30". */
export function monthEnd(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The last day of the month before: "2019-06-17" → "2019-05-31". */
export function previousMonthEnd(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/** The latest release: the end of the last month that is over, as of `today`. */
export function latestRelease(today: string): string {
  return previousMonthEnd(today);
}

/**
 * The release the public gets for a day: the last month end on or before it, and never one after
 * the latest release. "2019-06-17" → "2019-05-31"; "2019-06-30" → "2019-06-30".
 */
export function releaseFor(asOf: string, today: string): string {
  const end = monthEnd(asOf) === asOf ? asOf : previousMonthEnd(asOf);
  const latest = latestRelease(today);
  return end > latest ? latest : end;
}
