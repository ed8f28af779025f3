/** Rules of the case files for the blameless-arrears committee. */
import { conflict, invalid } from './errors.js';
import type { ProjectPeriod } from './period.js';
import { insidePeriod, notInFuture } from './rules.js';

type Status = 'PREPARED' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';

/** Where a case file may go next. */
export const NEXT_STATUS: Record<Status, Status[]> = {
  PREPARED: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: [],
};

/** A case file is opened on a day of its project, not in the future. */
export function openingDay(openedOn: string, project: ProjectPeriod): void {
  insidePeriod('openedOn', openedOn, project);
  notInFuture('openedOn', openedOn);
}

/** PREPARED → SUBMITTED → APPROVED or REJECTED, each change on or after the last, not in the future. */
export function statusChange(file: { status: Status; statusChangedOn: string }, status: Status, changedOn: string): void {
  if (!NEXT_STATUS[file.status].includes(status)) throw conflict('status', `A ${file.status} case file cannot become ${status}`);
  if (changedOn < file.statusChangedOn) {
    throw invalid('changedOn', `changedOn ${changedOn} is before the last change, on ${file.statusChangedOn}`);
  }
  notInFuture('changedOn', changedOn);
}
