/**
 * Release periods (docs/disclosure.md): the public sees figures only as of published release
 * dates, and only once the period is over: the month ends for most reports, the year ends
 * (31 December, as the Region's annual implementation reports) for the ESF indicators, the tables
 * of participants' attributes. Whatever day it asks about, it gets the figures of the last release
 * on or before that day, so it cannot difference two neighbouring days to isolate the one person
 * who joined in between; flows between two releases are protected by the cell key method like the
 * stocks (cell-key.ts).
 */

export type ReleaseFrequency = 'MONTHLY' | 'ANNUAL';

/** How often the public's figures are released: the ESF indicators yearly, the rest monthly. */
export const RELEASE_FREQUENCY: ReleaseFrequency = 'MONTHLY';
export const ESF_RELEASE_FREQUENCY: ReleaseFrequency = 'ANNUAL';

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

/** The last day of the year before: "2019-06-17" → "2018-12-31". */
function previousYearEnd(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}-12-31`;
}

/** The latest release: the end of the last month (or year) that is over, as of `today`. */
export function latestRelease(today: string, frequency: ReleaseFrequency = RELEASE_FREQUENCY): string {
  return frequency === 'MONTHLY' ? previousMonthEnd(today) : previousYearEnd(today);
}

/**
 * The release the public gets for a day: the last period end on or before it, and never one after
 * the latest release. Monthly: "2019-06-17" → "2019-05-31"; "2019-06-30" → "2019-06-30".
 * Annual: "2019-06-17" → "2018-12-31"; "2019-12-31" → "2019-12-31".
 */
export function releaseFor(asOf: string, today: string, frequency: ReleaseFrequency = RELEASE_FREQUENCY): string {
  const end =
    frequency === 'MONTHLY'
      ? monthEnd(asOf) === asOf
        ? asOf
        : previousMonthEnd(asOf)
      : asOf.endsWith('-12-31')
        ? asOf
        : previousYearEnd(asOf);
  const latest = latestRelease(today, frequency);
  return end > latest ? latest : end;
}
