/**
 * The day the dashboard's figures are for. A day the user picked wins; otherwise today while the
 * programme runs and the programme's end once it is over (years after the labs closed, "as of
 * today" would only repeat the last figures under a misleading date). The screen says which.
 */

export type AsOfReason = 'chosen' | 'today' | 'programmeEnd';

export interface AsOf {
  day: string;
  reason: AsOfReason;
}

/** Today in Italy, where the labs are (the API's "today" too). */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(now);
}

/** `programmeEnd` is the last project's end date, from the API (null: unknown, then today). */
export function effectiveAsOf(chosen: string | null, today: string, programmeEnd: string | null): AsOf {
  if (chosen) return { day: chosen, reason: 'chosen' };
  if (programmeEnd !== null && today > programmeEnd) return { day: programmeEnd, reason: 'programmeEnd' };
  return { day: today, reason: 'today' };
}
