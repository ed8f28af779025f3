import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLsn } from './replicas.js';

const lsnText = (value: bigint) => `${(value >> 32n).toString(16).toUpperCase()}/${(value & 0xffffffffn).toString(16).toUpperCase()}`;

describe('parseLsn', () => {
  it("reads pg_lsn's text form as the number it stands for, so that positions compare as PostgreSQL compares them", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (a, b) => {
        expect(parseLsn(lsnText(a))).toBe(a);
        expect(parseLsn(lsnText(a).toLowerCase()) < parseLsn(lsnText(b))).toBe(a < b);
      }),
    );
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0')).toBe(2n ** 32n);
  });

  it('refuses what is not a pg_lsn', () => {
    for (const bad of ['', '16B3748', '0/', '/1', '1/2/3', 'G/0', '123456789/0']) expect(() => parseLsn(bad)).toThrow(/not a pg_lsn/);
  });
});
