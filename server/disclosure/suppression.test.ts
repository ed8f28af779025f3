import { describe, expect, it } from 'vitest';
import { suppressCells } from './suppression.js';

const cells = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('suppressCells', () => {
  it('hides counts from 1 to 9, not 0 and not 10', () => {
    expect([...suppressCells(cells({ a: 0, b: 1, c: 9, d: 10 }), [], 10)].sort()).toEqual(['b', 'c']);
  });

  it('hides a second cell of a group so the first cannot be subtracted out', () => {
    // women 3, men 40, total 43: hiding only women would leave 43 - 40.
    const hidden = suppressCells(cells({ w: 3, m: 40, t: 43 }), [['w', 'm', 't']], 10);
    expect([...hidden].sort()).toEqual(['m', 'w']);
  });

  it('picks the smallest other cell, and hides a zero when it is the only one left', () => {
    const hidden = suppressCells(cells({ w: 5, m: 0, t: 5 }), [['w', 'm', 't']], 10, { fixed: new Set(['t']) });
    expect([...hidden].sort()).toEqual(['m', 'w']);
  });

  it('never hides a fixed cell, and carries secondary suppression through overlapping groups', () => {
    const values = cells({ a: 2, b: 30, c: 50, total: 82, a2: 20, x: 11 });
    const hidden = suppressCells(
      values,
      [
        ['a', 'b', 'c', 'total'],
        ['b', 'x', 'a2'],
      ],
      10,
      { fixed: new Set(['total']) },
    );
    // a is small; b (the smallest other) is hidden with it; then the second group has b alone: x goes too.
    expect([...hidden].sort()).toEqual(['a', 'b', 'x']);
  });

  it('starts from cells hidden elsewhere', () => {
    expect([...suppressCells(cells({ w: 30, m: 40, t: 70 }), [['w', 'm', 't']], 10, { alsoHidden: ['w'] })].sort()).toEqual(['m', 'w']);
  });
});
