/**
 * The domain's rules on single values: each throws a DomainError naming the field at fault. The
 * services and the file imports call the same functions. The limits they apply are in limits.ts.
 */
import { isIsoDate, todayInItaly } from '../dates.js';
import { formatCents } from '../money.js';
import { invalid } from './errors.js';
import { EARLIEST_DATE, latestDate, MAX_AMOUNT_CENTS, TEXT_LENGTHS } from './limits.js';

/** Facts are recorded when they have happened: no date after today (Italian calendar). */
export function notInFuture(field: string, date: string): void {
  if (date > todayInItaly()) throw invalid(field, `${field} ${date} is in the future`);
}

/** A real calendar day inside the documented range: 2000-01-01 to ten years after today. */
export function dateInRange(field: string, date: string): void {
  if (!isIsoDate(date)) throw invalid(field, `${field} must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const latest = latestDate();
  if (date < EARLIEST_DATE || date > latest) {
    throw invalid(field, `${field} ${date} is outside the dates the hub accepts (${EARLIEST_DATE} to ${latest})`);
  }
}

/** A date inside a project's period, inclusive. */
export function insidePeriod(field: string, date: string, project: { code: string; startDate: string; endDate: string }): void {
  dateInRange(field, date);
  if (date < project.startDate || date > project.endDate) {
    throw invalid(field, `${field} ${date} is outside ${project.code}'s period (${project.startDate} to ${project.endDate})`);
  }
}

/** An amount of one record: more than zero and at most the documented maximum (1,000,000.00). */
export function positiveCents(field: string, cents: bigint): void {
  if (cents <= 0n) throw invalid(field, `${field} must be more than zero`);
  if (cents > MAX_AMOUNT_CENTS) throw invalid(field, `${field} must be at most ${formatCents(MAX_AMOUNT_CENTS)}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs: anything else names no record (and is not sent to the database). A plain
 * boolean, not a `value is string` guard: a string that is not a UUID is still a string.
 */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

/** Half of a surrogate pair without its other half: not Unicode text (read as UTF-16 code units, no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Any string the hub is given: no NUL character (PostgreSQL cannot store one) and no lone
 * surrogate (not Unicode: it would be stored as U+FFFD, silently changed).
 */
export function wellFormed(field: string, text: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw invalid(field, `${field} contains a NUL character at position ${nul}`);
  const lone = LONE_SURROGATE.exec(text);
  if (lone) throw invalid(field, `${field} contains a lone surrogate (not valid Unicode) at position ${lone.index}`);
}

/**
 * Characters that are not visible text: controls (Cc: NUL, tab, newline, escape …), formats (Cf:
 * bidirectional overrides such as U+202E, zero-width characters, the soft hyphen, the BOM),
 * surrogates (Cs) and the line and paragraph separators (Zl, Zp).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Free text kept in the records and the audit trail (a title, a reason, a label, a file name):
 * well formed, without control or format characters, trimmed, from `least` to `most` characters.
 * Returns the trimmed text. `message` replaces the message of the length rule.
 */
export function plainText(field: string, text: string, [least, most]: readonly [number, number], message?: string): string {
  wellFormed(field, text);
  const trimmed = text.trim();
  if (trimmed.length < least || trimmed.length > most) {
    throw invalid(field, message ?? `${field} must have ${least} to ${most} characters`);
  }
  const invisible = INVISIBLE.exec(trimmed);
  if (invisible) {
    throw invalid(
      field,
      `${field} contains an invisible control or formatting character (${codePoint(invisible[0])}) at position ${invisible.index}: type plain text`,
    );
  }
  return trimmed;
}

/** The reason a correction, a void or a lock needs: kept in the audit trail. */
export function reasonOf(reason: string): string {
  return plainText('reason', reason, TEXT_LENGTHS.reason, 'reason must have 3 to 500 characters: say why');
}

/** The name of an imported file, copied into the audit entry of every record it creates. */
export function fileNameOf(fileName: string): string {
  return plainText('fileName', fileName, TEXT_LENGTHS.fileName);
}

/**
 * The length of the reintegration path, in months from the selection: an enrolment still without
 * an exit after it is on the operators' "to do" list (enrolmentsOverdue). The article gives no
 * length (only that operations last two years, from September 2018): a year is our assumption,
 * so that a participant selected in the first year leaves within the project's two years
 * (docs/data-entry.md, "To do").
 */
export const PATH_LENGTH_MONTHS = 12;
