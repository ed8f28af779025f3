import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAmount, sumAmounts } from './amounts.js';

const cents = fc.bigInt({ min: 0n, max: 100_000_000_00n });
const decimal = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
const italian = (c: bigint) => `${(c / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(c % 100n).padStart(2, '0')}`;

describe('amounts typed in the workspace', () => {
  it('reads an Italian amount, grouped or not, as the same decimal string', () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(normaliseAmount(italian(c))).toBe(decimal(c));
        expect(normaliseAmount(italian(c).replace(/\./g, ''))).toBe(decimal(c));
        expect(normaliseAmount(decimal(c))).toBe(decimal(c));
      }),
    );
  });

  it('leaves what is not an amount as typed, for the API to refuse', () => {
    expect(normaliseAmount('12,345')).toBe('12,345');
    expect(normaliseAmount('-5')).toBe('-5');
    expect(normaliseAmount('abc')).toBe('abc');
  });

  it('adds amounts exactly, to the cent', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (list) => {
        expect(sumAmounts(list.map(decimal))).toBe(decimal(list.reduce((a, b) => a + b, 0n)));
      }),
    );
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['3', '1.5'])).toBe('4.50');
  });
});
