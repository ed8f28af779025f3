/**
 * The domain's rules on single values: each throws a DomainError naming the field at fault. The
 * services and the file imports call the same functions.
 */
import { todayInItaly } from '../dates.js';
import { invalid } from './errors.js';

/** Facts are recorded when they have happened: no date after today (Italian calendar). */
export function notInFuture(field: string, date: string): void {
  if (date > todayInItaly()) throw invalid(field, `${field} ${date} is in the future`);
}

/** A date inside a project's period, inclusive. */
export function insidePeriod(field: string, date: string, project: { code: string; startDate: string; endDate: string }): void {
  if (date < project.startDate || date > project.endDate) {
    throw invalid(field, `${field} ${date} is outside ${project.code}'s period (${project.startDate} to ${project.endDate})`);
  }
}

export function positiveCents(field: string, cents: bigint): void {
  if (cents <= 0n) throw invalid(field, `${field} must be more than zero`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs: anything else names no record (and is not sent to the database). A plain
 * boolean, not a `value is string` guard: a string that is not a UUID is still a string.
 */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

/** The reason a correction, a void or a lock needs: kept in the audit trail. */
export function reasonOf(reason: string): string {
  const text = reason.trim();
  if (text.length < 3 || text.length > 500) throw invalid('reason', 'reason must have 3 to 500 characters: say why');
  return text;
}
