import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatEuros, formatMoney, formatMonth, formatShare, wrapWords } from './format.js';

// Intl may use a narrow no-break space before the euro sign: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['1950303.84', 'it', '1.950.303,84 €'],
    ['2000.00', 'it', '2.000,00 €'], // grouped from four digits, as the press writes it
    ['0.00', 'it', '0,00 €'],
    ['251303.91', 'en', '€251,303.91'],
    ['12345678901234.56', 'it', '12.345.678.901.234,56 €'],
  ] as const)('%s in %s → %s', (amount, lang, text) => {
    expect(plain(formatMoney(amount, lang))).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [1234, 'it', '1.234'], // CLDR's Italian would write "1234"
    [4135, 'it', '4.135'],
    [12345, 'it', '12.345'],
    [1234, 'en', '1,234'],
    [999, 'it', '999'],
    [0, 'it', '0'],
    [null, 'it', '< 10'],
  ] as const)('%s in %s → %s', (value, lang, text) => {
    expect(formatCount(value, lang)).toBe(text);
  });

  it('groups every count by thousands with a dot in Italian, a comma in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const digits = String(n);
        const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(formatCount(n, 'it')).toBe(grouped);
        expect(formatCount(n, 'en')).toBe(grouped.replace(/\./g, ','));
      }),
    );
  });
});

describe('formatEuros (chart axes)', () => {
  it.each([
    [250000, 'it', '250.000 €'],
    [1000, 'it', '1.000 €'],
    [0, 'it', '0 €'],
    [250000, 'en', '€250,000'],
  ] as const)('%s in %s → %s', (value, lang, text) => {
    expect(plain(formatEuros(value, lang))).toBe(text);
  });
});

describe('formatShare, formatDate, formatMonth', () => {
  it.each([
    [() => formatShare(0.944, 'it'), '94,4%'],
    [() => formatShare(0.944, 'en'), '94.4%'],
    [() => formatShare(12.5, 'it'), '1.250%'],
    [() => formatShare(null, 'it'), '–'],
    [() => formatDate('2019-09-30', 'it'), '30 set 2019'],
    [() => formatDate('2019-09-30', 'en'), '30 Sept 2019'],
    [() => formatMonth('2019-03', 'it'), 'mar 2019'],
  ])('%#', (format, text) => {
    expect(plain(format())).toBe(text);
  });
});

describe('wrapWords (project names beside their bars)', () => {
  it.each([
    ['Nuove opportunità per nuovi SAPeri', ['Nuove opportunità per', 'nuovi SAPeri']],
    ['Laboratori sociali di quartiere', ['Laboratori sociali di', 'quartiere']],
    ['GOLab', ['GOLab']],
    ['Quartiere in corso!', ['Quartiere in corso!']],
  ])('%s', (name, lines) => {
    expect(wrapWords(name)).toEqual(lines);
  });

  it('keeps every word, in order, and breaks a line only where the next word would pass the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zàè!]{1,30}$/), { maxLength: 8 }), fc.integer({ min: 5, max: 30 }), (words, width) => {
        const lines = wrapWords(words.join(' '), width);
        expect(lines.join(' ')).toBe(words.join(' '));
        lines.forEach((line, i) => {
          // A line is over the width only when it is a single word longer than the width.
          if (line.length > width) expect(line).not.toContain(' ');
          if (i > 0) expect(lines[i - 1]!.length + 1 + line.split(' ')[0]!.length).toBeGreaterThan(width);
        });
      }),
    );
  });
});
