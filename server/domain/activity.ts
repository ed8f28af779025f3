/** Rules of the lab's activities and of who attended them. */
import { conflict, invalid } from './errors.js';
import { TEXT_LENGTHS } from './limits.js';
import { type ActiveLock, type ProjectPeriod, projectDay } from './period.js';
import { plainText } from './rules.js';

/** The largest anonymous headcount one attendance may record. */
export const MAX_HEADCOUNT = 10_000;

/** The day of an activity: inside the project's period, not in the future, not locked. */
export function activityDay(heldOn: string, project: ProjectPeriod, lock: ActiveLock | null): void {
  projectDay('heldOn', heldOn, project, lock);
}

/** A title of 1 to 200 characters of plain text; returns it trimmed. */
export function activityTitle(title: string): string {
  return plainText('title', title, TEXT_LENGTHS.title);
}

/** An attendance is a registered person, or a headcount of people not registered: one of the two. */
export function personOrHeadcount(hasPerson: boolean, headcount: number | null | undefined): void {
  const hasCount = headcount !== undefined && headcount !== null;
  if (hasPerson === hasCount) {
    throw invalid(hasPerson ? 'anonymousHeadcount' : 'personId', 'Give either personId or anonymousHeadcount, not both nor neither');
  }
  if (hasCount && (!Number.isInteger(headcount) || headcount < 1 || headcount > MAX_HEADCOUNT)) {
    throw invalid('anonymousHeadcount', `anonymousHeadcount must be between 1 and ${MAX_HEADCOUNT}`);
  }
}

/** A registered person is at an activity at most once. */
export function notPresentYet(personId: string, present: boolean): void {
  if (present) throw conflict('personId', `Person ${personId} is registered at this activity already`);
}
