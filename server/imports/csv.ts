/**
 * Reading the spreadsheets operators keep: CSV separated by semicolons (Italian Excel) or commas,
 * UTF-8 with or without a byte-order mark, quoted fields with doubled quotes, Italian dates
 * (dd/mm/yyyy) and amounts (1.234,56).
 */
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../dates.js';
import { MoneyFormatError, parseMoney } from '../money.js';

export interface CsvTable {
  delimiter: ';' | ',';
  header: string[];
  /** Data rows, each with its line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

/**
 * Splits CSV text into a header and rows of trimmed cells (csv-parse: RFC 4180 quoting, CRLF or
 * LF, a byte-order mark). The delimiter is the one the header uses most, semicolon on a tie.
 * Blank lines are skipped; each row keeps the line it starts on. Malformed quoting throws the
 * library's CsvError, whose `lines` says where.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text.slice(0, text.search(/\r?\n|$/)));
  const options = { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true };
  const records = parse(text, options) as unknown as {
    record: string[];
    info: { lines: number; empty_lines: number };
  }[];
  // csv-parse gives the line a record ends on; it starts after the previous one and the blank lines between.
  let lastLine = 0;
  let lastEmpty = 0;
  const rows = records.map(({ record, info }) => {
    const line = lastLine + 1 + (info.empty_lines - lastEmpty);
    lastLine = info.lines;
    lastEmpty = info.empty_lines;
    return { line, cells: record.map((cell) => cell.trim()) };
  });
  const [head, ...data] = rows.filter((r) => r.cells.some((c) => c !== ''));
  return { delimiter, header: (head?.cells ?? []).map((h) => h.toLowerCase()), rows: data };
}

function delimiterOf(firstLine: string): ';' | ',' {
  const count = (char: string) => firstLine.split(char).length - 1;
  return firstLine.includes(';') && count(';') >= count(',') ? ';' : ',';
}

/** "30/09/2019", "30/9/2019" or "2019-09-30" → "2019-09-30"; null when it is not a real date. */
export function parseItalianDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * An amount in euro, to cents. In a semicolon-separated file (Italian) the comma is the decimal
 * mark and dots group thousands ("1.234,56"); in a comma-separated file the dot is the decimal
 * mark. A euro sign and spaces are ignored.
 */
export function parseAmount(text: string, delimiter: ';' | ','): bigint | null {
  let value = text.replace(/€|\s/g, '');
  if (value === '') return null;
  if (delimiter === ';' || value.includes(',')) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$/.test(value)) return null;
    value = value.replace(/\./g, '').replace(',', '.');
  }
  try {
    return parseMoney(value);
  } catch (error) {
    if (error instanceof MoneyFormatError) return null;
    throw error;
  }
}
