/**
 * Where a time chart ends. The API gives a monthly series from the first project's start to the
 * as-of day; long after the labs closed that is years of a flat line. A chart shows the months up
 * to the later of the programme's end and the last month its figures change (a repayment after
 * the end still shows), and never past the as-of month, where the API's series stops anyway.
 */

/** "2020-08-31" → "2020-08". */
export const monthOf = (day: string): string => day.slice(0, 7);

/**
 * The points of a cumulative monthly series a chart shows: each point's `values` are its series'
 * figures that month (several series, e.g. repayments and withholding, share one axis).
 */
export function untilStoryEnds<P extends { month: string }>(points: P[], values: (point: P) => number[], programmeEnd: string | null): P[] {
  if (programmeEnd === null) return points;
  let lastChange = -1;
  points.forEach((point, i) => {
    const now = values(point);
    const before = i === 0 ? now.map(() => 0) : values(points[i - 1]!);
    if (now.some((value, k) => value !== before[k])) lastChange = i;
  });
  const end = [monthOf(programmeEnd), lastChange >= 0 ? points[lastChange]!.month : ''].sort().at(-1)!;
  return points.filter((point) => point.month <= end);
}

/** The latest end date of the projects shown, or null when there are none. */
export function programmeEnd(endDates: string[]): string | null {
  return endDates.length === 0 ? null : [...endDates].sort().at(-1)!;
}
