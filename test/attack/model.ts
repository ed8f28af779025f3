/**
 * The attacker's model: the public's answers turned into unknowns and linear constraints for the
 * solver (solver.ts), with everything an outsider knows about how the figures are made.
 *
 * Two layers of unknowns, per release date:
 * - the TRUE value of each finest cell: ESF indicator per project and sex; outcome measure
 *   (inProgress, employed, unsuccessful, withdrawn: a partition of the enrolled) per project and
 *   sex; employed exits per project and contract type; people reached, attendances and anonymous
 *   headcount per project; arrears, repaid and withheld (cents) per project; and one programme
 *   cell, the distinct people reached by all projects together;
 * - the PUBLISHED value of that cell (its perturbed value), when the model has noise: a published
 *   figure is the sum of the published values of the finest cells it covers (a total over sexes or
 *   projects adds up perturbed cells, docs/disclosure.md); each published value lies within the
 *   documented noise of the true one. With noise 0 (the old method: exact figures with blanks) the
 *   two layers are the same unknowns.
 *
 * The identities the public knows hold between true values, per project and date (each holds by
 * definition; the DB-backed suite checks them on exact figures): the ESF labour-market partition
 * and its subsets; ESF participants = outcomes enrolled, per sex; employed = the sum of the
 * contract types; the rules of the call when told (every participant unemployed at entry:
 * CO03 = CO05 = 0 and CO08 = CO07; a fixed withholding per unsuccessful exit; an allowance per
 * enrolment); the distinct people reached by all projects lie between the largest project's
 * people reached and their sum; and between dates: cumulative figures never decrease, and a flow
 * is a variable of its own (the difference of two consecutive dates).
 *
 * A null (hidden) figure says nothing by itself: secondary suppression hides cells of any value.
 * Figures the API derives (rates, shares, allowances committed, recovered, outstanding, the pace)
 * are checked against the published values; one the published values do not explain is taken as
 * computed from the true values, and noted in `findings`.
 */
import { BoundSolver, type Term } from './solver.js';

export const ESF_CODES = [
  'PARTICIPANTS',
  'INCOMPLETE',
  'CO01',
  'CO02',
  'CO03',
  'CO04',
  'CO05',
  'CO06',
  'CO07',
  'CO08',
  'CO09',
  'CO10',
  'CO11',
  'CO12',
  'CO13',
  'CO14',
  'CO15',
  'CO16',
  'CO17',
  'CO18',
  'CO19',
  'CR01',
  'CR02',
  'CR03',
  'CR04',
  'CR05',
  'CR06',
  'CR07',
  'CR08',
  'CR09',
] as const;
/** The partition of the enrolled: each a finest cell per project and sex. */
export const MEASURES = ['inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const;
export const CONTRACTS = ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'OTHER'] as const;
export const PARTICIPATION = ['peopleReached', 'attendances', 'anonymousHeadcount'] as const;
export const DEBT = ['arrears', 'repaid', 'withheld'] as const;
export type Sex = 'F' | 'M';
export const SEXES: readonly Sex[] = ['F', 'M'];
const SEX_OF: Record<string, Sex> = { FEMALE: 'F', MALE: 'M' };

export type Measure = (typeof MEASURES)[number];

/** Names of cells: finest ones (perturbed once each) and sums of them (true layer only). */
export const cell = {
  esf: (project: string, code: string, sex: Sex | 'T') => `esf/${project}/${code}/${sex}`,
  outcome: (project: string, measure: Measure | 'enrolled', sex: Sex | 'T') => `outcomes/${project}/${measure}/${sex}`,
  contract: (project: string, contract: string) => `contract/${project}/${contract}`,
  participation: (project: string, measure: (typeof PARTICIPATION)[number]) => `participation/${project}/${measure}`,
  debt: (project: string, measure: (typeof DEBT)[number]) => `debt/${project}/${measure}`,
  /** The distinct people reached by all projects together: a programme cell, not a project's. */
  reachDistinct: () => 'reach/ALL/distinct',
};

interface CellSpec {
  kind: 'count' | 'money';
  /** Never decreases from one date to a later one (a cumulative count or amount). */
  monotone: boolean;
  /** A sum of other cells (not perturbed itself); absent for a finest cell. */
  parts?: string[];
}

export function specOf(name: string): CellSpec {
  const [family, project, measure, sex] = name.split('/') as [string, string, string, string | undefined];
  switch (family) {
    case 'esf':
      return sex === 'T'
        ? { kind: 'count', monotone: true, parts: SEXES.map((s) => cell.esf(project, measure, s)) }
        : { kind: 'count', monotone: true };
    case 'outcomes': {
      const monotone = measure !== 'inProgress';
      if (sex === 'T') return { kind: 'count', monotone, parts: SEXES.map((s) => cell.outcome(project, measure as Measure, s)) };
      if (measure === 'enrolled') return { kind: 'count', monotone, parts: MEASURES.map((m) => cell.outcome(project, m, sex as Sex)) };
      return { kind: 'count', monotone };
    }
    case 'contract':
    case 'participation':
      return { kind: 'count', monotone: true };
    case 'debt':
      return { kind: 'money', monotone: true };
    case 'reach':
      return { kind: 'count', monotone: true };
    default:
      throw new Error(`unknown cell ${name}`);
  }
}

/** The bounds the public knows on the perturbation (docs/disclosure.md); 0 = exact figures. */
export interface Noise {
  /** A published count v of true n: |v − n| ≤ min(n, maxCount). */
  maxCount: number;
  /** A published amount: within this many cents of the true one. */
  maxMoneyCents: number;
  /** Families of cells taken as published exactly whatever the bounds say (a hypothesis: "this report is not perturbed"). */
  exactFamilies?: readonly Family[];
}

export type Family = 'esf' | 'outcomes' | 'contract' | 'participation' | 'debt' | 'reach';
export const FAMILIES: readonly Family[] = ['esf', 'outcomes', 'contract', 'participation', 'debt', 'reach'];

export const EXACT: Noise = Object.freeze({ maxCount: 0, maxMoneyCents: 0 });

/** What the public knows of the rules of the call (and may use). */
export interface Rules {
  /** Every participant is unemployed at entry: CO03 = CO05 = 0, CO08 = CO07. */
  everyoneUnemployed?: boolean;
  /** The allowance per enrolment, cents: allowances committed = allowance × enrolled. */
  allowanceCents?: number;
  /** Withheld per unsuccessful exit, cents: withheld = this × unsuccessful. */
  withheldPerUnsuccessfulCents?: number;
  /** Every participant is in arrears at entry, at most this many cents each (the documented limit of one record). */
  maxArrearsCents?: number;
}

export interface ModelOptions {
  /** Every project of the programme (the scope of a query for all projects). */
  projects: readonly string[];
  noise: Noise;
  rules?: Rules;
  /**
   * The same cell with the same true value is published the same on every date (the cell key has
   * no date): two different published values of a cumulative cell mean the true value grew.
   */
  sameValueSameNoise?: boolean;
  /** A published cumulative series (people reached) shows the largest published value so far at each month. */
  runningMaxSeries?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The public's answers, as the API gives them (a structural subset of the GraphQL types).

export interface EsfRowAnswer {
  code: string;
  women: number | null;
  men: number | null;
  total: number | null;
}

export interface ContractAnswer {
  contractType: string;
  count: number | null;
}

export interface OutcomeCountsAnswer {
  enrolled: number | null;
  inProgress: number | null;
  employed: number | null;
  unsuccessful: number | null;
  withdrawn: number | null;
  employmentRate: number | null;
  byContractType: ContractAnswer[];
}

export interface OutcomesAnswer extends OutcomeCountsAnswer {
  asOf: string;
  bySex: (OutcomeCountsAnswerBySex & { sex: string })[];
  projects: (OutcomeCountsAnswer & { projectCode: string })[];
}

export type OutcomeCountsAnswerBySex = Omit<OutcomeCountsAnswer, 'byContractType'>;

export interface ParticipationAnswer {
  projectCode: string;
  asOf: string;
  target: number;
  peopleReached: number | null;
  attendances: number | null;
  anonymousHeadcount: number | null;
  shareOfTarget: number | null;
  cumulative: { month: string; value: number }[];
  pacePerMonth: number | null;
  targetReachedMonth: string | null;
}

export interface FundingAnswer {
  asOf: string;
  allowancesCommitted: string;
  withheld: string;
  projects: { projectCode: string; allowancesCommitted: string; withheld: string }[];
}

export interface DebtAmountsAnswer {
  arrearsAtEnrolment: string;
  recoveredFromRepayments: string;
  recoveredFromWithholding: string;
  totalRecovered: string;
  outstanding: string;
  recoveryRate: number | null;
}

export interface DebtAnswer extends DebtAmountsAnswer {
  asOf: string;
  monthly: { month: string; repayments: string; withholding: string; total: string }[];
  projects: (DebtAmountsAnswer & { projectCode: string })[];
}

export interface ReachAnswer {
  asOf: string;
  distinct: number | null;
  sumOverProjects: number;
}

/** Everything one filter (projects, day) returned: `asOf` is the date the figures are as of. */
export interface PublicAnswers {
  asOf: string;
  /** null = all projects. */
  projectCodes: readonly string[] | null;
  esf?: readonly EsfRowAnswer[];
  outcomes?: OutcomesAnswer;
  participation?: readonly ParticipationAnswer[];
  funding?: FundingAnswer;
  debt?: DebtAnswer;
  peopleReached?: ReachAnswer;
}

/** "1234.56" → 123456 */
export function cents(money: string): number {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(money);
  if (!match) throw new Error(`not money: ${money}`);
  const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
}

// ---------------------------------------------------------------------------------------------
// Dates.

/** "2019-02" → "2019-02-28" */
export function endOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** A day minus some months, as PostgreSQL's `date - interval 'n months'` (the day clamped to the month's length). */
export function minusMonths(day: string, months: number): string {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function previousMonth(month: string): string {
  return minusMonths(`${month}-01`, 1).slice(0, 7);
}

// ---------------------------------------------------------------------------------------------

/** A figure's cells (added up) at a date, times a coefficient: a term of a derived figure. */
type GroupTerm = readonly [names: readonly string[], date: string, coefficient: number];

/** A derived figure: Σ terms = value ± tolerance, on the published figures or (when they do not explain it) the true values. */
interface Claim {
  label: string;
  /** Alternatives: the figure may be derived from any of these; the first one is the exact-value reading. */
  readings: GroupTerm[][];
  value: number;
  tolerance: number;
}

export interface CellVariable {
  name: string;
  date: string;
  variable: number;
}

export interface FlowVariable {
  name: string;
  from: string;
  to: string;
  variable: number;
}

export interface SolveResult {
  feasible: boolean;
  conflict?: string;
  settled: boolean;
}

const key = (name: string, date: string) => `${name}@${date}`;

export class AttackModel {
  readonly solver = new BoundSolver();
  /** Derived figures the published figures contradict (so taken as computed from the true values). */
  readonly findings: string[] = [];
  /** Derived figures the published figures can neither confirm nor contradict (left out). */
  readonly unchecked: string[] = [];
  private readonly trueVars = new Map<string, number>();
  private readonly publishedVars = new Map<string, number>();
  private readonly datesOf = new Map<string, Set<string>>();
  private readonly publishedDatesOf = new Map<string, Set<string>>();
  private readonly projectDates = new Map<string, Set<string>>();
  private readonly claims: Claim[] = [];
  /** Every published figure: its finest cells and date → its value. */
  private readonly figures = new Map<string, number>();
  private readonly flows: FlowVariable[] = [];
  /** The published distinct people reached by all projects, by date (a running maximum: read at finalize). */
  private readonly distinctReached = new Map<string, number>();
  private readonly exact: boolean;
  private finalized = false;

  constructor(private readonly options: ModelOptions) {
    this.exact = options.noise.maxCount === 0 && options.noise.maxMoneyCents === 0;
  }

  /** The true value of a cell at a date. */
  x(name: string, date: string): number {
    const k = key(name, date);
    const existing = this.trueVars.get(k);
    if (existing !== undefined) return existing;
    const spec = specOf(name);
    const variable = spec.parts
      ? this.solver.expression(
          k,
          spec.parts.map((part) => [this.x(part, date), 1] as const),
          0,
        )
      : this.solver.variable(k);
    this.trueVars.set(k, variable);
    this.remember(this.datesOf, name, date);
    if (name !== cell.reachDistinct()) this.remember(this.projectDates, name.split('/')[1]!, date);
    return variable;
  }

  /** The published value of a finest cell at a date (the true one when the model is exact). */
  v(name: string, date: string): number {
    const spec = specOf(name);
    if (spec.parts) throw new Error(`${name} is a sum, not a published cell`);
    const truth = this.x(name, date);
    if (this.exact || this.options.noise.exactFamilies?.includes(name.split('/')[0] as Family)) return truth;
    const k = key(name, date);
    const existing = this.publishedVars.get(k);
    if (existing !== undefined) return existing;
    const published = this.solver.variable(`published ${k}`);
    this.publishedVars.set(k, published);
    this.remember(this.publishedDatesOf, name, date);
    if (spec.kind === 'count') {
      const d = this.options.noise.maxCount;
      // |v − n| ≤ min(n, D): within D, and v ≤ 2n (so 0 stays 0 and a published 0 means n ≤ D).
      this.solver.constrain(
        [
          [published, 1],
          [truth, -1],
        ],
        -d,
        d,
        `noise of ${k}`,
      );
      this.solver.atMost(
        [
          [published, 1],
          [truth, -2],
        ],
        0,
        `noise of ${k} never more than the count`,
      );
    } else {
      const m = this.options.noise.maxMoneyCents;
      this.solver.constrain(
        [
          [published, 1],
          [truth, -1],
        ],
        -m,
        m,
        `noise of ${k}`,
      );
      // 0 stays 0: v ≤ (m + 1)·x allows up to x + m once x ≥ 1 cent.
      this.solver.atMost(
        [
          [published, 1],
          [truth, -(m + 1)],
        ],
        0,
        `noise of ${k}: nothing stays nothing`,
      );
    }
    return published;
  }

  private remember(map: Map<string, Set<string>>, name: string, date: string): void {
    const set = map.get(name) ?? new Set<string>();
    set.add(date);
    map.set(name, set);
  }

  /** A published figure: the sum of the published values of the finest cells it covers. */
  private publish(names: readonly string[], date: string, value: number | null, label: string): void {
    if (value === null) return;
    const terms = this.publishedCells(names).map((name) => [this.v(name, date), 1] as const);
    this.solver.equal(terms, value, `${label} @ ${date} = ${value}`);
    this.figures.set(this.figureKey(names, date), value);
  }

  private figureKey(names: readonly string[], date: string): string {
    return `${this.publishedCells(names).sort().join('+')}@${date}`;
  }

  /**
   * The perturbed cells whose published values a figure adds up: its finest cells, except the ESF
   * participants of a project and sex, published as the outcomes' enrolled (the same people, the
   * same figure: the sum of the published partition).
   */
  private publishedCells(names: readonly string[]): string[] {
    return this.finest(names).flatMap((name) => {
      const [family, project, code, sex] = name.split('/') as [string, string, string, Sex];
      return family === 'esf' && code === 'PARTICIPANTS' ? MEASURES.map((m) => cell.outcome(project, m, sex)) : [name];
    });
  }

  /** The finest cells a list of cells adds up to (repeated as often as they count). */
  private finest(names: readonly string[]): string[] {
    return names.flatMap((name) => {
      const parts = specOf(name).parts;
      return parts ? this.finest(parts) : [name];
    });
  }

  private claim(label: string, readings: GroupTerm[][], value: number, tolerance = 1e-6): void {
    // In an exact model the claim holds of the true values: their cells get identities and flows (made at finalize).
    if (this.exact) for (const [names, date] of readings[0]!) for (const name of this.finest(names)) this.x(name, date);
    this.claims.push({ label, readings, value, tolerance });
  }

  private scope(answers: PublicAnswers): readonly string[] {
    return answers.projectCodes ?? this.options.projects;
  }

  // -------------------------------------------------------------------------------------------
  // Answers.

  /** Adds everything one filter's answers say. */
  add(answers: PublicAnswers): void {
    if (answers.esf) this.addEsf(answers);
    if (answers.outcomes) this.addOutcomes(answers, answers.outcomes);
    if (answers.participation) for (const row of answers.participation) this.addParticipation(row);
    if (answers.funding) this.addFunding(answers, answers.funding);
    if (answers.debt) this.addDebt(answers, answers.debt);
    if (answers.peopleReached) this.addReach(answers, answers.peopleReached);
  }

  /**
   * People reached over a scope: the sum over its projects is theirs (a derived figure); the
   * distinct count is one project's published figure, or for all projects the programme cell,
   * published as the running maximum of its month-end draws (read at finalize).
   */
  private addReach(answers: PublicAnswers, reach: ReachAnswer): void {
    const projects = this.scope(answers);
    const date = reach.asOf;
    const label = projects.length === 1 ? projects[0]! : answers.projectCodes === null ? 'all' : 'scope';
    const reached = (p: string): GroupTerm => [[cell.participation(p, 'peopleReached')], date, 1];
    this.claim(`reach ${label} sumOverProjects @ ${date}`, [projects.map(reached)], reach.sumOverProjects, 0.5);
    if (reach.distinct === null) return;
    if (projects.length === 1) this.claim(`reach ${label} distinct @ ${date}`, [[reached(projects[0]!)]], reach.distinct, 0.5);
    else if (projects.length === this.options.projects.length) this.distinctReached.set(date, reach.distinct);
    else this.findings.push(`reach ${label} distinct @ ${date} = ${reach.distinct}: a distinct count for a set of projects short of all`);
  }

  /**
   * The programme cell as published at each date: with a running maximum, a new high at the month
   * end after the date before is that month's own draw, otherwise an upper bound of it; and the
   * truth is at least what any earlier draw allows (each draw is at most n + min(n, D) of a true
   * count n that never decreases).
   */
  private distinctReachedFigures(): void {
    const name = cell.reachDistinct();
    let previous: { date: string; value: number } | null = null;
    for (const [date, value] of [...this.distinctReached].sort(([a], [b]) => a.localeCompare(b))) {
      if (this.exact || !this.options.runningMaxSeries) {
        this.publish([name], date, value, 'reach all distinct');
        continue;
      }
      const published = this.v(name, date);
      const label = `reach all distinct @ ${date} = ${value}`;
      const newHigh = previous !== null && endOfMonth(previousMonth(date.slice(0, 7))) === previous.date && value > previous.value;
      if (newHigh) this.solver.equal([[published, 1]], value, label);
      else this.solver.constrain([[published, 1]], 0, value, label);
      const truth = this.x(name, date);
      this.solver.atLeast([[truth, 1]], value - this.options.noise.maxCount, `${label}: truth ≥ published − D`);
      this.solver.atLeast([[truth, 2]], value, `${label}: truth ≥ published / 2`);
      previous = { date, value };
    }
  }

  /** The distinct people reached by all projects lie between the largest project's people reached and their sum. */
  private reachIdentities(): void {
    const name = cell.reachDistinct();
    for (const date of [...(this.datesOf.get(name) ?? [])]) {
      const distinct = this.x(name, date);
      const projects = this.options.projects.map((p) => this.x(cell.participation(p, 'peopleReached'), date));
      this.solver.atMost([[distinct, 1], ...projects.map((v): Term => [v, -1])], 0, `reach @ ${date}: distinct ≤ Σ projects`);
      for (const [i, v] of projects.entries()) {
        this.solver.atLeast(
          [
            [distinct, 1],
            [v, -1],
          ],
          0,
          `reach @ ${date}: distinct ≥ ${this.options.projects[i]}`,
        );
      }
    }
  }

  private addEsf(answers: PublicAnswers): void {
    const projects = this.scope(answers);
    const date = answers.asOf;
    for (const row of answers.esf!) {
      const label = `esf ${projects.length === 1 ? projects[0] : 'scope'} ${row.code}`;
      const of = (sexes: readonly Sex[]) => projects.flatMap((p) => sexes.map((s) => cell.esf(p, row.code, s)));
      this.publish(of(['F']), date, row.women, `${label} women`);
      this.publish(of(['M']), date, row.men, `${label} men`);
      this.publish(of(SEXES), date, row.total, `${label} total`);
    }
  }

  private addCounts(
    projects: readonly string[],
    sexes: readonly Sex[],
    date: string,
    counts: OutcomeCountsAnswer | OutcomeCountsAnswerBySex,
    label: string,
  ) {
    const of = (measure: Measure | 'enrolled') => projects.flatMap((p) => sexes.map((s) => cell.outcome(p, measure, s)));
    this.publish(of('enrolled'), date, counts.enrolled, `${label} enrolled`);
    for (const measure of MEASURES) this.publish(of(measure), date, counts[measure], `${label} ${measure}`);
    if (counts.employmentRate !== null) {
      // employed − rate × (employed + unsuccessful + withdrawn) = 0
      const r = counts.employmentRate;
      const terms: GroupTerm[] = [
        [of('employed'), date, 1 - r],
        [of('unsuccessful'), date, -r],
        [of('withdrawn'), date, -r],
      ];
      this.claim(`${label} employmentRate @ ${date} = ${r}`, [terms], 0, 1e-6);
    }
    if ('byContractType' in counts) {
      for (const c of counts.byContractType) {
        this.publish(
          projects.map((p) => cell.contract(p, c.contractType)),
          date,
          c.count,
          `${label} contract ${c.contractType}`,
        );
      }
    }
  }

  private addOutcomes(answers: PublicAnswers, outcomes: OutcomesAnswer): void {
    const projects = this.scope(answers);
    const date = outcomes.asOf;
    const name = projects.length === 1 ? projects[0]! : 'scope';
    this.addCounts(projects, SEXES, date, outcomes, `outcomes ${name}`);
    for (const row of outcomes.bySex) this.addCounts(projects, [SEX_OF[row.sex]!], date, row, `outcomes ${name} ${row.sex}`);
    for (const row of outcomes.projects) this.addCounts([row.projectCode], SEXES, date, row, `outcomes ${row.projectCode}`);
  }

  private addParticipation(row: ParticipationAnswer): void {
    const p = row.projectCode;
    const date = row.asOf;
    const reached = cell.participation(p, 'peopleReached');
    this.publish([cell.participation(p, 'attendances')], date, row.attendances, `${p} attendances`);
    this.publish([cell.participation(p, 'anonymousHeadcount')], date, row.anonymousHeadcount, `${p} anonymousHeadcount`);
    const pointDate = (month: string) => (month === date.slice(0, 7) ? date : endOfMonth(month));
    if (this.exact || !this.options.runningMaxSeries) {
      this.publish([reached], date, row.peopleReached, `${p} peopleReached`);
      for (const point of row.cumulative) this.publish([reached], pointDate(point.month), point.value, `${p} cumulative ${point.month}`);
    } else {
      // Each point is the largest published value so far: a new high is the month's own published value, else an upper bound of it.
      let previous: number | null = null;
      for (const point of row.cumulative) {
        const at = pointDate(point.month);
        const published = this.v(reached, at);
        const label = `${p} cumulative ${point.month} @ ${date} = ${point.value}`;
        if (previous === null || point.value > previous) this.solver.equal([[published, 1]], point.value, label);
        else this.solver.constrain([[published, 1]], 0, point.value, label);
        this.figures.set(this.figureKey([reached], at), point.value);
        previous = point.value;
      }
      // Before the project's first month the series is empty and nobody is reached: a figure of 0, not a cell.
      if (row.cumulative.length === 0) this.figures.set(this.figureKey([reached], date), 0);
      const last = row.cumulative.at(-1)?.value ?? 0;
      if (row.peopleReached !== last)
        this.findings.push(`${p} peopleReached @ ${date} = ${row.peopleReached}: not the series' last point ${last}`);
    }
    if (row.shareOfTarget !== null && row.target > 0) {
      this.claim(`${p} shareOfTarget @ ${date}`, [[[[reached], date, 1]]], row.shareOfTarget * row.target, 1e-6 * row.target);
    }
    if (row.pacePerMonth !== null) {
      // 3 × pace = reached(asOf) − reached(three months before): as of that day, or of a release near it.
      const before = minusMonths(date, 3);
      const readings = [...new Set([before, endOfMonth(before.slice(0, 7)), endOfMonth(previousMonth(before.slice(0, 7)))])].map(
        (d): GroupTerm[] => [
          [[reached], date, 1],
          [[reached], d, -1],
        ],
      );
      // Three months back lies before the series: nobody reached then.
      readings.push([[[reached], date, 1]]);
      this.claim(`${p} pacePerMonth @ ${date} = ${row.pacePerMonth}`, readings, 3 * row.pacePerMonth, 1e-6);
    }
    if (row.targetReachedMonth !== null) this.targetReached(row, reached);
  }

  /** targetReachedMonth m: reached(end of m) ≥ target > reached(end of m − 1). */
  private targetReached(row: ParticipationAnswer, reached: string): void {
    const m = row.targetReachedMonth!;
    const series = new Map(row.cumulative.map((point) => [point.month, point.value]));
    const at = series.get(m);
    const before = series.get(previousMonth(m));
    const explained = at !== undefined && at >= row.target && (before === undefined || before < row.target);
    const contradicted = (at !== undefined && at < row.target) || (before !== undefined && before >= row.target);
    if (explained && !contradicted) return;
    if (!this.exact && !contradicted) {
      this.unchecked.push(`${row.projectCode} targetReachedMonth ${m} @ ${row.asOf}`);
      return;
    }
    if (!this.exact) this.findings.push(`${row.projectCode} targetReachedMonth ${m} @ ${row.asOf}: contradicts the published series`);
    const monthDate = (month: string) => (month === row.asOf.slice(0, 7) ? row.asOf : endOfMonth(month));
    this.solver.atLeast([[this.x(reached, monthDate(m)), 1]], row.target, `${row.projectCode} target reached in ${m}`);
    this.solver.atMost(
      [[this.x(reached, endOfMonth(previousMonth(m))), 1]],
      row.target - 1,
      `${row.projectCode} target not reached before ${m}`,
    );
  }

  private addFunding(answers: PublicAnswers, funding: FundingAnswer): void {
    const date = funding.asOf;
    const allowance = this.options.rules?.allowanceCents;
    const rows = [
      ...funding.projects.map((row) => ({ projects: [row.projectCode], row, label: `funding ${row.projectCode}` })),
      { projects: this.scope(answers), row: funding, label: 'funding scope' },
    ];
    for (const { projects, row, label } of rows) {
      if (allowance) {
        const enrolled: GroupTerm = [projects.map((p) => cell.outcome(p, 'enrolled', 'T')), date, allowance];
        this.claim(`${label} allowancesCommitted @ ${date}`, [[enrolled]], cents(row.allowancesCommitted), 0.5);
      }
      // The same cell as debt's withheld.
      this.claim(`${label} withheld @ ${date}`, [[[projects.map((p) => cell.debt(p, 'withheld')), date, 1]]], cents(row.withheld), 0.5);
    }
  }

  private addDebt(answers: PublicAnswers, debt: DebtAnswer): void {
    const date = debt.asOf;
    const rows = [
      ...debt.projects.map((row) => ({ projects: [row.projectCode], row, label: `debt ${row.projectCode}` })),
      { projects: this.scope(answers), row: debt as DebtAmountsAnswer, label: 'debt scope' },
    ];
    for (const { projects, row, label } of rows) {
      const of = (measure: (typeof DEBT)[number]) => projects.map((p) => cell.debt(p, measure));
      this.publish(of('arrears'), date, cents(row.arrearsAtEnrolment), `${label} arrears`);
      this.publish(of('repaid'), date, cents(row.recoveredFromRepayments), `${label} repaid`);
      this.publish(of('withheld'), date, cents(row.recoveredFromWithholding), `${label} withheld`);
      const recovered: GroupTerm[] = [
        [of('repaid'), date, 1],
        [of('withheld'), date, 1],
      ];
      this.claim(`${label} totalRecovered @ ${date}`, [recovered], cents(row.totalRecovered), 0.5);
      const outstanding: GroupTerm[] = [[of('arrears'), date, 1], ...recovered.map(([names, d]): GroupTerm => [names, d, -1])];
      this.claim(`${label} outstanding @ ${date}`, [outstanding], cents(row.outstanding), 0.5);
      if (row.recoveryRate !== null) {
        const r = row.recoveryRate;
        this.claim(`${label} recoveryRate @ ${date} = ${r}`, [[...recovered, [of('arrears'), date, -r]]], 0, 1e-3);
      }
    }
    const projects = this.scope(answers);
    for (const point of debt.monthly) {
      const pointDate = point.month === date.slice(0, 7) ? date : endOfMonth(point.month);
      const of = (measure: (typeof DEBT)[number]) => projects.map((p) => cell.debt(p, measure));
      this.publish(of('repaid'), pointDate, cents(point.repayments), `debt monthly ${point.month} repaid`);
      this.publish(of('withheld'), pointDate, cents(point.withholding), `debt monthly ${point.month} withheld`);
      this.claim(
        `debt monthly ${point.month} total`,
        [
          [
            [of('repaid'), pointDate, 1],
            [of('withheld'), pointDate, 1],
          ],
        ],
        cents(point.total),
        0.5,
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // What the public knows without asking.

  private identities(project: string, date: string): void {
    const rules = this.options.rules ?? {};
    const at = (name: string) => this.x(name, date);
    const label = `${project} @ ${date}`;
    const term = (name: string, coefficient = 1): Term => [at(name), coefficient];
    for (const sex of SEXES) {
      const esf = (code: string) => cell.esf(project, code, sex);
      const complete: Term[] = [term(esf('PARTICIPANTS')), term(esf('INCOMPLETE'), -1)];
      this.solver.equal(
        [...complete, ...['CO01', 'CO03', 'CO05'].map((code) => term(esf(code), -1))],
        0,
        `${label} ${sex}: PARTICIPANTS = INCOMPLETE + CO01 + CO03 + CO05`,
      );
      for (const [part, whole] of [
        ['CO02', 'CO01'],
        ['CO04', 'CO03'],
        ['CO08', 'CO07'],
        ['CO13', 'CO12'],
        ['CR01', 'CO03'],
        ['CR08', 'CR06'],
        ['CR09', 'CR06'],
      ] as const) {
        this.solver.atMost([term(esf(part)), term(esf(whole), -1)], 0, `${label} ${sex}: ${part} ≤ ${whole}`);
      }
      this.solver.atMost([term(esf('CO08')), term(esf('CO01'), -1), term(esf('CO04'), -1)], 0, `${label} ${sex}: CO08 ≤ CO01 + CO04`);
      // Every indicator but the totals counts complete records only.
      for (const code of ESF_CODES.slice(2)) {
        this.solver.atMost([term(esf(code)), ...complete.map(([v, a]): Term => [v, -a])], 0, `${label} ${sex}: ${code} ≤ complete`);
      }
      for (const group of [
        ['CO06', 'CO07'],
        ['CO09', 'CO10', 'CO11'],
      ]) {
        this.solver.atMost(
          [...group.map((code) => term(esf(code))), ...complete.map(([v, a]): Term => [v, -a])],
          0,
          `${label} ${sex}: ${group.join(' + ')} ≤ complete`,
        );
      }
      if (rules.everyoneUnemployed) {
        this.solver.equal([term(esf('CO03'))], 0, `${label} ${sex}: CO03 = 0 (rules of the call)`);
        this.solver.equal([term(esf('CO05'))], 0, `${label} ${sex}: CO05 = 0 (rules of the call)`);
        this.solver.equal([term(esf('CO08')), term(esf('CO07'), -1)], 0, `${label} ${sex}: CO08 = CO07 (rules of the call)`);
      }
      // ESF participants are the enrolments, as the outcomes count them.
      const out = (measure: Measure) => cell.outcome(project, measure, sex);
      this.solver.equal(
        [term(esf('PARTICIPANTS')), ...MEASURES.map((m) => term(out(m), -1))],
        0,
        `${label} ${sex}: PARTICIPANTS = enrolled`,
      );
      const exits = (['employed', 'unsuccessful', 'withdrawn'] as const).map((m) => term(out(m), -1));
      for (const code of ['CR01', 'CR02', 'CR03', 'CR04', 'CR05', 'CR06', 'CR07', 'CR08', 'CR09'])
        this.solver.atMost([term(esf(code)), ...exits], 0, `${label} ${sex}: ${code} ≤ exits`);
      this.solver.atMost([term(esf('CR04')), term(out('employed'), -1)], 0, `${label} ${sex}: CR04 ≤ employed`);
      // Employed exits with incomplete data are among the incomplete records.
      this.solver.atMost(
        [term(out('employed')), term(esf('CR04'), -1), term(esf('INCOMPLETE'), -1)],
        0,
        `${label} ${sex}: employed − CR04 ≤ INCOMPLETE`,
      );
    }
    const employed = SEXES.map((sex) => term(cell.outcome(project, 'employed', sex), -1));
    this.solver.equal([...CONTRACTS.map((c) => term(cell.contract(project, c))), ...employed], 0, `${label}: employed = Σ contract types`);
    const enrolled = SEXES.flatMap((sex) => MEASURES.map((m) => cell.outcome(project, m, sex)));
    if (rules.withheldPerUnsuccessfulCents) {
      this.solver.equal(
        [
          term(cell.debt(project, 'withheld')),
          ...SEXES.map((sex) => term(cell.outcome(project, 'unsuccessful', sex), -rules.withheldPerUnsuccessfulCents!)),
        ],
        0,
        `${label}: withheld = ${rules.withheldPerUnsuccessfulCents} × unsuccessful`,
      );
    }
    if (rules.maxArrearsCents) {
      this.solver.atLeast(
        [term(cell.debt(project, 'arrears')), ...enrolled.map((name) => term(name, -1))],
        0,
        `${label}: arrears ≥ 1 cent × enrolled`,
      );
      this.solver.atMost(
        [term(cell.debt(project, 'arrears')), ...enrolled.map((name) => term(name, -rules.maxArrearsCents!))],
        0,
        `${label}: arrears ≤ limit × enrolled`,
      );
    }
  }

  /** Identities per project and date, and the flows between consecutive dates. Called by solve. */
  private finalize(): void {
    if (this.finalized) return;
    this.distinctReachedFigures();
    this.reachIdentities();
    for (const [project, dates] of [...this.projectDates]) for (const date of [...dates]) this.identities(project, date);
    // Totals over sex and enrolled per sex, for reading (and their flows).
    for (const [project, dates] of [...this.projectDates]) {
      for (const date of [...dates]) {
        for (const code of ESF_CODES) this.x(cell.esf(project, code, 'T'), date);
        for (const m of [...MEASURES, 'enrolled'] as const)
          for (const s of [...SEXES, 'T'] as const) this.x(cell.outcome(project, m, s), date);
      }
    }
    this.finalized = true;
    for (const [name, dates] of this.datesOf) {
      const spec = specOf(name);
      const sorted = [...dates].sort();
      for (let i = 1; i < sorted.length; i += 1) {
        const [from, to] = [sorted[i - 1]!, sorted[i]!];
        const variable = this.solver.expression(
          `flow ${name} ${from} → ${to}`,
          [
            [this.trueVars.get(key(name, to))!, 1],
            [this.trueVars.get(key(name, from))!, -1],
          ],
          spec.monotone ? 0 : -Infinity,
        );
        this.flows.push({ name, from, to, variable });
      }
    }
  }

  /** The value of Σ terms from the published figures (or published cells the solver determined); null when unknown. */
  private publishedValue(terms: readonly GroupTerm[]): number | null {
    let sum = 0;
    for (const [names, date, a] of terms) {
      let value = this.figures.get(this.figureKey(names, date));
      if (value === undefined) {
        value = 0;
        for (const name of this.publishedCells(names)) {
          const k = key(name, date);
          const variable = this.publishedVars.get(k) ?? this.trueVars.get(k);
          if (variable === undefined || !this.solver.pinned(variable)) return null;
          value += this.solver.bounds(variable).lo;
        }
      }
      sum += a * value;
    }
    return sum;
  }

  private applyClaims(): void {
    for (const claim of this.claims) {
      const values = claim.readings.map((reading) => this.publishedValue(reading));
      if (values.some((value) => value !== null && Math.abs(value - claim.value) <= claim.tolerance)) continue;
      const checkable = values.some((value) => value !== null);
      if (!this.exact) {
        if (!checkable) {
          this.unchecked.push(claim.label);
          continue;
        }
        this.findings.push(`${claim.label}: not what the published figures give, so taken as computed from true values`);
      }
      // Not explained by the published figures: computed from the true values (the first reading).
      this.solver.constrain(
        claim.readings[0]!.flatMap(([names, date, a]) => this.finest(names).map((name): Term => [this.x(name, date), a])),
        claim.value - claim.tolerance,
        claim.value + claim.tolerance,
        claim.label,
      );
    }
  }

  /** Two different published values of a cumulative cell: its true value grew in between. */
  private distinctPublishedValues(): void {
    for (const [name, dates] of this.publishedDatesOf) {
      if (!specOf(name).monotone) continue;
      const sorted = [...dates].sort();
      for (let i = 1; i < sorted.length; i += 1) {
        const [a, b] = [this.publishedVars.get(key(name, sorted[i - 1]!))!, this.publishedVars.get(key(name, sorted[i]!))!];
        if (!this.solver.pinned(a) || !this.solver.pinned(b) || this.solver.bounds(a).lo === this.solver.bounds(b).lo) continue;
        this.solver.atLeast(
          [
            [this.trueVars.get(key(name, sorted[i]!))!, 1],
            [this.trueVars.get(key(name, sorted[i - 1]!))!, -1],
          ],
          1,
          `${name}: published ${sorted[i - 1]} ≠ ${sorted[i]}, so the true value grew`,
        );
      }
    }
  }

  /**
   * Propagates everything the answers say, then the derived figures, then (optionally) shaves the
   * chosen variables. Infeasible means the answers contradict the model (a bug on either side).
   */
  solve(options: { shave?: (variable: CellVariable | FlowVariable) => boolean } = {}): SolveResult {
    this.finalize();
    let result = this.solver.propagate();
    if (!result.feasible) return result;
    this.applyClaims();
    if (!this.exact && this.options.sameValueSameNoise) this.distinctPublishedValues();
    result = this.solver.propagate();
    if (!result.feasible || !options.shave) return result;
    const chosen = [...this.cells(), ...this.flowVariables()].filter(options.shave).map((c) => c.variable);
    if (!this.solver.shave(chosen)) return { feasible: false, conflict: 'shaving found no solution', settled: true };
    return { feasible: true, settled: true };
  }

  /** Every true cell the model holds, finest and sums. */
  *cells(): Generator<CellVariable> {
    for (const [k, variable] of this.trueVars) {
      const at = k.lastIndexOf('@');
      yield { name: k.slice(0, at), date: k.slice(at + 1), variable };
    }
  }

  flowVariables(): readonly FlowVariable[] {
    return this.flows;
  }

  /** The change of a cell from one date to a later one: its flow variable, or a new expression (propagated). */
  difference(name: string, from: string, to: string): number {
    const flow = this.flows.find((f) => f.name === name && f.from === from && f.to === to);
    if (flow) return flow.variable;
    const [a, b] = [this.trueVars.get(key(name, to)), this.trueVars.get(key(name, from))];
    if (a === undefined || b === undefined) throw new Error(`no cell ${name} at ${from} and ${to}`);
    const variable = this.solver.expression(
      `${name} ${from} → ${to}`,
      [
        [a, 1],
        [b, -1],
      ],
      specOf(name).monotone ? 0 : -Infinity,
    );
    this.solver.propagate();
    return variable;
  }

  bounds(variable: number) {
    return this.solver.bounds(variable);
  }

  /** The true cell's variable, if the model has it. */
  find(name: string, date: string): number | undefined {
    return this.trueVars.get(key(name, date));
  }
}
