/**
 * The attacker's solver recovers what the published figures determine, and nothing they do not.
 */
import { describe, expect, it } from 'vitest';
import { BoundSolver } from './solver.js';

describe('bound propagation', () => {
  it('pins women from a published total and men: w + m = t', () => {
    const s = new BoundSolver();
    const [w, m, t] = [s.variable('women'), s.variable('men'), s.variable('total')];
    s.equal(
      [
        [w, 1],
        [m, 1],
        [t, -1],
      ],
      0,
      'women + men = total',
    );
    s.equal([[m, 1]], 41, 'men published');
    s.equal([[t, 1]], 44, 'total published');
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(w)).toEqual({ lo: 3, hi: 3 });
  });

  it('recovers a hidden cell beside a visible total, and leaves two hidden cells open', () => {
    const s = new BoundSolver();
    const parts = ['INCOMPLETE', 'CO01', 'CO03', 'CO05'].map((code) => s.variable(code));
    const total = s.variable('PARTICIPANTS');
    s.equal([...parts.map((p) => [p, 1] as const), [total, -1]], 0, 'partition');
    s.equal([[total, 1]], 57, 'PARTICIPANTS');
    s.equal([[parts[1]!, 1]], 52, 'CO01');
    s.equal([[parts[2]!, 1]], 0, 'CO03');
    // INCOMPLETE and CO05 hidden: only their sum is known.
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(parts[0]!)).toEqual({ lo: 0, hi: 5 });
    expect(s.bounds(parts[3]!)).toEqual({ lo: 0, hi: 5 });
    // The public also knows that nobody employed takes part (CO05 = 0): the hidden cell falls.
    s.equal([[parts[3]!, 1]], 0, 'CO05 = 0 by the rules of the call');
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(parts[0]!)).toEqual({ lo: 5, hi: 5 });
  });

  it('pins a flow between two dates from two exact stocks, and bounds it under noise', () => {
    const exact = new BoundSolver();
    const [a, b] = [exact.variable('enrolled 2019-03-31'), exact.variable('enrolled 2019-04-30')];
    const flow = exact.expression('flow', [
      [b, 1],
      [a, -1],
    ]);
    exact.equal([[a, 1]], 20, 'March');
    exact.equal([[b, 1]], 23, 'April');
    expect(exact.propagate().feasible).toBe(true);
    expect(exact.bounds(flow)).toEqual({ lo: 3, hi: 3 });

    // Published within ±5 of the truth: the flow is anywhere from 0 (non-decreasing) to 13.
    const noisy = new BoundSolver();
    const [x, y] = [noisy.variable('x March'), noisy.variable('x April')];
    noisy.constrain([[x, 1]], 15, 25, 'March published 20 ± 5');
    noisy.constrain([[y, 1]], 18, 28, 'April published 23 ± 5');
    // Cumulative: the flow is a variable of its own, never negative.
    const f = noisy.expression(
      'flow',
      [
        [y, 1],
        [x, -1],
      ],
      0,
    );
    expect(noisy.propagate().feasible).toBe(true);
    expect(noisy.bounds(f)).toEqual({ lo: 0, hi: 13 });
  });

  it('uses non-negativity: parts of a zero total are zero', () => {
    const s = new BoundSolver();
    const [p, q] = [s.variable('p'), s.variable('q')];
    s.equal(
      [
        [p, 1],
        [q, 1],
      ],
      0,
      'p + q = 0',
    );
    expect(s.propagate().feasible).toBe(true);
    expect([s.bounds(p), s.bounds(q)]).toEqual([
      { lo: 0, hi: 0 },
      { lo: 0, hi: 0 },
    ]);
  });

  it('carries inequalities through subsets (CO02 ≤ CO01) and rounds to integers', () => {
    const s = new BoundSolver();
    const [co01, co02, half] = [s.variable('CO01'), s.variable('CO02'), s.variable('half')];
    s.atMost(
      [
        [co02, 1],
        [co01, -1],
      ],
      0,
      'CO02 ≤ CO01',
    );
    s.constrain([[co01, 1]], 0, 7, 'CO01 ≤ 7');
    s.equal(
      [
        [half, 2],
        [co02, -1],
      ],
      0,
      '2·half = CO02',
    );
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(co02)).toEqual({ lo: 0, hi: 6 });
    expect(s.bounds(half)).toEqual({ lo: 0, hi: 3 });
  });

  it('reports a contradiction', () => {
    const s = new BoundSolver();
    const x = s.variable('x');
    s.constrain([[x, 1]], 0, 4, 'x ≤ 4');
    s.constrain([[x, 1]], 6, 9, 'x ≥ 6');
    const result = s.propagate();
    expect(result.feasible).toBe(false);
    expect(result.conflict).toMatch(/x/);
  });

  it('handles unbounded variables without inventing bounds', () => {
    const s = new BoundSolver();
    const [x, y, d] = [s.variable('x', -Infinity), s.variable('y'), s.variable('d', -Infinity)];
    s.equal(
      [
        [x, 1],
        [y, -1],
        [d, -1],
      ],
      0,
      'd = x − y',
    );
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(d)).toEqual({ lo: -Infinity, hi: Infinity });
    s.equal([[y, 1]], 4, 'y');
    s.equal([[x, 1]], 10, 'x');
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(d)).toEqual({ lo: 6, hi: 6 });
  });

  it('works in cents with money noise: a repayment between two noisy totals is not determined', () => {
    const s = new BoundSolver();
    const noise = 275_050;
    const [march, april] = [s.variable('repaid March'), s.variable('repaid April')];
    s.constrain([[march, 1]], 1_000_000 - noise, 1_000_000 + noise, 'March published 10,000.00 euro');
    s.constrain([[april, 1]], 1_030_000 - noise, 1_030_000 + noise, 'April published 10,300.00 euro');
    // A repayment was made in April (the published total moved): at least one cent.
    const repayment = s.expression(
      'repayment',
      [
        [april, 1],
        [march, -1],
      ],
      1,
    );
    expect(s.propagate().feasible).toBe(true);
    const { lo, hi } = s.bounds(repayment);
    expect(lo).toBe(1);
    expect(hi).toBe(30_000 + 2 * noise);
  });
});

describe('shaving', () => {
  it('finds what one constraint at a time cannot: x + y = 2 and x = y pin both to 1', () => {
    const s = new BoundSolver();
    const [x, y] = [s.variable('x'), s.variable('y')];
    s.equal(
      [
        [x, 1],
        [y, 1],
      ],
      2,
      'x + y = 2',
    );
    s.equal(
      [
        [x, 1],
        [y, -1],
      ],
      0,
      'x = y',
    );
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(x)).toEqual({ lo: 0, hi: 2 });
    expect(s.shave([x])).toBe(true);
    expect(s.bounds(x)).toEqual({ lo: 1, hi: 1 });
    expect(s.bounds(y)).toEqual({ lo: 1, hi: 1 });
  });

  it('never removes a value some solution takes', () => {
    const s = new BoundSolver();
    const [a, b, c] = [s.variable('a'), s.variable('b'), s.variable('c')];
    s.equal(
      [
        [a, 1],
        [b, 1],
        [c, 1],
      ],
      10,
      'a + b + c = 10',
    );
    s.constrain(
      [
        [a, 1],
        [b, -1],
      ],
      -2,
      2,
      '|a − b| ≤ 2',
    );
    s.constrain([[c, 1]], 4, 8, 'c in [4, 8]');
    expect(s.shave([a, b, c])).toBe(true);
    // Solutions: c = 4 → a + b = 6 with |a − b| ≤ 2 → a in 2..4; c = 8 → a + b = 2 → a in 0..2.
    expect(s.bounds(a)).toEqual({ lo: 0, hi: 4 });
    expect(s.bounds(c)).toEqual({ lo: 4, hi: 8 });
  });

  it('finds a bound on an unbounded variable by doubling', () => {
    const s = new BoundSolver();
    const [x, y] = [s.variable('x'), s.variable('y')];
    s.equal(
      [
        [x, 1],
        [y, -1],
      ],
      0,
      'x = y',
    );
    s.atLeast(
      [
        [x, 1],
        [y, 1],
      ],
      100,
      'x + y ≥ 100',
    );
    expect(s.propagate().feasible).toBe(true);
    expect(s.bounds(x).lo).toBe(0);
    expect(s.shave([x])).toBe(true);
    expect(s.bounds(x)).toEqual({ lo: 50, hi: Infinity });
  });
});
