/**
 * Rules on dated facts: a fact happens inside its project's period, not in the future, and not in a
 * period locked for reporting. The facts (the project's period, the active lock) are loaded by the
 * caller of these functions: a service for one record, an import once for a whole file.
 */
import { DomainError, ErrorCode, notFound } from './errors.js';
import { insidePeriod, notInFuture } from './rules.js';

export interface ProjectPeriod {
  code: string;
  startDate: string;
  endDate: string;
}

/** The active lock that reaches furthest (reporting is closed up to `lockedUntil`), if any. */
export interface ActiveLock {
  id: number;
  lockedUntil: string;
  reason: string;
}

/** Refuses a write dated on or before the active lock, naming the lock (and its last day, for the workspace to show). */
export function notLocked(field: string, date: string, lock: ActiveLock | null): void {
  if (lock && date <= lock.lockedUntil) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `${date} is in a locked period: lock ${lock.id} ("${lock.reason}") closes reporting up to ${lock.lockedUntil}`,
      field,
      lock.lockedUntil,
    );
  }
}

/** A fact of a project's life: inside the project's period, not in the future, not locked. */
export function projectDay(field: string, date: string, project: ProjectPeriod, lock: ActiveLock | null): void {
  insidePeriod(field, date, project);
  notInFuture(field, date);
  notLocked(field, date, lock);
}

/** The project a record names must exist: NOT_FOUND naming the field otherwise. */
export function existingProject<P>(code: string, project: P | null | undefined, field = 'projectCode'): P {
  if (!project) throw notFound(field, `No project with code ${code}`);
  return project;
}
