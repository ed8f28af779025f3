/**
 * Small-cell suppression (docs/disclosure.md): the methods, as pure
 * functions over counts. Only the views of this folder call them.
 *
 * Applied to *published* (perturbed, cell-key.ts) values: a breakdown count is shown when it is 0 or
 * at least the threshold, and null from 1 to threshold-1; within a table, a group of cells that add
 * up never has exactly one null, so a reader does not get the blank back by subtraction. This is
 * how small figures are presented; what protects people from differencing is the perturbation
 * (docs/disclosure.md).
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
