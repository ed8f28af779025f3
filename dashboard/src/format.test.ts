import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatMoney, formatMonth, formatShare } from './format.js';

// Intl may use a narrow no-break space before the euro sign: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['1950303.84', 'it', '1.950.303,84 €'],
    ['2000.00', 'it', '2000,00 €'],
    ['0.00', 'it', '0,00 €'],
    ['251303.91', 'en', '€251,303.91'],
    ['12345678901234.56', 'it', '12.345.678.901.234,56 €'],
  ] as const)('%s in %s → %s', (amount, lang, text) => {
    expect(plain(formatMoney(amount, lang))).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [1234, 'it', '1234'], // Italian groups thousands from five digits on
    [12345, 'it', '12.345'],
    [1234, 'en', '1,234'],
    [0, 'it', '0'],
    [null, 'it', '< 10'],
  ] as const)('%s in %s → %s', (value, lang, text) => {
    expect(formatCount(value, lang)).toBe(text);
  });
});

describe('formatShare, formatDate, formatMonth', () => {
  it.each([
    [() => formatShare(0.944, 'it'), '94,4%'],
    [() => formatShare(0.944, 'en'), '94.4%'],
    [() => formatShare(null, 'it'), '–'],
    [() => formatDate('2019-09-30', 'it'), '30 set 2019'],
    [() => formatDate('2019-09-30', 'en'), '30 Sept 2019'],
    [() => formatMonth('2019-03', 'it'), 'mar 2019'],
  ])('%#', (format, text) => {
    expect(plain(format())).toBe(text);
  });
});
