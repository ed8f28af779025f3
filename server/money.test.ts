import { describe, expect, it } from 'vitest';
import { applyShare, formatCents, MoneyFormatError, parseMoney } from './money.js';

describe('parseMoney', () => {
  it.each([
    ['2000', 200000n],
    ['2000.5', 200050n],
    ['2000.50', 200050n],
    ['251303.91', 25130391n],
    ['0.01', 1n],
    ['0', 0n],
    ['-12.30', -1230n],
    [' 1.00 ', 100n],
  ])('reads %j as %s cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['1.234', '1,50', '1e3', '12.', '.5', '', 'abc', '1.000,00', '99999999999999'])('refuses %j', (text) => {
    expect(() => parseMoney(text)).toThrow(MoneyFormatError);
  });
});

describe('formatCents', () => {
  it.each([
    [195030384n, '1950303.84'],
    [200000n, '2000.00'],
    [5n, '0.05'],
    [0n, '0.00'],
    [-1230n, '-12.30'],
    [123456789012345678n, '1234567890123456.78'],
  ])('writes %s cents as %j', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('round-trips every amount it writes', () => {
    for (const cents of [1n, 99n, 100n, 101n, 25188303n, 19172534n]) expect(parseMoney(formatCents(cents))).toBe(cents);
  });
});

describe('applyShare', () => {
  it.each([
    [200000n, '0.5', 100000n],
    [200000n, '0.5000', 100000n],
    [200000n, '1', 200000n],
    [200000n, '0', 0n],
    [100n, '0.3333', 33n],
    [5n, '0.5', 3n], // half a cent rounds up
    [199999n, '0.25', 50000n],
  ])('%s cents × %s = %s cents', (cents, share, expected) => {
    expect(applyShare(cents, share)).toBe(expected);
  });
});
