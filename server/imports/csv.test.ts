import { describe, expect, it } from 'vitest';
import { parseAmount, parseCsv, parseItalianDate } from './csv.js';

describe('parseCsv', () => {
  it('reads semicolons, a BOM, quotes and CRLF', () => {
    const table = parseCsv('\uFEFFCodice_Fiscale;Titolo\r\nAAA;"Festa; di ""cortile"""\r\n\r\nBBB;Corso\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['codice_fiscale', 'titolo']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['AAA', 'Festa; di "cortile"'] },
      { line: 4, cells: ['BBB', 'Corso'] },
    ]);
  });

  it('reads commas and a last line without a newline', () => {
    const table = parseCsv('a,b\n1,"2,5"');
    expect(table.delimiter).toBe(',');
    expect(table.rows).toEqual([{ line: 2, cells: ['1', '2,5'] }]);
  });

  it('counts lines inside quoted fields', () => {
    const table = parseCsv('a;b\n"one\ntwo";x\ny;z\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe('parseItalianDate', () => {
  it.each([
    ['30/09/2019', '2019-09-30'],
    ['1/2/2020', '2020-02-01'],
    ['2019-09-30', '2019-09-30'],
    ['30.09.2019', '2019-09-30'],
    ['31/02/2019', null],
    ['2019/09/30', null],
    ['', null],
  ])('%j → %j', (text, iso) => {
    expect(parseItalianDate(text)).toBe(iso);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1.234,56', ';', 123456n],
    ['1234,56', ';', 123456n],
    ['1.234', ';', 123400n],
    ['€ 2.000,00', ';', 200000n],
    ['1234.56', ',', 123456n],
    ['1234', ',', 123400n],
    ['1234,5', ';', 123450n],
    ['1,234.56', ',', null],
    ['12,345', ';', null],
    ['abc', ';', null],
    ['', ';', null],
  ] as const)('%j in a %j file → %s', (text, delimiter, cents) => {
    expect(parseAmount(text, delimiter)).toBe(cents);
  });
});
