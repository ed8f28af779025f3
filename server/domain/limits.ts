/**
 * The documented limits on what the hub accepts (docs/data-entry.md, "Limits"), in one place: the
 * domain's rules, the GraphQL scalars, the input guard and the downloads all read them here.
 */
import { addMonths, todayInItaly } from '../dates.js';

/** The earliest day any date may name: the programme (2014-2020) and its projects come well after it. */
export const EARLIEST_DATE = '2000-01-01';

/** How far ahead of today a date may go (a report as of a future day, a lock ahead of time). */
export const YEARS_AHEAD = 10;

/** The latest day any date may name: ten years after today (Italian calendar). */
export function latestDate(today: string = todayInItaly()): string {
  return addMonths(today, 12 * YEARS_AHEAD);
}

/** The largest amount one record may carry (arrears at enrolment, a repayment): 1,000,000.00 euro. */
export const MAX_AMOUNT_CENTS = 100_000_000n;

/** The earliest birth year. */
export const EARLIEST_BIRTH_YEAR = 1900;

/** A participant is at least this old (in years, by birth year) in the year of selection. */
export const MIN_AGE_AT_SELECTION = 16;

/** Free text, in characters after trimming: [least, most]. */
export const TEXT_LENGTHS = {
  title: [1, 200],
  reason: [3, 500],
  label: [1, 200],
  apiKeyLabel: [1, 100],
  fileName: [1, 255],
} as const satisfies Record<string, readonly [number, number]>;

/** The CSV text of one GraphQL import (the request body limit is 1 MiB; larger files go through npm run import). */
export const MAX_CSV_CHARACTERS = 1_000_000;

/** Any other string argument of a GraphQL field (ids, codes, cursors) has at most this many characters. */
export const MAX_STRING_ARGUMENT = 1000;

/** A list argument of a GraphQL field has at most this many items. */
export const MAX_LIST_ARGUMENT = 1000;

/** A report's project filter names at most this many codes (the hub has eight projects). */
export const MAX_PROJECT_CODES = 100;

/** A page of a listing (enrolments, people, the audit trail …): `first` or `last` from 1 to this many rows. */
export const MAX_PAGE_SIZE = 200;

/** A page of a listing when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 50;
