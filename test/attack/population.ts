/**
 * Small synthetic populations in memory, and the exact reports they give as of any day: the
 * objects the reporting functions return (server/reporting/*.ts), computed here by the same
 * definitions (docs/indicators.md, the SQL of esf.sql and of each report), so that the public
 * views can be tried on populations no database has to hold.
 */
import { addDays, addMonths } from '../../server/dates.js';
import type { DebtResult } from '../../server/reporting/debt.js';
import type { EsfResult, IndicatorRow } from '../../server/reporting/esf-indicators.js';
import { ESF_INDICATORS } from '../../server/reporting/esf-indicators.js';
import type { FundingResult } from '../../server/reporting/funding.js';
import { CONTRACT_TYPES, outcomeCounts, ZERO_TALLY, type OutcomesResult, type Tally } from '../../server/reporting/outcomes.js';
import { projectTargetMonth, type ProjectParticipationRow } from '../../server/reporting/participation.js';
import { cell, endOfMonth, MEASURES, minusMonths, type Sex } from './model.js';
import type { Truth } from './audit.js';

export interface ProjectInfo {
  code: string;
  alerRole: 'LEAD' | 'PARTNER';
  startDate: string;
  endDate: string;
  /** People to reach (participation's target). */
  target: number;
  awardedCents: bigint;
  awardedOn: string;
  allowanceCents: bigint;
  withheldCents: bigint;
}

export type Outcome = 'EMPLOYED' | 'UNSUCCESSFUL' | 'WITHDRAWN';

export interface Person {
  project: string;
  sex: 'FEMALE' | 'MALE';
  /** The first day the project reached them: their enrolment, or their first attendance. */
  joined: string;
  /** Enrolled in the reintegration path on the day they joined (else reached through activities only). */
  enrolled: boolean;
  birthYear: number;
  education: string | null;
  labourStatus: 'UNEMPLOYED' | 'LONG_TERM_UNEMPLOYED';
  joblessHousehold: boolean;
  joblessHouseholdWithChildren: boolean;
  singleAdultWithChildren: boolean;
  migrantOrMinority: boolean | null;
  disability: boolean | null;
  otherDisadvantaged: boolean | null;
  housingExclusion: boolean;
  arrearsCents: number;
  exit: { on: string; outcome: Outcome; contract: string | null; qualification: boolean } | null;
  followUp: { on: string; employed: boolean; improved: boolean } | null;
  repayments: { on: string; cents: number }[];
  /** Registered attendances (days), on or after `joined`. */
  attendances: string[];
}

export interface Population {
  projects: ProjectInfo[];
  people: Person[];
  anonymous: { project: string; on: string; count: number }[];
}

// ---------------------------------------------------------------------------------------------
// ESF: esf_output_codes and esf_result_events (server/db/sql/esf.sql).

function outputCodes(p: Person): string[] {
  const complete = p.education !== null;
  const age = Number(p.joined.slice(0, 4)) - p.birthYear;
  const codes = ['PARTICIPANTS'];
  if (!complete) return [...codes, 'INCOMPLETE'];
  const education = p.education!;
  const add = (code: string, when: boolean) => when && codes.push(code);
  add('CO01', true);
  add('CO02', p.labourStatus === 'LONG_TERM_UNEMPLOYED');
  add('CO06', age < 25);
  add('CO07', age > 54);
  add('CO08', age > 54);
  add('CO09', ['ISCED_1', 'ISCED_2'].includes(education));
  add('CO10', ['ISCED_3', 'ISCED_4'].includes(education));
  add('CO11', ['ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8'].includes(education));
  add('CO12', p.joblessHousehold);
  add('CO13', p.joblessHouseholdWithChildren);
  add('CO14', p.singleAdultWithChildren);
  add('CO15', p.migrantOrMinority === true);
  add('CO16', p.disability === true);
  add('CO17', p.otherDisadvantaged === true);
  add('CO18', p.housingExclusion);
  return codes;
}

/** Disadvantaged at entry (CR05, CR09): CO15, CO16, CO17 or CO18 (esf_disadvantaged). */
const disadvantaged = (p: Person) =>
  p.migrantOrMinority === true || p.disability === true || p.otherDisadvantaged === true || p.housingExclusion;

/** The populations record no job searching or education upon leaving: CR01 and CR02 are 0, CR05 reads the rest. */
function resultEvents(p: Person): { code: string; day: string }[] {
  if (!p.exit || p.education === null) return [];
  const events: { code: string; day: string }[] = [];
  if (p.exit.qualification) events.push({ code: 'CR03', day: p.exit.on });
  if (p.exit.outcome === 'EMPLOYED') events.push({ code: 'CR04', day: p.exit.on });
  if (disadvantaged(p) && (p.exit.qualification || p.exit.outcome === 'EMPLOYED')) events.push({ code: 'CR05', day: p.exit.on });
  if (p.followUp) {
    const day = p.followUp.on > p.exit.on ? p.followUp.on : p.exit.on;
    if (p.followUp.employed) events.push({ code: 'CR06', day });
    if (p.followUp.improved) events.push({ code: 'CR07', day });
    if (p.followUp.employed && Number(p.joined.slice(0, 4)) - p.birthYear > 54) events.push({ code: 'CR08', day });
    if (p.followUp.employed && disadvantaged(p)) events.push({ code: 'CR09', day });
  }
  return events;
}

const participants = (pop: Population, scope: readonly string[], asOf: string) =>
  pop.people.filter((p) => p.enrolled && p.joined <= asOf && scope.includes(p.project));

function esfCounts(pop: Population, project: string, asOf: string): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (code: string, sex: string) => counts.set(`${code}|${sex}`, (counts.get(`${code}|${sex}`) ?? 0) + 1);
  for (const p of participants(pop, [project], asOf)) {
    for (const code of outputCodes(p)) bump(code, p.sex);
    for (const event of resultEvents(p)) if (event.day <= asOf) bump(event.code, p.sex);
  }
  return counts;
}

function indicatorTable(count: (code: string, sex: 'FEMALE' | 'MALE') => number): IndicatorRow[] {
  return ESF_INDICATORS.map((indicator) => {
    const women = count(indicator.code, 'FEMALE');
    const men = count(indicator.code, 'MALE');
    return { ...indicator, women, men, total: women + men };
  });
}

export function esfReport(pop: Population, scope: readonly string[], asOf: string): EsfResult {
  const withRows = orderedScope(pop, scope).filter((code) => participants(pop, [code], asOf).length > 0);
  const counts = new Map(withRows.map((code) => [code, esfCounts(pop, code, asOf)]));
  const projects = withRows.map((code) => ({ code, indicators: indicatorTable((c, s) => counts.get(code)!.get(`${c}|${s}`) ?? 0) }));
  return {
    asOf,
    indicators: indicatorTable((c, s) => withRows.reduce((sum, code) => sum + (counts.get(code)!.get(`${c}|${s}`) ?? 0), 0)),
    projects,
  };
}

// ---------------------------------------------------------------------------------------------
// Outcomes.

function tally(people: Person[], asOf: string): Tally {
  const t: Tally = { ...ZERO_TALLY };
  for (const p of people) {
    t.enrolled += 1;
    if (!p.exit || p.exit.on > asOf) continue;
    if (p.exit.outcome === 'EMPLOYED') {
      t.employed += 1;
      const contract = p.exit.contract as (typeof CONTRACT_TYPES)[number];
      t[contract] = (t[contract] ?? 0) + 1;
    } else if (p.exit.outcome === 'UNSUCCESSFUL') t.unsuccessful += 1;
    else t.withdrawn += 1;
  }
  return t;
}

/** The outcomes report with one row per project of the scope (as the resolver passes it to the view). */
export function outcomesReport(pop: Population, scope: readonly string[], asOf: string): OutcomesResult {
  const codes = orderedScope(pop, scope);
  const enrolled = participants(pop, codes, asOf);
  const projectSex = new Map<string, Map<string, Tally>>();
  for (const code of codes) {
    const own = enrolled.filter((p) => p.project === code);
    if (own.length === 0) continue;
    const bySex = new Map<string, Tally>();
    for (const sex of ['FEMALE', 'MALE'])
      if (own.some((p) => p.sex === sex))
        bySex.set(
          sex,
          tally(
            own.filter((p) => p.sex === sex),
            asOf,
          ),
        );
    projectSex.set(code, bySex);
  }
  return {
    asOf,
    ...outcomeCounts(tally(enrolled, asOf)),
    projects: codes.map((code) => ({
      code,
      ...outcomeCounts(
        tally(
          enrolled.filter((p) => p.project === code),
          asOf,
        ),
      ),
    })),
    bySex: (['FEMALE', 'MALE'] as const).map((sex) => {
      const { byContractType: _omitted, ...counts } = outcomeCounts(
        tally(
          enrolled.filter((p) => p.sex === sex),
          asOf,
        ),
      );
      return { sex, ...counts };
    }),
    projectSex,
  };
}

// ---------------------------------------------------------------------------------------------
// Participation.

const months = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(`${m}-01`, 1).slice(0, 7)) out.push(m);
  return out;
};

export function participationReport(pop: Population, scope: readonly string[], asOf: string): ProjectParticipationRow[] {
  return orderedScope(pop, scope).map((code) => {
    const project = pop.projects.find((p) => p.code === code)!;
    const people = pop.people.filter((p) => p.project === code);
    const reachedBy = (day: string) => people.filter((p) => p.joined <= day).length;
    const reached = reachedBy(asOf);
    const before = reachedBy(minusMonths(asOf, 3));
    const cumulative =
      project.startDate.slice(0, 7) > asOf.slice(0, 7)
        ? []
        : months(project.startDate, asOf).map((month) => ({
            month,
            value: reachedBy(month === asOf.slice(0, 7) ? asOf : endOfMonth(month)),
          }));
    const pace = (reached - before) / 3;
    return {
      code,
      asOf,
      target: project.target,
      peopleReached: reached,
      attendances: people.reduce((sum, p) => sum + p.attendances.filter((d) => d <= asOf).length, 0),
      anonymousHeadcount: pop.anonymous.filter((a) => a.project === code && a.on <= asOf).reduce((sum, a) => sum + a.count, 0),
      shareOfTarget: project.target > 0 ? reached / project.target : 0,
      cumulative,
      pacePerMonth: pace,
      targetReachedMonth: cumulative.find((point) => point.value >= project.target)?.month ?? null,
      projectedTargetMonth: projectTargetMonth(asOf, reached, project.target, pace),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Money.

function ledger(pop: Population, code: string, asOf: string) {
  const own = pop.people.filter((p) => p.enrolled && p.project === code);
  const project = pop.projects.find((p) => p.code === code)!;
  const repaid = own.flatMap((p) => p.repayments).filter((r) => r.on <= asOf);
  const withheld = own.filter((p) => p.exit?.outcome === 'UNSUCCESSFUL' && p.exit.on <= asOf);
  return {
    arrears: BigInt(own.filter((p) => p.joined <= asOf).reduce((sum, p) => sum + p.arrearsCents, 0)),
    repaid: BigInt(repaid.reduce((sum, r) => sum + r.cents, 0)),
    withheld: BigInt(withheld.length) * project.withheldCents,
  };
}

function amounts(arrears: bigint, repaid: bigint, withheld: bigint) {
  const recovered = repaid + withheld;
  return {
    arrearsCents: arrears,
    repaidCents: repaid,
    withheldCents: withheld,
    recoveredCents: recovered,
    outstandingCents: arrears - recovered,
    recoveryRate: arrears === 0n ? null : Number(recovered) / Number(arrears),
  };
}

export function debtReport(pop: Population, scope: readonly string[], asOf: string): DebtResult {
  const codes = orderedScope(pop, scope);
  const projects = codes.map((code) => {
    const l = ledger(pop, code, asOf);
    return { code, ...amounts(l.arrears, l.repaid, l.withheld) };
  });
  const sum = (f: (p: (typeof projects)[number]) => bigint) => projects.reduce((s, p) => s + f(p), 0n);
  const start = codes.map((code) => pop.projects.find((p) => p.code === code)!.startDate).sort()[0]!;
  const series = (only: readonly string[]) =>
    start.slice(0, 7) > asOf.slice(0, 7)
      ? []
      : months(start, asOf).map((month) => {
          const day = month === asOf.slice(0, 7) ? asOf : endOfMonth(month);
          const ls = only.map((code) => ledger(pop, code, day));
          const repaid = ls.reduce((s, l) => s + l.repaid, 0n);
          const withheld = ls.reduce((s, l) => s + l.withheld, 0n);
          return { month, repaidCents: repaid, withheldCents: withheld, recoveredCents: repaid + withheld };
        });
  return {
    asOf,
    ...amounts(
      sum((p) => p.arrearsCents),
      sum((p) => p.repaidCents),
      sum((p) => p.withheldCents),
    ),
    projects,
    monthly: series(codes),
    // Per project, the months with something recovered so far.
    projectMonthly: new Map(
      codes
        .map((code) => [code, series([code]).filter((point) => point.repaidCents !== 0n || point.withheldCents !== 0n)] as const)
        .filter(([, points]) => points.length > 0),
    ),
  };
}

export function fundingReport(pop: Population, scope: readonly string[], asOf: string): FundingResult {
  const codes = orderedScope(pop, scope);
  const projects = codes.map((code) => {
    const project = pop.projects.find((p) => p.code === code)!;
    const enrolled = participants(pop, [code], asOf).length;
    return {
      code,
      awardedCents: project.awardedOn <= asOf ? project.awardedCents : 0n,
      allowancesCommittedCents: project.allowanceCents * BigInt(enrolled),
      withheldCents: ledger(pop, code, asOf).withheld,
      enrolled,
    };
  });
  const roles = [...new Set(codes.map((code) => pop.projects.find((p) => p.code === code)!.alerRole))].sort();
  return {
    asOf,
    totalAwardedCents: projects.reduce((s, p) => s + p.awardedCents, 0n),
    allowancesCommittedCents: projects.reduce((s, p) => s + p.allowancesCommittedCents, 0n),
    withheldCents: projects.reduce((s, p) => s + p.withheldCents, 0n),
    byRole: roles.map((alerRole) => {
      const own = pop.projects.filter((p) => p.alerRole === alerRole && codes.includes(p.code));
      const funded = own.filter((p) => p.awardedOn <= asOf);
      return { alerRole, projectCount: funded.length, awardedCents: funded.reduce((s, p) => s + p.awardedCents, 0n) };
    }),
    projects,
  };
}

/** The scope's projects in the reports' order: ALER's role, then code. */
function orderedScope(pop: Population, scope: readonly string[]): string[] {
  return pop.projects
    .filter((p) => scope.includes(p.code))
    .sort((a, b) => a.alerRole.localeCompare(b.alerRole) || a.code.localeCompare(b.code))
    .map((p) => p.code);
}

// ---------------------------------------------------------------------------------------------

/** The true value of every finest cell at each date, as audit() reads it. */
export function populationTruth(pop: Population, dates: readonly string[]): Truth {
  const truth: Truth = new Map();
  const set = (name: string, date: string, value: number) => truth.set(`${name}@${date}`, value);
  const letter = (sex: string): Sex => (sex === 'FEMALE' ? 'F' : 'M');
  for (const date of dates) {
    for (const project of pop.projects) {
      const p = project.code;
      const counts = esfCounts(pop, p, date);
      for (const indicator of ESF_INDICATORS)
        for (const sex of ['FEMALE', 'MALE'])
          set(cell.esf(p, indicator.code, letter(sex)), date, counts.get(`${indicator.code}|${sex}`) ?? 0);
      const own = participants(pop, [p], date);
      for (const sex of ['FEMALE', 'MALE'] as const) {
        const counts = outcomeCounts(
          tally(
            own.filter((x) => x.sex === sex),
            date,
          ),
        );
        for (const m of MEASURES) set(cell.outcome(p, m, letter(sex)), date, counts[m]);
      }
      const all = tally(own, date);
      for (const c of CONTRACT_TYPES) set(cell.contract(p, c), date, all[c] ?? 0);
      const [row] = participationReport(pop, [p], date);
      set(cell.participation(p, 'peopleReached'), date, row!.peopleReached);
      set(cell.participation(p, 'attendances'), date, row!.attendances);
      set(cell.participation(p, 'anonymousHeadcount'), date, row!.anonymousHeadcount);
      const l = ledger(pop, p, date);
      set(cell.debt(p, 'arrears'), date, Number(l.arrears));
      set(cell.debt(p, 'repaid'), date, Number(l.repaid));
      set(cell.debt(p, 'withheld'), date, Number(l.withheld));
    }
  }
  return truth;
}

/** Day `offset` of the programme (from 2018-09-01). */
export const programmeDay = (offset: number) => addDays('2018-09-01', offset);
