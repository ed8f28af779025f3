/**
 * The old display rule, for the attack suite's control: exact figures with small counts blanked.
 * A breakdown cell (by sex, by indicator, by contract type) from 1 to threshold − 1 is hidden;
 * then, within each table, no identity the public knows (women + men = total, the ESF partition,
 * the outcome measures adding up to the enrolled, the contract types adding up to the employed)
 * keeps exactly one hidden cell: the smallest other cell is hidden too. Project and scope totals
 * stay exact; a cumulative monthly series loses the months that grew by 1 to threshold − 1; the
 * debt series keeps its last month. This is what the public saw before the cell key method, and
 * what the suite must show to leak.
 */
import type { EsfRowAnswer, OutcomesAnswer, ParticipationAnswer, PublicAnswers } from './model.js';

const small = (value: number, threshold: number) => value > 0 && value < threshold;

/** The hidden cells of one table: primary (small) and secondary (no identity with one hidden cell). */
export function hideSmallCells(
  values: Map<string, number>,
  groups: string[][],
  threshold: number,
  fixed: ReadonlySet<string>,
): Set<string> {
  const hidden = new Set([...values].filter(([name, value]) => !fixed.has(name) && small(value, threshold)).map(([name]) => name));
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      if (group.filter((name) => hidden.has(name)).length !== 1) continue;
      const next = group
        .filter((name) => !hidden.has(name) && !fixed.has(name))
        .sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b))[0];
      if (next === undefined) continue;
      hidden.add(next);
      changed = true;
    }
  }
  return hidden;
}

const COLUMNS = ['women', 'men', 'total'] as const;
const PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];

function esfRule(rows: readonly EsfRowAnswer[], threshold: number): EsfRowAnswer[] {
  const values = new Map<string, number>();
  for (const row of rows) for (const c of COLUMNS) values.set(`${row.code}:${c}`, row[c] ?? 0);
  const groups = [
    ...rows.map((row) => COLUMNS.map((c) => `${row.code}:${c}`)),
    ...COLUMNS.map((c) => PARTITION.map((code) => `${code}:${c}`)),
  ];
  const hidden = hideSmallCells(values, groups, threshold, new Set(['PARTICIPANTS:total']));
  return rows.map((row) => ({
    ...row,
    women: hidden.has(`${row.code}:women`) ? null : row.women,
    men: hidden.has(`${row.code}:men`) ? null : row.men,
    total: hidden.has(`${row.code}:total`) ? null : row.total,
  }));
}

const MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;

function outcomesRule(outcomes: OutcomesAnswer, threshold: number): OutcomesAnswer {
  const values = new Map<string, number>();
  const letter = (sex: string) => (sex === 'FEMALE' ? 'F' : 'M');
  for (const m of MEASURES) values.set(`${m}:T`, outcomes[m] ?? 0);
  for (const row of outcomes.bySex) for (const m of MEASURES) values.set(`${m}:${letter(row.sex)}`, row[m] ?? 0);
  for (const c of outcomes.byContractType) values.set(`contract:${c.contractType}`, c.count ?? 0);
  const contracts = outcomes.byContractType.map((c) => `contract:${c.contractType}`);
  const groups = [
    ...MEASURES.map((m) => [`${m}:F`, `${m}:M`, `${m}:T`]),
    ...['F', 'M'].map((s) => MEASURES.map((m) => `${m}:${s}`)),
    [...contracts, 'employed:T'],
  ];
  const fixed = new Set(MEASURES.map((m) => `${m}:T`));
  const hidden = hideSmallCells(values, groups, threshold, fixed);
  const contractRule = (counts: OutcomesAnswer['byContractType'], employed: number | null) => {
    const own = new Map(counts.map((c) => [`contract:${c.contractType}`, c.count ?? 0]));
    own.set('employed:T', employed ?? 0);
    const gone = hideSmallCells(own, [[...own.keys()]], threshold, new Set(['employed:T']));
    return counts.map((c) => (gone.has(`contract:${c.contractType}`) ? { ...c, count: null } : c));
  };
  return {
    ...outcomes,
    byContractType: outcomes.byContractType.map((c) => (hidden.has(`contract:${c.contractType}`) ? { ...c, count: null } : c)),
    bySex: outcomes.bySex.map((row) => {
      const gone = MEASURES.filter((m) => hidden.has(`${m}:${letter(row.sex)}`));
      if (gone.length === 0) return row;
      const shown = { ...row, employmentRate: null };
      for (const m of gone) shown[m] = null;
      return shown;
    }),
    projects: outcomes.projects.map((p) => ({ ...p, byContractType: contractRule(p.byContractType, p.employed) })),
  };
}

/** The months of a cumulative series kept: growth 0 or at least the threshold since the last kept month; the last month always. */
function seriesRule(points: ParticipationAnswer['cumulative'], threshold: number): ParticipationAnswer['cumulative'] {
  const keep = points.map(() => false);
  let last = 0;
  points.forEach((point, i) => {
    const step = point.value - last;
    if (step === 0 || step >= threshold) {
      keep[i] = true;
      last = point.value;
    }
  });
  if (points.length === 0) return [];
  const end = points.length - 1;
  keep[end] = true;
  for (let i = end - 1; i >= 0; i -= 1) {
    if (!keep[i]) continue;
    const next = points.slice(i + 1).find((_, j) => keep[i + 1 + j])!;
    const step = next.value - points[i]!.value;
    if (step === 0 || step >= threshold) break;
    keep[i] = false;
  }
  return points.filter((_, i) => keep[i]);
}

function participationRule(rows: readonly ParticipationAnswer[], threshold: number): ParticipationAnswer[] {
  return rows.map((row) => {
    const recent = row.pacePerMonth === null ? 0 : Math.round(row.pacePerMonth * 3);
    return {
      ...row,
      cumulative: seriesRule(row.cumulative, threshold),
      pacePerMonth: small(recent, threshold) ? null : row.pacePerMonth,
    };
  });
}

/** Exact answers (as a key holder gets them) as the public saw them under the old rule. */
export function withOldDisplayRule(exact: PublicAnswers, threshold: number): PublicAnswers {
  return {
    ...exact,
    ...(exact.esf ? { esf: esfRule(exact.esf, threshold) } : {}),
    ...(exact.outcomes ? { outcomes: outcomesRule(exact.outcomes, threshold) } : {}),
    ...(exact.participation ? { participation: participationRule(exact.participation, threshold) } : {}),
    ...(exact.debt ? { debt: { ...exact.debt, monthly: exact.debt.monthly.slice(-1) } } : {}),
  };
}
