/**
 * Reading the spreadsheets operators keep: CSV separated by semicolons (Italian Excel) or commas,
 * UTF-8 with or without a byte-order mark, quoted fields with doubled quotes, Italian dates
 * (dd/mm/yyyy) and amounts (1.234,56).
 */
import { isIsoDate } from '../../dates.js';
import { MoneyFormatError, parseMoney } from '../../money.js';

export interface CsvTable {
  delimiter: ';' | ',';
  header: string[];
  /** Data rows, each with its line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

/** Splits CSV text into rows of cells (RFC 4180 quoting; CRLF or LF). */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) && firstLine.includes(';') ? ';' : ',';
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonEmpty;
  return {
    delimiter,
    header: (head?.cells ?? []).map((h) => h.trim().toLowerCase()),
    rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })),
  };
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
