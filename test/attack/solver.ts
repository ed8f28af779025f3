/**
 * The attacker's solver: interval constraint propagation over integer unknowns, written the way
 * someone outside the hub would write it to combine everything the public figures say.
 *
 * Unknowns are integers (people, cents) with bounds [lo, hi] (lo 0 by default: counts and amounts
 * are never negative). A constraint is a linear sum Σ aᵢ·xᵢ that lies in [lo, hi] (an equality
 * when lo = hi). `propagate` narrows every bound until nothing changes: for each term, the bound
 * the other terms leave it (bounds consistency), rounded to integers. It never removes a value a
 * solution could take (it is sound), but it may leave values no solution takes; `shave` narrows
 * further by trying a bound (x ≤ m or x ≥ m) and keeping its opposite when propagation refutes it,
 * by bisection. When a variable ends with lo = hi, its value is determined by what was published.
 */

export type Term = readonly [variable: number, coefficient: number];

export interface Bounds {
  lo: number;
  hi: number;
}

export interface PropagationResult {
  feasible: boolean;
  /** The constraint or variable that showed the system has no solution. */
  conflict?: string;
  /** Constraint visits spent. */
  steps: number;
  /** false when propagation stopped at its step limit before a fixpoint (the bounds are still sound). */
  settled: boolean;
}

interface Constraint {
  vars: number[];
  coefs: number[];
  lo: number;
  hi: number;
  label: string;
}

/** Slack for rounding a bound computed with non-integer coefficients to an integer. */
const slack = (value: number) => 1e-7 + Math.abs(value) * 1e-12;

export class BoundSolver {
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  private readonly names: string[] = [];
  private readonly constraints: Constraint[] = [];
  private readonly watchers: number[][] = [];
  private queue: number[] = [];
  private queued: Uint8Array = new Uint8Array(0);
  /** While probing: (variable, old lo, old hi) of every change, to undo them. */
  private trail: number[] | null = null;
  private failed: string | null = null;

  get size(): number {
    return this.lo.length;
  }

  get constraintCount(): number {
    return this.constraints.length;
  }

  /** A new unknown; integer, within [lo, hi]. */
  variable(name: string, lo = 0, hi = Infinity): number {
    this.lo.push(lo);
    this.hi.push(hi);
    this.names.push(name);
    this.watchers.push([]);
    return this.lo.length - 1;
  }

  name(variable: number): string {
    return this.names[variable]!;
  }

  bounds(variable: number): Bounds {
    return { lo: this.lo[variable]!, hi: this.hi[variable]! };
  }

  pinned(variable: number): boolean {
    return this.lo[variable] === this.hi[variable];
  }

  /** Σ coefficient·variable in [lo, hi]; repeated variables are merged. */
  constrain(terms: readonly Term[], lo: number, hi: number, label = ''): void {
    if (lo > hi) throw new RangeError(`empty range [${lo}, ${hi}] for ${label}`);
    const merged = new Map<number, number>();
    for (const [v, a] of terms) {
      if (v < 0 || v >= this.size) throw new RangeError(`unknown variable ${v} in ${label}`);
      merged.set(v, (merged.get(v) ?? 0) + a);
    }
    const vars: number[] = [];
    const coefs: number[] = [];
    for (const [v, a] of merged) {
      if (a === 0) continue;
      vars.push(v);
      coefs.push(a);
    }
    if (vars.length === 0) {
      if (lo > 0 || hi < 0) this.failed ??= `constant constraint ${label} cannot hold`;
      return;
    }
    const index = this.constraints.length;
    this.constraints.push({ vars, coefs, lo, hi, label });
    for (const v of vars) this.watchers[v]!.push(index);
    this.enqueue(index);
  }

  equal(terms: readonly Term[], value: number, label = ''): void {
    this.constrain(terms, value, value, label);
  }

  atLeast(terms: readonly Term[], value: number, label = ''): void {
    this.constrain(terms, value, Infinity, label);
  }

  atMost(terms: readonly Term[], value: number, label = ''): void {
    this.constrain(terms, -Infinity, value, label);
  }

  /** A new variable equal to a linear expression of others (a sum, a difference): to read its bounds. */
  expression(name: string, terms: readonly Term[], lo = -Infinity, hi = Infinity): number {
    const v = this.variable(name, lo, hi);
    this.equal([...terms, [v, -1]], 0, name);
    return v;
  }

  private enqueue(index: number): void {
    if (this.queued.length <= index) {
      const grown = new Uint8Array(Math.max(index + 1, this.queued.length * 2, 1024));
      grown.set(this.queued);
      this.queued = grown;
    }
    if (this.queued[index]) return;
    this.queued[index] = 1;
    this.queue.push(index);
  }

  private setBounds(v: number, lo: number, hi: number): void {
    if (this.trail) this.trail.push(v, this.lo[v]!, this.hi[v]!);
    this.lo[v] = lo;
    this.hi[v] = hi;
    for (const c of this.watchers[v]!) this.enqueue(c);
  }

  /** Narrows [lo, hi] of a variable (an assumption or a fact); call propagate afterwards. */
  restrict(variable: number, lo: number, hi: number): void {
    const newLo = Math.max(this.lo[variable]!, Math.ceil(lo));
    const newHi = Math.min(this.hi[variable]!, Math.floor(hi));
    if (newLo > newHi) {
      this.failed ??= `${this.names[variable]} restricted to an empty range`;
      return;
    }
    if (newLo !== this.lo[variable] || newHi !== this.hi[variable]) this.setBounds(variable, newLo, newHi);
  }

  /** Narrows every bound to a fixpoint; stops early (feasible: false) when a range becomes empty. */
  propagate(maxSteps = 50_000_000): PropagationResult {
    let steps = 0;
    if (this.failed) return this.fail(this.failed, steps);
    let head = 0;
    while (head < this.queue.length) {
      if (steps >= maxSteps) {
        this.queue = this.queue.slice(head);
        return { feasible: true, steps, settled: false };
      }
      const index = this.queue[head++]!;
      this.queued[index] = 0;
      steps += 1;
      const conflict = this.revise(this.constraints[index]!);
      if (conflict !== null) {
        for (let i = head; i < this.queue.length; i += 1) this.queued[this.queue[i]!] = 0;
        this.queue = [];
        return this.fail(conflict, steps);
      }
      if (head > 65_536 && head * 2 > this.queue.length) {
        this.queue = this.queue.slice(head);
        head = 0;
      }
    }
    this.queue = [];
    return { feasible: true, steps, settled: true };
  }

  private fail(conflict: string, steps: number): PropagationResult {
    return { feasible: false, conflict, steps, settled: true };
  }

  /** One constraint: each term's bounds from the others'. Returns a conflict, or null. */
  private revise(c: Constraint): string | null {
    const { vars, coefs } = c;
    const n = vars.length;
    let minFinite = 0;
    let maxFinite = 0;
    let minInfinite = 0;
    let maxInfinite = 0;
    for (let i = 0; i < n; i += 1) {
      const a = coefs[i]!;
      const v = vars[i]!;
      const low = a > 0 ? a * this.lo[v]! : a * this.hi[v]!;
      const high = a > 0 ? a * this.hi[v]! : a * this.lo[v]!;
      if (low === -Infinity) minInfinite += 1;
      else minFinite += low;
      if (high === Infinity) maxInfinite += 1;
      else maxFinite += high;
    }
    if (minInfinite === 0 && minFinite > c.hi + slack(c.hi)) return `${c.label}: at least ${minFinite} > ${c.hi}`;
    if (maxInfinite === 0 && maxFinite < c.lo - slack(c.lo)) return `${c.label}: at most ${maxFinite} < ${c.lo}`;
    for (let i = 0; i < n; i += 1) {
      const a = coefs[i]!;
      const v = vars[i]!;
      const low = a > 0 ? a * this.lo[v]! : a * this.hi[v]!;
      const high = a > 0 ? a * this.hi[v]! : a * this.lo[v]!;
      // The other terms' least and greatest sums.
      const restMin = low === -Infinity ? (minInfinite === 1 ? minFinite : -Infinity) : minInfinite > 0 ? -Infinity : minFinite - low;
      const restMax = high === Infinity ? (maxInfinite === 1 ? maxFinite : Infinity) : maxInfinite > 0 ? Infinity : maxFinite - high;
      // a·x ≤ hi − restMin and a·x ≥ lo − restMax.
      const upper = c.hi - restMin;
      const lower = c.lo - restMax;
      let newLo = this.lo[v]!;
      let newHi = this.hi[v]!;
      if (a > 0) {
        if (upper !== Infinity && !Number.isNaN(upper)) newHi = Math.min(newHi, Math.floor(upper / a + slack(upper / a)));
        if (lower !== -Infinity && !Number.isNaN(lower)) newLo = Math.max(newLo, Math.ceil(lower / a - slack(lower / a)));
      } else {
        if (upper !== Infinity && !Number.isNaN(upper)) newLo = Math.max(newLo, Math.ceil(upper / a - slack(upper / a)));
        if (lower !== -Infinity && !Number.isNaN(lower)) newHi = Math.min(newHi, Math.floor(lower / a + slack(lower / a)));
      }
      if (newLo > newHi) return `${c.label}: ${this.names[v]} has no value left ([${newLo}, ${newHi}])`;
      if (newLo !== this.lo[v] || newHi !== this.hi[v]) this.setBounds(v, newLo, newHi);
    }
    return null;
  }

  /** Runs `assume` (restrictions) and propagates; true when that is refuted. Undoes everything. */
  private refutes(assume: () => void, maxSteps: number): boolean {
    const trail: number[] = [];
    this.trail = trail;
    assume();
    const result = this.propagate(maxSteps);
    this.trail = null;
    for (let i = trail.length - 3; i >= 0; i -= 3) {
      this.lo[trail[i]!] = trail[i + 1]!;
      this.hi[trail[i]!] = trail[i + 2]!;
    }
    this.failed = null;
    for (const index of this.queue) this.queued[index] = 0;
    this.queue = [];
    return !result.feasible;
  }

  /**
   * Probing: for each variable, the least m such that x ≤ m is not refuted by propagation becomes
   * its lower bound, and likewise above (bisection: refutation is monotone in m). Keeps the system
   * propagated. Returns false when the system has no solution at all.
   */
  shave(variables: Iterable<number>, options: { maxStepsPerProbe?: number } = {}): boolean {
    const maxSteps = options.maxStepsPerProbe ?? 200_000;
    if (!this.propagate().feasible) return false;
    for (const v of variables) {
      if (this.lo[v] === this.hi[v]) continue;
      const lo = this.lowestNotRefuted(v, maxSteps);
      if (lo > this.lo[v]!) {
        this.restrict(v, lo, Infinity);
        if (!this.propagate().feasible) return false;
      }
      if (this.lo[v] === this.hi[v] || this.hi[v] === Infinity) continue;
      const hi = this.highestNotRefuted(v, maxSteps);
      if (hi < this.hi[v]!) {
        this.restrict(v, -Infinity, hi);
        if (!this.propagate().feasible) return false;
      }
    }
    return true;
  }

  /** The least m for which x ≤ m is not refuted (x ≤ lo − 1 always is; x ≤ hi never is). */
  private lowestNotRefuted(v: number, maxSteps: number): number {
    let refuted = this.lo[v]! - 1;
    let open = this.hi[v]!;
    if (open === Infinity) {
      let step = 1;
      open = this.lo[v]!;
      while (this.refutes(() => this.restrict(v, -Infinity, open), maxSteps)) {
        refuted = open;
        open += step;
        step *= 2;
      }
    }
    while (open - refuted > 1) {
      const mid = Math.floor((refuted + open) / 2);
      if (this.refutes(() => this.restrict(v, -Infinity, mid), maxSteps)) refuted = mid;
      else open = mid;
    }
    return open;
  }

  /** The greatest m for which x ≥ m is not refuted (x ≥ hi + 1 always is; x ≥ lo never is). */
  private highestNotRefuted(v: number, maxSteps: number): number {
    let refuted = this.hi[v]! + 1;
    let open = this.lo[v]!;
    while (refuted - open > 1) {
      const mid = Math.ceil((refuted + open) / 2);
      if (this.refutes(() => this.restrict(v, mid, Infinity), maxSteps)) refuted = mid;
      else open = mid;
    }
    return open;
  }
}
