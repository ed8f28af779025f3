/**
 * Small-cell suppression (docs/indicators.md, "Small-cell suppression"): the methods, as pure
 * functions over counts. Only the views of this folder call them.
 *
 * A cell is a count below the level of a whole project. It is published when it is 0 or at least
 * the threshold (primary suppression hides 1 … threshold-1). Then, so that no hidden cell can be
 * worked out by subtraction:
 * - in every additive group whose total is published (women + men = a published total; the parts
 *   of a partition), a group never has exactly one hidden cell: the smallest other non-zero cell
 *   is hidden too (secondary suppression), repeated until nothing changes;
 * - a cell summed over several projects is published only when every project's cell in the sum is
 *   published, so a published figure is always a sum of published figures.
 */

/** A count that may be hidden: null when suppressed. */
export type Cell = number | null;

export function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/**
 * Primary and secondary suppression of named cells. `groups` are the linear identities the public
 * knows (each a list of cells, one of which is the sum of the others, e.g. [women, men, total]):
 * a group never keeps exactly one hidden cell, or it could be recovered from the others; the
 * smallest other cell that may be hidden is hidden too, until nothing changes. `fixed` cells are
 * published whatever their value (project totals); `alsoHidden` are hidden from the start (a sum
 * over projects one of whose cells is hidden). Returns the hidden cells.
 */
export function suppressCells(
  values: Map<string, number>,
  groups: string[][],
  threshold: number,
  options: { fixed?: Set<string>; alsoHidden?: Iterable<string> } = {},
): Set<string> {
  const fixed = options.fixed ?? new Set<string>();
  const hidden = new Set<string>(options.alsoHidden ?? []);
  for (const [name, value] of values) if (!fixed.has(name) && isSmall(value, threshold)) hidden.add(name);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      if (group.filter((name) => hidden.has(name)).length !== 1) continue;
      const candidates = group
        .filter((name) => !hidden.has(name) && !fixed.has(name))
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b));
      if (candidates.length === 0) continue;
      hidden.add(candidates[0]!);
      changed = true;
    }
  }
  return hidden;
}

/**
 * A cumulative monthly series: a point is published only when it differs from the previous
 * published point (0 before the first) by 0 or by at least the threshold, and the last point —
 * the project total, public anyway — is always published, hiding earlier points as needed.
 */
export function suppressCumulative(values: number[], threshold: number): Cell[] {
  const out: Cell[] = values.map(() => null);
  let last = 0;
  values.forEach((value, i) => {
    const step = value - last;
    if (step === 0 || step >= threshold) {
      out[i] = value;
      last = value;
    }
  });
  if (values.length === 0) return out;
  const end = values.length - 1;
  out[end] = values[end]!;
  for (let i = end - 1; i >= 0; i -= 1) {
    if (out[i] === null) continue;
    const next = out.slice(i + 1).find((v): v is number => v !== null)!;
    const step = next - out[i]!;
    if (step === 0 || step >= threshold) break;
    out[i] = null;
  }
  return out;
}
