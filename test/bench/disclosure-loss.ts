/**
 * npm run disclosure:loss: what the public loses, and how far its figures are from the exact
 * ones, under the public method before the cell key method (BEFORE: small-cell suppression with
 * cross-project hiding, test/bench/disclosure-baseline.ts) and under the current one (AFTER: the
 * views of server/disclosure/). Both are applied to the same exact reports (server/reporting/),
 * for each project and for all projects, at every month-end release date, on the demo population.
 * Prints a Markdown table and the checks of the identities the public figures should keep; the
 * results go in BENCHMARKS.md.
 */
import { parseArgs } from 'node:util';
import { runCli } from '../../server/cli/run.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/db/database.js';
import { disclosurePolicy, forPublication } from '../../server/disclosure/audience.js';
import { debtView } from '../../server/disclosure/debt.js';
import { esfView, type IndicatorView } from '../../server/disclosure/esf.js';
import { fundingView } from '../../server/disclosure/funding.js';
import { outcomesView, type OutcomesView } from '../../server/disclosure/outcomes.js';
import { participationView, type ParticipationView } from '../../server/disclosure/participation.js';
import { monthEnd } from '../../server/disclosure/release.js';
import { benchServer } from './server.js';
import { createLogger } from '../../server/logger.js';
import { getDebtRecovery, type DebtResult } from '../../server/reporting/debt.js';
import { ESF_INDICATORS, getEsfIndicators, type EsfResult } from '../../server/reporting/esf-indicators.js';
import type { ReportScope } from '../../server/reporting/filters.js';
import { getFunding, type FundingResult } from '../../server/reporting/funding.js';
import { getOutcomes, withEveryProject, type OutcomesResult } from '../../server/reporting/outcomes.js';
import { getParticipation, type ProjectParticipationRow } from '../../server/reporting/participation.js';
import { seedDatabase } from '../../seeds/seed.js';
import {
  baselineDebtView,
  baselineEsfView,
  baselineFundingView,
  baselineOutcomesView,
  baselineParticipationView,
} from './disclosure-baseline.js';

const HELP = `Usage: npm run disclosure:loss [-- options]

Seeds the demo population at each scale into a fresh database; at every release date computes
the exact reports (server/reporting/) for each project and for all projects; shows them through
the public method before the cell key method (BEFORE, test/bench/disclosure-baseline.ts) and
through the current public views (AFTER, server/disclosure/); prints, as a Markdown table, the
share of cells each publishes and, for AFTER, how far the published figures are from the exact
ones, then the checks of the identities the public figures should keep.

Options:
  --scales LIST     comma-separated demo scales (default 1,3)
  --from DATE       first release date (default: the month end of the first project's start)
  --to DATE         last release date (default 2021-06-30)
  --threshold N     the display threshold (default 10, the hub's SUPPRESSION_THRESHOLD default)
  --key TEXT        the pseudonymisation key the cell keys are derived from (default: a fixed
                    text, so that two runs print the same figures)
  -h, --help        show this help

Uses the server of DATABASE_URL when set (creating and dropping its own databases), otherwise
a throw-away embedded PostgreSQL.`;

const DEFAULT_KEY = 'quartieri-disclosure-loss-benchmark';
const METHODS = ['BEFORE', 'AFTER'] as const;
type Method = (typeof METHODS)[number];
const COLUMNS = ['women', 'men', 'total'] as const;
const SEX_MEASURES = ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
/** Counts that only grow as the days pass (in progress does not). */
const CUMULATIVE_MEASURES = ['enrolled', 'employed', 'unsuccessful', 'withdrawn'] as const;
const ESF_PARTITION = ['INCOMPLETE', 'CO01', 'CO03', 'CO05'];
/** ESF indicators whose participants are a subset of another's (docs/indicators.md): [inner, outer]. */
const NESTED: [string, string][] = [
  ['CO02', 'CO01'],
  ['CO04', 'CO03'],
  ['CO08', 'CO07'],
  ['CO13', 'CO12'],
  ...ESF_INDICATORS.filter((i) => i.code !== 'PARTICIPANTS').map((i): [string, string] => [i.code, 'PARTICIPANTS']),
];

/** How many of a kind of figure were shown. */
class Share {
  shown = 0;
  of = 0;
  add(shown: boolean): void {
    this.of += 1;
    if (shown) this.shown += 1;
  }
  addMany(shown: number, of: number): void {
    this.shown += shown;
    this.of += of;
  }
  merge(other: Share): void {
    this.addMany(other.shown, other.of);
  }
  toString(): string {
    if (this.of === 0) return '–';
    return `${((100 * this.shown) / this.of).toFixed(1)}% (${this.shown.toLocaleString('en')} of ${this.of.toLocaleString('en')})`;
  }
}

/** Published minus exact, over the published figures of a kind. */
class Errors {
  n = 0;
  sumAbs = 0;
  sumSigned = 0;
  max = 0;
  add(published: number, exact: number): void {
    const error = published - exact;
    this.n += 1;
    this.sumAbs += Math.abs(error);
    this.sumSigned += error;
    this.max = Math.max(this.max, Math.abs(error));
  }
  merge(other: Errors): void {
    this.n += other.n;
    this.sumAbs += other.sumAbs;
    this.sumSigned += other.sumSigned;
    this.max = Math.max(this.max, other.max);
  }
  meanAbs = (): number => (this.n === 0 ? 0 : this.sumAbs / this.n);
  meanSigned = (): number => (this.n === 0 ? 0 : this.sumSigned / this.n);
}

interface Measures {
  projectEsf: Share;
  projectOutcomes: Share;
  projectNonZero: Share;
  programmeEsf: Share;
  programmeOutcomes: Share;
  programmeLarge: Share;
  reachMonths: Share;
  debtMonths: Share;
  projectCellNoise: Errors;
  projectTotalNoise: Errors;
  reachedNoise: Errors;
  programmeNoise: Errors;
  moneyNoise: Errors;
  allowanceNoise: Errors;
}

function emptyMeasures(): Measures {
  return {
    projectEsf: new Share(),
    projectOutcomes: new Share(),
    projectNonZero: new Share(),
    programmeEsf: new Share(),
    programmeOutcomes: new Share(),
    programmeLarge: new Share(),
    reachMonths: new Share(),
    debtMonths: new Share(),
    projectCellNoise: new Errors(),
    projectTotalNoise: new Errors(),
    reachedNoise: new Errors(),
    programmeNoise: new Errors(),
    moneyNoise: new Errors(),
    allowanceNoise: new Errors(),
  };
}

function mergeMeasures(into: Measures, from: Measures): void {
  for (const key of Object.keys(into) as (keyof Measures)[]) {
    // Each key holds the same class on both sides.
    (into[key] as Share & Errors).merge(from[key] as Share & Errors);
  }
}

/** An identity the AFTER figures should keep (or, by design, need not): how often it was checked and failed. */
class Check {
  checked = 0;
  failed = 0;
  example: string | undefined;
  constructor(
    readonly name: string,
    readonly expected: 'holds' | 'need not hold',
  ) {}
  test(holds: boolean, example: () => string): void {
    this.checked += 1;
    if (holds) return;
    this.failed += 1;
    this.example ??= example();
  }
}

interface Exact {
  esf: EsfResult;
  outcomes: OutcomesResult;
  participation: ProjectParticipationRow[];
  debt: DebtResult;
  funding: FundingResult;
}

interface Shown {
  esf: IndicatorView[];
  outcomes: OutcomesView;
  participation: ParticipationView[];
  debt: Omit<DebtResult, 'projectMonthly'>;
  funding: { projects: { code: string; allowancesCommittedCents: bigint; withheldCents: bigint }[]; allowancesCommittedCents: bigint };
}

const euros = (cents: bigint): number => Number(cents) / 100;

/** The month ends from `from` to `to`, both included when they are month ends. */
function releaseDates(from: string, to: string): string[] {
  const dates: string[] = [];
  let day = monthEnd(from);
  while (day <= to) {
    dates.push(day);
    const [year, month] = day.split('-').map(Number) as [number, number];
    day = monthEnd(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10));
  }
  return dates;
}

async function exactReports(db: Database, scope: ReportScope): Promise<Exact> {
  const [esf, outcomes, participation, debt, funding] = await Promise.all([
    getEsfIndicators(db, scope),
    getOutcomes(db, scope),
    getParticipation(db, scope),
    getDebtRecovery(db, scope),
    getFunding(db, scope),
  ]);
  return { esf, outcomes, participation, debt, funding };
}

/** Which cells of the ESF table and the outcomes' breakdowns were shown, against their exact values. */
function breakdownCells(exact: Exact, shown: Shown): { kind: 'esf' | 'outcomes'; name: string; exact: number; shown: number | null }[] {
  const cells: { kind: 'esf' | 'outcomes'; name: string; exact: number; shown: number | null }[] = [];
  exact.esf.indicators.forEach((row, i) => {
    const view = shown.esf[i]!;
    if (view.code !== row.code) throw new Error(`ESF rows out of order: ${view.code} against ${row.code}`);
    for (const column of COLUMNS) cells.push({ kind: 'esf', name: `${row.code}:${column}`, exact: row[column], shown: view[column] });
  });
  for (const row of exact.outcomes.bySex) {
    const view = shown.outcomes.bySex.find((r) => r.sex === row.sex)!;
    for (const measure of SEX_MEASURES)
      cells.push({ kind: 'outcomes', name: `${measure}:${row.sex}`, exact: row[measure], shown: view[measure] });
  }
  for (const row of exact.outcomes.byContractType) {
    const view = shown.outcomes.byContractType.find((c) => c.contractType === row.contractType)!;
    cells.push({ kind: 'outcomes', name: `contract:${row.contractType}`, exact: row.count, shown: view.count });
  }
  return cells;
}

/** What the public sees of one project's own scope (ReportScope with that project only). */
function measureProject(m: Measures, exact: Exact, shown: Shown): void {
  for (const cell of breakdownCells(exact, shown)) {
    (cell.kind === 'esf' ? m.projectEsf : m.projectOutcomes).add(cell.shown !== null);
    if (cell.exact >= 1) m.projectNonZero.add(cell.shown !== null);
    if (cell.shown !== null) m.projectCellNoise.add(cell.shown, cell.exact);
  }
  for (const measure of SEX_MEASURES) m.projectTotalNoise.add(shown.outcomes[measure], exact.outcomes[measure]);
  m.debtMonths.addMany(shown.debt.monthly.length, exact.debt.monthly.length);
}

/** What the public sees of all projects together (ReportScope with every project). */
function measureProgramme(m: Measures, exact: Exact, shown: Shown, threshold: number): void {
  for (const cell of breakdownCells(exact, shown)) {
    (cell.kind === 'esf' ? m.programmeEsf : m.programmeOutcomes).add(cell.shown !== null);
    if (cell.exact >= threshold) m.programmeLarge.add(cell.shown !== null);
    if (cell.shown !== null) m.programmeNoise.add(cell.shown, cell.exact);
  }
  for (const measure of SEX_MEASURES) m.programmeNoise.add(shown.outcomes[measure], exact.outcomes[measure]);
  m.debtMonths.addMany(shown.debt.monthly.length, exact.debt.monthly.length);
  // Per project, from the all-projects reports (each project's figures are the same in its own scope: checked).
  for (const row of exact.participation) {
    const view = shown.participation.find((r) => r.code === row.code)!;
    m.reachMonths.addMany(view.cumulative.length, row.cumulative.length);
    m.reachedNoise.add(view.peopleReached, row.peopleReached);
    m.projectTotalNoise.add(view.peopleReached, row.peopleReached);
    m.projectTotalNoise.add(view.attendances, row.attendances);
    m.projectTotalNoise.add(view.anonymousHeadcount, row.anonymousHeadcount);
  }
  for (const row of exact.debt.projects) {
    const view = shown.debt.projects.find((p) => p.code === row.code)!;
    m.moneyNoise.add(euros(view.arrearsCents), euros(row.arrearsCents));
    m.moneyNoise.add(euros(view.repaidCents), euros(row.repaidCents));
    m.moneyNoise.add(euros(view.withheldCents), euros(row.withheldCents));
  }
  for (const row of exact.funding.projects) {
    const view = shown.funding.projects.find((p) => p.code === row.code)!;
    m.allowanceNoise.add(euros(view.allowancesCommittedCents), euros(row.allowancesCommittedCents));
  }
}

/** The AFTER figures' identities, and the figures that look wrong to a reader. */
class Checks {
  readonly sameInOwnScope = new Check("a project's figures are the same in its own scope and in the all-projects scope", 'holds');
  readonly participantsAreEnrolled = new Check('ESF participants (women, men, total) = outcomes enrolled of the same scope', 'holds');
  readonly withheldSame = new Check("a project's withheld is the same in funding and in debt recovery", 'holds');
  readonly sumsOfProjects = new Check('all-projects totals (outcomes, debt, funding) = the sum of the projects', 'holds');
  readonly esfRowAdds = new Check('ESF women + men = total (rows with all three shown)', 'holds');
  readonly reachSeries = new Check("people reached at a release = that month in every later release's series", 'holds');
  readonly debtLastMonth = new Check('debt series: the last month = the totals repaid and withheld', 'holds');
  readonly noiseBound = new Check('finest published cells within the published bounds (±5 people; ±2,750.50 euro)', 'holds');
  readonly countsNotDown = new Check(
    'a published cumulative count is not lower than at the release before, when the exact one is not lower',
    'need not hold',
  );
  readonly moneyNotDown = new Check(
    'a published cumulative amount (arrears, repaid, withheld per project) is not lower than at the release before, when the exact one is not lower',
    'need not hold',
  );
  readonly outstandingSign = new Check('outstanding debt per project is not negative when the exact one is not', 'need not hold');
  readonly esfPartition = new Check('ESF PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05 (columns with all five shown)', 'need not hold');
  readonly nested = new Check(
    'a nested ESF indicator is not above the one containing it (CO02 ≤ CO01, CO04 ≤ CO03, CO08 ≤ CO07, CO13 ≤ CO12, any ≤ PARTICIPANTS)',
    'need not hold',
  );
  readonly contractsAddUp = new Check("employed by contract type adds up to employed (a project's own scope, all shown)", 'need not hold');

  all(): Check[] {
    return Object.values(this).filter((value): value is Check => value instanceof Check);
  }
}

/** Remembers a published figure per name from one release to the next, to check it against the release before. */
class Previous {
  private readonly values = new Map<string, { exact: number; shown: number }>();
  compare(check: Check, name: string, exact: number, shown: number | null, release: string): void {
    if (shown === null) return;
    const before = this.values.get(name);
    this.values.set(name, { exact, shown });
    if (!before || exact < before.exact) return;
    check.test(shown >= before.shown, () => `${name}: ${before.shown} then ${shown} at ${release} (exact ${before.exact} then ${exact})`);
  }
}

function checkProject(checks: Checks, code: string, release: string, exact: Exact, shown: Shown, previous: Previous): void {
  for (const row of shown.esf) {
    if (row.women !== null && row.men !== null && row.total !== null)
      checks.esfRowAdds.test(row.women + row.men === row.total, () => `${code} ${row.code} at ${release}`);
  }
  checkScope(checks, code, release, exact, shown);
  for (const cell of breakdownCells(exact, shown))
    previous.compare(checks.countsNotDown, `${code} ${cell.name}`, cell.exact, cell.shown, release);
  for (const measure of CUMULATIVE_MEASURES)
    previous.compare(checks.countsNotDown, `${code} ${measure}`, exact.outcomes[measure], shown.outcomes[measure], release);
  const contracts = shown.outcomes.byContractType.map((c) => c.count);
  if (contracts.every((c) => c !== null))
    checks.contractsAddUp.test(
      contracts.reduce((a, b) => a + b, 0) === shown.outcomes.employed,
      () => `${code} at ${release}: ${contracts.join(' + ')} against ${shown.outcomes.employed} employed`,
    );
}

/** Identities within one scope's reports. */
function checkScope(checks: Checks, scope: string, release: string, exact: Exact, shown: Shown): void {
  const participants = shown.esf.find((r) => r.code === 'PARTICIPANTS')!;
  const sexes = Object.fromEntries(shown.outcomes.bySex.map((r) => [r.sex, r.enrolled]));
  for (const [column, enrolled] of [
    ['women', sexes.FEMALE],
    ['men', sexes.MALE],
    ['total', shown.outcomes.enrolled],
  ] as const) {
    const esf = participants[column];
    if (esf !== null && enrolled !== null && enrolled !== undefined)
      checks.participantsAreEnrolled.test(esf === enrolled, () => `${scope} ${column} at ${release}: ESF ${esf}, outcomes ${enrolled}`);
  }
  for (const column of COLUMNS) {
    const cells = ['PARTICIPANTS', ...ESF_PARTITION].map((code) => shown.esf.find((r) => r.code === code)![column]);
    if (cells.every((c) => c !== null)) {
      const [total, ...parts] = cells;
      const sum = parts.reduce((a, b) => a + b, 0);
      checks.esfPartition.test(total === sum, () => `${scope} ${column} at ${release}: ${total} participants, parts add up to ${sum}`);
    }
  }
  for (const [child, parent] of NESTED) {
    const inner = shown.esf.find((r) => r.code === child)!;
    const outer = shown.esf.find((r) => r.code === parent)!;
    const exactInner = exact.esf.indicators.find((r) => r.code === child)!;
    const exactOuter = exact.esf.indicators.find((r) => r.code === parent)!;
    for (const column of COLUMNS) {
      const a = inner[column];
      const b = outer[column];
      if (a !== null && b !== null && exactInner[column] <= exactOuter[column])
        checks.nested.test(a <= b, () => `${scope} ${child} ${column} ${a} > ${parent} ${b} at ${release}`);
    }
  }
  const last = shown.debt.monthly.at(-1);
  if (last)
    checks.debtLastMonth.test(
      last.repaidCents === shown.debt.repaidCents && last.withheldCents === shown.debt.withheldCents,
      () =>
        `${scope} at ${release}: last month ${last.repaidCents}/${last.withheldCents}, totals ${shown.debt.repaidCents}/${shown.debt.withheldCents} cents`,
    );
}

function checkProgramme(
  checks: Checks,
  release: string,
  exact: Exact,
  shown: Shown,
  ownScope: Map<string, Shown>,
  previous: Previous,
  reachedAt: Map<string, number>,
): void {
  checkScope(checks, 'all projects', release, exact, shown);
  for (const cell of breakdownCells(exact, shown))
    previous.compare(checks.countsNotDown, `all ${cell.name}`, cell.exact, cell.shown, release);
  const same = (what: string, a: unknown, b: unknown, code: string) =>
    checks.sameInOwnScope.test(JSON.stringify(a, bigints) === JSON.stringify(b, bigints), () => `${code} ${what} at ${release}`);
  const outcomeFigures = (o: OutcomesView | OutcomesView['projects'][number]) => [
    ...SEX_MEASURES.map((measure) => o[measure]),
    o.employmentRate,
    o.byContractType.map((c) => c.count),
  ];
  for (const [code, own] of ownScope) {
    same('outcomes', outcomeFigures(shown.outcomes.projects.find((p) => p.code === code)!), outcomeFigures(own.outcomes), code);
    same(
      'participation',
      shown.participation.find((r) => r.code === code),
      own.participation.find((r) => r.code === code),
      code,
    );
    same(
      'debt',
      shown.debt.projects.find((p) => p.code === code),
      own.debt.projects.find((p) => p.code === code),
      code,
    );
    same(
      'funding',
      shown.funding.projects.find((p) => p.code === code),
      own.funding.projects.find((p) => p.code === code),
      code,
    );
  }
  const adds = (what: string, total: number | bigint, parts: number | bigint) =>
    checks.sumsOfProjects.test(total === parts, () => `${what} at ${release}: ${total} against ${parts}`);
  for (const measure of SEX_MEASURES)
    adds(
      `outcomes ${measure}`,
      shown.outcomes[measure],
      shown.outcomes.projects.reduce((a, p) => a + p[measure], 0),
    );
  for (const field of ['arrearsCents', 'repaidCents', 'withheldCents'] as const)
    adds(
      `debt ${field}`,
      shown.debt[field],
      shown.debt.projects.reduce((a, p) => a + p[field], 0n),
    );
  adds(
    'funding allowances committed',
    shown.funding.allowancesCommittedCents,
    shown.funding.projects.reduce((a, p) => a + p.allowancesCommittedCents, 0n),
  );
  for (const project of shown.debt.projects) {
    const funding = shown.funding.projects.find((p) => p.code === project.code)!;
    checks.withheldSame.test(
      funding.withheldCents === project.withheldCents,
      () => `${project.code} at ${release}: ${funding.withheldCents} against ${project.withheldCents}`,
    );
    const exactProject = exact.debt.projects.find((p) => p.code === project.code)!;
    for (const field of ['arrearsCents', 'repaidCents', 'withheldCents'] as const) {
      checks.noiseBound.test(
        (project[field] > exactProject[field] ? project[field] - exactProject[field] : exactProject[field] - project[field]) <= 275_050n,
        () => `${project.code} ${field} at ${release}: ${project[field]} against ${exactProject[field]}`,
      );
      previous.compare(checks.moneyNotDown, `${project.code} ${field}`, euros(exactProject[field]), euros(project[field]), release);
    }
    if (exactProject.outstandingCents >= 0n)
      checks.outstandingSign.test(
        project.outstandingCents >= 0n,
        () =>
          `${project.code} at ${release}: outstanding ${euros(project.outstandingCents)} euro (exact ${euros(exactProject.outstandingCents)})`,
      );
  }
  for (const row of shown.participation) {
    reachedAt.set(`${row.code} ${release.slice(0, 7)}`, row.peopleReached);
    for (const point of row.cumulative) {
      const then = reachedAt.get(`${row.code} ${point.month}`);
      if (then !== undefined)
        checks.reachSeries.test(
          then === point.value,
          () => `${row.code} ${point.month}: ${then} then, ${point.value} in the series of ${release}`,
        );
    }
  }
}

/** The finest cells of a project's own scope: ESF by sex and outcomes' contract types are one cell each. */
function checkFinestBounds(checks: Checks, code: string, release: string, exact: Exact, shown: Shown): void {
  exact.esf.indicators.forEach((row, i) => {
    if (row.code === 'PARTICIPANTS') return; // the sum of the outcomes' four cells per sex
    for (const column of ['women', 'men'] as const) {
      const published = shown.esf[i]![column];
      if (published !== null)
        checks.noiseBound.test(
          Math.abs(published - row[column]) <= 5,
          () => `${code} ${row.code} ${column} at ${release}: ${published} against ${row[column]}`,
        );
    }
  });
  const partition = ['inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
  for (const row of exact.outcomes.bySex) {
    const view = shown.outcomes.bySex.find((r) => r.sex === row.sex)!;
    for (const measure of partition) {
      const published = view[measure];
      if (published !== null)
        checks.noiseBound.test(
          Math.abs(published - row[measure]) <= 5,
          () => `${code} ${measure} ${row.sex} at ${release}: ${published} against ${row[measure]}`,
        );
    }
  }
  for (const row of exact.outcomes.byContractType) {
    const published = shown.outcomes.byContractType.find((c) => c.contractType === row.contractType)!.count;
    if (published !== null)
      checks.noiseBound.test(
        Math.abs(published - row.count) <= 5,
        () => `${code} ${row.contractType} at ${release}: ${published} against ${row.count}`,
      );
  }
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

function row(label: string, cells: string[]): string {
  return `| ${label} | ${cells.join(' | ')} |`;
}

function printTable(columns: { title: string; measures: Record<Method, Measures> }[]): void {
  const header = columns.flatMap((c) => METHODS.map((method) => `${c.title} ${method}`));
  console.log(row('measure', header));
  console.log(
    row(
      '---',
      header.map(() => '---:'),
    ),
  );
  const each = (pick: (m: Measures) => string) => columns.flatMap((c) => METHODS.map((method) => pick(c.measures[method])));
  const share = (label: string, key: keyof Measures) =>
    console.log(
      row(
        label,
        each((m) => (m[key] as Share).toString()),
      ),
    );
  const format = (value: number, digits: number) =>
    value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const errors = (label: string, key: keyof Measures, unit: string, maxDigits: number) =>
    console.log(
      row(
        label,
        each((m) => {
          const e = m[key] as Errors;
          return e.n === 0 ? '–' : `${format(e.meanAbs(), 2)} / ${format(e.max, maxDigits)}${unit}`;
        }),
      ),
    );
  share(`project level: ESF cells published (women, men, total × ${ESF_INDICATORS.length} indicators)`, 'projectEsf');
  share('project level: outcome cells published (5 measures by sex, 5 contract types)', 'projectOutcomes');
  share('project level: those cells whose exact value is ≥ 1, published', 'projectNonZero');
  share('all projects: ESF cells published', 'programmeEsf');
  share('all projects: outcome cells published', 'programmeOutcomes');
  share('all projects: cells whose exact value is ≥ threshold, published', 'programmeLarge');
  share('people-reached months shown (each project, each release)', 'reachMonths');
  share('debt months shown (each project and all projects, each release)', 'debtMonths');
  errors('noise, project-level cells published: mean abs / max error (people)', 'projectCellNoise', '', 0);
  errors('noise, project totals (outcomes, people reached, attendances, headcounts): mean abs / max', 'projectTotalNoise', '', 0);
  console.log(
    row(
      'people reached per project: mean signed error (bias)',
      each((m) =>
        m.reachedNoise.n === 0 ? '–' : `${m.reachedNoise.meanSigned() >= 0 ? '+' : ''}${m.reachedNoise.meanSigned().toFixed(2)}`,
      ),
    ),
  );
  errors('noise, all-projects counts published (ESF, outcomes): mean abs / max', 'programmeNoise', '', 0);
  errors('noise, debt per project (arrears, repaid, withheld): mean abs / max (euro)', 'moneyNoise', ' €', 2);
  errors('noise, allowances committed per project: mean abs / max (euro)', 'allowanceNoise', ' €', 2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,3' },
      from: { type: 'string' },
      to: { type: 'string', default: '2021-06-30' },
      threshold: { type: 'string', default: '10' },
      key: { type: 'string', default: DEFAULT_KEY },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const scales = values.scales.split(',').map(Number);
  const threshold = Number(values.threshold);
  const isDate = (s: string | undefined) => s === undefined || /^\d{4}-\d{2}-\d{2}$/.test(s);
  if (scales.some((s) => !(s > 0))) throw new Error('--scales takes positive numbers');
  if (!isDate(values.from) || !isDate(values.to)) throw new Error('--from and --to take dates (YYYY-MM-DD)');
  const policy = disclosurePolicy(threshold, Buffer.from(values.key, 'utf8'));
  const disclosure = forPublication(policy);

  const log = createLogger('warn');
  const server = await benchServer('loss', log);
  const { admin } = server;

  const columns: { title: string; measures: Record<Method, Measures> }[] = [];
  const total: Record<Method, Measures> = { BEFORE: emptyMeasures(), AFTER: emptyMeasures() };
  const checks = new Checks();
  let from = values.from;
  let releasesPerScale = 0;
  try {
    for (const scale of scales) {
      const name = `quartieri_loss_${String(scale).replace('.', '_')}_${process.pid}`;
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
      let db: Database | undefined;
      try {
        db = await openDatabase(loadConfig({ DATABASE_URL: server.urlFor(name), LOG_LEVEL: 'warn' }), log);
        const summary = await seedDatabase(db.pool, { demoScale: scale });
        await db.pool.query('analyze');
        const projects = await db.query<{ code: string; start: string }>(
          'select code, start_date::text as start from project order by code',
        );
        const codes = projects.rows.map((p) => p.code);
        from ??= monthEnd(projects.rows.map((p) => p.start).sort()[0]!);
        const releases = releaseDates(from, values.to);
        releasesPerScale = releases.length;
        console.error(
          `Scale ${scale}: ${summary.people.toLocaleString('en')} people, ${summary.enrolments.toLocaleString('en')} enrolments, ` +
            `${summary.repayments.toLocaleString('en')} repayments; ${codes.length} projects; ${releases.length} releases ${releases[0]} … ${releases.at(-1)}`,
        );
        const measures: Record<Method, Measures> = { BEFORE: emptyMeasures(), AFTER: emptyMeasures() };
        const previous = new Previous();
        const reachedAt = new Map<string, number>();
        for (const release of releases) {
          const ownScope = new Map<string, Shown>();
          for (const code of [...codes, null]) {
            const scope: ReportScope = { projectCodes: code === null ? null : [code], asOf: release };
            const exact = await exactReports(db, scope);
            const outcomes = withEveryProject(exact.outcomes, code === null ? codes : [code]);
            const shown: Record<Method, Shown> = {
              BEFORE: {
                esf: baselineEsfView(exact.esf, threshold),
                outcomes: baselineOutcomesView(outcomes, threshold),
                participation: baselineParticipationView(exact.participation, threshold),
                debt: baselineDebtView(exact.debt),
                funding: baselineFundingView(exact.funding),
              },
              AFTER: {
                esf: esfView(exact.esf, disclosure, exact.outcomes),
                outcomes: outcomesView(outcomes, disclosure),
                participation: participationView(exact.participation, disclosure),
                debt: debtView(exact.debt, disclosure),
                funding: fundingView(exact.funding, disclosure, exact.outcomes),
              },
            };
            for (const method of METHODS) {
              if (code === null) measureProgramme(measures[method], exact, shown[method], threshold);
              else measureProject(measures[method], exact, shown[method]);
            }
            if (code === null) checkProgramme(checks, release, exact, shown.AFTER, ownScope, previous, reachedAt);
            else {
              ownScope.set(code, shown.AFTER);
              checkProject(checks, code, release, exact, shown.AFTER, previous);
              checkFinestBounds(checks, code, release, exact, shown.AFTER);
            }
          }
        }
        columns.push({ title: `scale ${scale}`, measures });
        for (const method of METHODS) mergeMeasures(total[method], measures[method]);
      } finally {
        await db?.close();
        await admin.query(`drop database if exists ${name} with (force)`);
      }
    }
  } finally {
    await server.stop();
  }

  const command = `npm run disclosure:loss -- --scales ${scales.join(',')} --from ${from} --to ${values.to} --threshold ${threshold}${values.key === DEFAULT_KEY ? '' : ' --key … (the key given, not printed)'}`;
  console.log(`\`${command}\``);
  console.log(
    `\nBEFORE: small-cell suppression as of 8d3566f (test/bench/disclosure-baseline.ts). AFTER: the cell key method (server/disclosure/), ` +
      `threshold ${threshold}. ${releasesPerScale} month-end releases per scale; each project in its own scope, and all projects.\n`,
  );
  if (columns.length > 1) columns.push({ title: 'all scales', measures: total });
  printTable(columns);
  console.log('\nChecks of the AFTER figures (all scales):');
  for (const check of checks.all()) {
    const checked = check.checked.toLocaleString('en');
    const outcome = check.failed === 0 ? `held in all ${checked}` : `did not hold in ${check.failed.toLocaleString('en')} of ${checked}`;
    const example = check.example ? ` (first: ${check.example})` : '';
    console.log(`- ${check.name} [${check.expected}]: ${outcome}${example}`);
  }
}

runCli(main);
