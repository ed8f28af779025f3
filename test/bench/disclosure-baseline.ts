/**
 * The public view as it was before the cell key method: the protected paths of
 * server/disclosure/*.ts at commit 8d3566f (`git show 8d3566f:server/disclosure/esf.ts` and its
 * neighbours), restored here only as the baseline of `npm run disclosure:loss`
 * (test/bench/disclosure-loss.ts). The server never imports this file.
 *
 * The method: counts below project level (by sex, by indicator, by contract type) from 1 to
 * threshold-1 hidden, with secondary suppression within a table (suppressCells, still in
 * server/disclosure/suppression.ts); a cell summed over projects published only when every
 * project's cell in it is (`alsoHidden`); totals and money exact; the months of people reached
 * whose growth is 1 to threshold-1 left out of the series (suppressCumulative, removed from the
 * server and restored below); debt recovery month by month hidden (the last month only).
 */
import type { IndicatorView } from '../../server/disclosure/esf.js';
import type { ContractCountView, OutcomesView, SexCountsView } from '../../server/disclosure/outcomes.js';
import type { ParticipationView } from '../../server/disclosure/participation.js';
import { isSmall, suppressCells, type Cell } from '../../server/disclosure/suppression.js';
import type { DebtResult } from '../../server/reporting/debt.js';
import { ESF_INDICATORS, type EsfResult, type IndicatorRow } from '../../server/reporting/esf-indicators.js';
import type { FundingResult } from '../../server/reporting/funding.js';
import {
  CONTRACT_TYPES,
  outcomeCounts,
  ZERO_TALLY,
  type OutcomeCounts,
  type OutcomesResult,
  type Tally,
} from '../../server/reporting/outcomes.js';
import type { ProjectParticipationRow } from '../../server/reporting/participation.js';

// ESF indicators ---------------------------------------------------------------------------------

/** The labour-market partition of the complete records: PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05. */
const ESF_PARTITION = ['PARTICIPANTS', 'INCOMPLETE', 'CO01', 'CO03', 'CO05'];
const COLUMNS = ['women', 'men', 'total'] as const;
type Column = (typeof COLUMNS)[number];

/** The identities the public knows among one table's cells ("CODE:column"). */
const ESF_GROUPS: string[][] = [
  ...ESF_INDICATORS.map((i) => COLUMNS.map((c) => `${i.code}:${c}`)),
  ...COLUMNS.map((c) => ESF_PARTITION.map((code) => `${code}:${c}`)),
];
/** The participants total of a project is a project total (published as `enrolled` too): never hidden. */
const ESF_FIXED = new Set(['PARTICIPANTS:total']);

function esfCells(table: IndicatorRow[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const row of table) values.set(`${row.code}:women`, row.women).set(`${row.code}:men`, row.men).set(`${row.code}:total`, row.total);
  return values;
}

/**
 * Every project's table suppressed on its own, then a cell of the sum over the scope published
 * only when every project's cell in it is published, and the summed table suppressed again.
 */
export function baselineEsfView(report: EsfResult, threshold: number): IndicatorView[] {
  const hiddenInSomeProject = new Set<string>();
  for (const project of report.projects) {
    for (const name of suppressCells(esfCells(project.indicators), ESF_GROUPS, threshold, { fixed: ESF_FIXED }))
      hiddenInSomeProject.add(name);
  }
  const hidden = suppressCells(esfCells(report.indicators), ESF_GROUPS, threshold, { fixed: ESF_FIXED, alsoHidden: hiddenInSomeProject });
  return report.indicators.map((row) => {
    const cell = (c: Column): Cell => (hidden.has(`${row.code}:${c}`) ? null : row[c]);
    return {
      ...row,
      women: cell('women'),
      men: cell('men'),
      total: cell('total'),
      suppressed: COLUMNS.some((c) => hidden.has(`${row.code}:${c}`)),
    };
  });
}

// Employment outcomes ----------------------------------------------------------------------------

const MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
const SEXES = { FEMALE: 'F', MALE: 'M' } as const;

function outcomeCells(bySex: Map<string, Tally>): Map<string, number> {
  const cells = new Map<string, number>();
  for (const measure of MEASURES) cells.set(`${measure}:T`, 0);
  for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, 0);
  for (const [sex, letter] of Object.entries(SEXES)) {
    const tally = bySex.get(sex) ?? ZERO_TALLY;
    const counts = outcomeCounts(tally);
    for (const measure of MEASURES) {
      cells.set(`${measure}:${letter}`, counts[measure]);
      cells.set(`${measure}:T`, cells.get(`${measure}:T`)! + counts[measure]);
    }
    for (const contract of CONTRACT_TYPES) cells.set(`contract:${contract}`, cells.get(`contract:${contract}`)! + (tally[contract] ?? 0));
  }
  return cells;
}

/** The identities the public knows: women + men = total per measure; enrolled = the rest per sex; contracts = employed. */
const OUTCOME_GROUPS: string[][] = [
  ...MEASURES.map((m) => [`${m}:F`, `${m}:M`, `${m}:T`]),
  ...Object.values(SEXES).map((s) => MEASURES.map((m) => `${m}:${s}`)),
  [...CONTRACT_TYPES.map((c) => `contract:${c}`), 'employed:T'],
];
/** Project (and programme) totals: published as they are. */
const OUTCOME_FIXED = new Set(MEASURES.map((m) => `${m}:T`));

function addTallies(a: Tally, b: Tally): Tally {
  const out: Tally = { ...a };
  for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const)
    out[key] = (a[key] ?? 0) + (b[key] ?? 0);
  return out;
}

const contracts = (counts: OutcomeCounts['byContractType'], hidden: ReadonlySet<string>): ContractCountView[] =>
  counts.map((c) => (hidden.has(`contract:${c.contractType}`) ? { ...c, count: null, suppressed: true } : { ...c, suppressed: false }));

const NOTHING_HIDDEN: ReadonlySet<string> = new Set();

/**
 * The breakdowns by sex and by contract type suppressed per project, then over the scope only
 * from cells published in every project; totals, per project and overall, exact.
 */
export function baselineOutcomesView(report: OutcomesResult, threshold: number): OutcomesView {
  const hiddenByProject = new Map<string, ReadonlySet<string>>();
  const hiddenSomewhere = new Set<string>();
  const all = new Map<string, Tally>();
  for (const [code, bySex] of report.projectSex) {
    const inProject = suppressCells(outcomeCells(bySex), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED });
    hiddenByProject.set(code, inProject);
    for (const name of inProject) hiddenSomewhere.add(name);
    for (const [sex, tally] of bySex) {
      const acc = all.get(sex);
      all.set(sex, acc ? addTallies(acc, tally) : { ...tally });
    }
  }
  const hidden = suppressCells(outcomeCells(all), OUTCOME_GROUPS, threshold, { fixed: OUTCOME_FIXED, alsoHidden: hiddenSomewhere });
  const { projectSex: _finest, ...totals } = report;
  return {
    ...totals,
    byContractType: contracts(report.byContractType, hidden),
    projects: report.projects.map((p) => ({
      ...p,
      byContractType: contracts(p.byContractType, hiddenByProject.get(p.code) ?? NOTHING_HIDDEN),
    })),
    bySex: report.bySex.map((row) => {
      const letter = SEXES[row.sex as keyof typeof SEXES];
      const gone = MEASURES.filter((m) => hidden.has(`${m}:${letter}`));
      const shown: SexCountsView = { ...row, suppressed: false };
      if (gone.length === 0) return shown;
      for (const m of gone) shown[m] = null;
      return { ...shown, suppressed: true, employmentRate: null };
    }),
  };
}

// People reached ---------------------------------------------------------------------------------

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

/**
 * Totals exact; the months whose growth since the previous shown month is 1 to threshold-1 left
 * out of the series; no pace (nor projection) when the last three months reached 1 to threshold-1.
 */
export function baselineParticipationView(rows: ProjectParticipationRow[], threshold: number): ParticipationView[] {
  return rows.map((row) => {
    const shown = suppressCumulative(
      row.cumulative.map((p) => p.value),
      threshold,
    );
    const recent = row.pacePerMonth === null ? 0 : Math.round(row.pacePerMonth * 3);
    const hidePace = isSmall(recent, threshold);
    return {
      ...row,
      cumulative: row.cumulative.filter((_, i) => shown[i] !== null),
      pacePerMonth: hidePace ? null : row.pacePerMonth,
      projectedTargetMonth: hidePace ? null : row.projectedTargetMonth,
    };
  });
}

// Money ------------------------------------------------------------------------------------------

/** Amounts per project and in total exact; of the monthly series only the last month. */
export function baselineDebtView(report: DebtResult): Omit<DebtResult, 'projectMonthly'> {
  const { projectMonthly: _finest, ...exact } = report;
  return { ...exact, monthly: exact.monthly.slice(-1) };
}

/** Awarded, committed and withheld: money per project and above, exact for every audience. */
export function baselineFundingView(report: FundingResult): FundingResult {
  return report;
}
