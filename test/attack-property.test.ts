/**
 * The attack on small random populations, without a database: one to three projects, one to forty
 * people joining on single days with random sex and attributes, exits, repayments and
 * attendances. Their exact reports (test/attack/population.ts) go through the public views of
 * server/disclosure/ at every month end, for each project and for all of them; the attacker's model
 * and solver (test/attack/) then try to determine small counts, flows and single repayments.
 * With the protection the public gets, nothing small comes out; with the protection off (exact
 * views under the old display rule), some populations leak.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosurePolicy, forPublication, forTheRecord, type Disclosure } from '../server/disclosure/audience.js';
import { MAX_MONEY_NOISE_CENTS, NOISE } from '../server/disclosure/cell-key.js';
import { debtView } from '../server/disclosure/debt.js';
import { esfView } from '../server/disclosure/esf.js';
import { fundingView } from '../server/disclosure/funding.js';
import { outcomesView, type OutcomeCountsView } from '../server/disclosure/outcomes.js';
import { participationView } from '../server/disclosure/participation.js';
import { addDays, addMonths } from '../server/dates.js';
import { formatCents } from '../server/money.js';
import type { DebtAmounts } from '../server/reporting/debt.js';
import { CONTRACT_TYPES } from '../server/reporting/outcomes.js';
import { attributeDisclosures, audit, truthValue } from './attack/audit.js';
import { AttackModel, cell, endOfMonth, EXACT, specOf, type Noise, type OutcomeCountsAnswer, type PublicAnswers } from './attack/model.js';
import { withOldDisplayRule } from './attack/old-rule.js';
import {
  debtReport,
  esfReport,
  fundingReport,
  outcomesReport,
  participationReport,
  populationTruth,
  programmeDay,
  type Outcome,
  type Person,
  type Population,
  type ProjectInfo,
} from './attack/population.js';

const THRESHOLD = 10;
const POLICY = disclosurePolicy(THRESHOLD, Buffer.from('the attack property test key'));
const DOCUMENTED: Noise = { maxCount: NOISE.maxNoise, maxMoneyCents: Number(MAX_MONEY_NOISE_CENTS) };
const RULES = { everyoneUnemployed: true, allowanceCents: 200_000, withheldPerUnsuccessfulCents: 100_000, maxArrearsCents: 100_000_000 };
const CODES = ['GOLAB', 'PRO_SALOMONE', 'FORNASE'];
const END = '2020-08-31';
const DATA_END = '2021-02-28';

/** Month ends from the month before the programme to the data end. */
const RELEASES: string[] = [];
for (let day = '2018-08-31'; day <= DATA_END; day = endOfMonth(addMonths(`${day.slice(0, 7)}-01`, 1).slice(0, 7))) RELEASES.push(day);

const project = (code: string): ProjectInfo => ({
  code,
  alerRole: code === 'FORNASE' ? 'PARTNER' : 'LEAD',
  startDate: '2018-09-01',
  endDate: END,
  // Small, so that the series reaches it and targetReachedMonth is published.
  target: 12,
  awardedCents: 25_000_000n,
  awardedOn: '2018-07-01',
  allowanceCents: 200_000n,
  withheldCents: 100_000n,
});

const minDate = (a: string, b: string) => (a < b ? a : b);

const personArbitrary = (codes: string[]) =>
  fc.record({
    project: fc.constantFrom(...codes),
    female: fc.boolean(),
    joinDay: fc.integer({ min: 0, max: 600 }),
    enrolled: fc.boolean(),
    age: fc.integer({ min: 18, max: 70 }),
    education: fc.option(
      fc.constantFrom('ISCED_0', 'ISCED_1', 'ISCED_2', 'ISCED_3', 'ISCED_4', 'ISCED_5', 'ISCED_6', 'ISCED_7', 'ISCED_8'),
      {
        freq: 6,
      },
    ),
    longTerm: fc.boolean(),
    jobless: fc.boolean(),
    withChildren: fc.boolean(),
    singleAdult: fc.boolean(),
    migrant: fc.option(fc.boolean(), { freq: 4 }),
    disability: fc.option(fc.boolean(), { freq: 4 }),
    other: fc.option(fc.boolean(), { freq: 4 }),
    housing: fc.boolean(),
    arrearsCents: fc.integer({ min: 10_000, max: 950_000 }),
    exit: fc.option(
      fc.record({
        after: fc.integer({ min: 20, max: 420 }),
        outcome: fc.constantFrom<Outcome>('EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN'),
        contract: fc.constantFrom(...CONTRACT_TYPES),
        qualification: fc.boolean(),
        followUp: fc.option(fc.record({ employed: fc.boolean(), improved: fc.boolean() })),
      }),
    ),
    repayments: fc.array(fc.record({ after: fc.integer({ min: 1, max: 700 }), euros: fc.integer({ min: 5, max: 500 }) }), { maxLength: 3 }),
    attendances: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 3 }),
  });

type Drawn = ReturnType<typeof personArbitrary> extends fc.Arbitrary<infer T> ? T : never;

function person(d: Drawn): Person {
  const joined = programmeDay(d.joinDay);
  const exitOn = d.exit ? minDate(addDays(joined, d.exit.after), END) : null;
  const followUpOn = exitOn ? addMonths(exitOn, 6) : null;
  return {
    project: d.project,
    sex: d.female ? 'FEMALE' : 'MALE',
    joined,
    enrolled: d.enrolled,
    birthYear: Number(joined.slice(0, 4)) - d.age,
    education: d.education,
    labourStatus: d.longTerm ? 'LONG_TERM_UNEMPLOYED' : 'UNEMPLOYED',
    joblessHousehold: d.jobless,
    joblessHouseholdWithChildren: d.jobless && d.withChildren,
    singleAdultWithChildren: d.singleAdult,
    migrantOrMinority: d.migrant,
    disability: d.disability,
    otherDisadvantaged: d.other,
    housingExclusion: d.housing,
    arrearsCents: d.arrearsCents,
    exit:
      d.enrolled && d.exit && exitOn
        ? {
            on: exitOn,
            outcome: d.exit.outcome,
            contract: d.exit.outcome === 'EMPLOYED' ? d.exit.contract : null,
            qualification: d.exit.outcome !== 'WITHDRAWN' && d.exit.qualification,
          }
        : null,
    followUp:
      d.enrolled && d.exit && d.exit.outcome !== 'WITHDRAWN' && d.exit.followUp && followUpOn && followUpOn <= DATA_END
        ? { on: followUpOn, ...d.exit.followUp }
        : null,
    repayments: d.enrolled
      ? d.repayments.map((r) => ({ on: minDate(addDays(joined, r.after), DATA_END), cents: r.euros * 100 })).filter((r) => r.on >= joined)
      : [],
    // Someone only reached through activities was at one on the day they joined.
    attendances: [...(d.enrolled ? [] : [joined]), ...d.attendances.map((a) => addDays(joined, a)).filter((day) => day <= END)],
  };
}

const populationArbitrary: fc.Arbitrary<Population> = fc.integer({ min: 1, max: 3 }).chain((n) => {
  const codes = CODES.slice(0, n);
  return fc
    .record({
      people: fc.array(personArbitrary(codes), { minLength: 1, maxLength: 40 }),
      anonymous: fc.array(
        fc.record({ project: fc.constantFrom(...codes), day: fc.integer({ min: 0, max: 700 }), count: fc.integer({ min: 1, max: 25 }) }),
        { maxLength: 3 },
      ),
    })
    .map(({ people, anonymous }) => ({
      projects: codes.map(project),
      people: people.map(person).filter((p) => p.joined <= END),
      anonymous: anonymous.map((a) => ({ project: a.project, on: programmeDay(a.day), count: a.count })),
    }));
});

// ---------------------------------------------------------------------------------------------
// The views, shaped as the API shapes them (server/modules/report/report.resolver.ts).

const money = formatCents;

function counts(row: OutcomeCountsView): OutcomeCountsAnswer {
  return {
    enrolled: row.enrolled,
    inProgress: row.inProgress,
    employed: row.employed,
    unsuccessful: row.unsuccessful,
    withdrawn: row.withdrawn,
    employmentRate: row.employmentRate,
    byContractType: row.byContractType.map((c) => ({ contractType: c.contractType, count: c.count })),
  };
}

function debtAmounts(row: DebtAmounts) {
  return {
    arrearsAtEnrolment: money(row.arrearsCents),
    recoveredFromRepayments: money(row.repaidCents),
    recoveredFromWithholding: money(row.withheldCents),
    totalRecovered: money(row.recoveredCents),
    outstanding: money(row.outstandingCents),
    recoveryRate: row.recoveryRate,
  };
}

/** What one filter (a scope, as of a release) shows through the views of a disclosure. */
function answers(pop: Population, scope: string[] | null, asOf: string, disclosure: Disclosure): PublicAnswers {
  const codes = scope ?? pop.projects.map((p) => p.code);
  const exactOutcomes = outcomesReport(pop, codes, asOf);
  const protectedOutcomes = disclosure.audience === 'PROTECTED' ? exactOutcomes : undefined;
  const funding = fundingView(fundingReport(pop, codes, asOf), disclosure, protectedOutcomes);
  const outcomes = outcomesView(exactOutcomes, disclosure);
  const debt = debtView(debtReport(pop, codes, asOf), disclosure);
  return {
    asOf,
    projectCodes: scope,
    funding: {
      asOf,
      allowancesCommitted: money(funding.allowancesCommittedCents),
      withheld: money(funding.withheldCents),
      projects: funding.projects.map((p) => ({
        projectCode: p.code,
        allowancesCommitted: money(p.allowancesCommittedCents),
        withheld: money(p.withheldCents),
      })),
    },
    participation: participationView(participationReport(pop, codes, asOf), disclosure).map(({ code, ...row }) => ({
      projectCode: code,
      ...row,
    })),
    outcomes: {
      asOf,
      ...counts(outcomes),
      bySex: outcomes.bySex,
      projects: outcomes.projects.map((p) => ({ projectCode: p.code, ...counts(p) })),
    },
    debt: {
      asOf,
      ...debtAmounts(debt),
      monthly: debt.monthly.map((m) => ({
        month: m.month,
        repayments: money(m.repaidCents),
        withholding: money(m.withheldCents),
        total: money(m.recoveredCents),
      })),
      projects: debt.projects.map((p) => ({ projectCode: p.code, ...debtAmounts(p) })),
    },
    esf: esfView(esfReport(pop, codes, asOf), disclosure, protectedOutcomes),
  };
}

function harvest(pop: Population, disclosure: Disclosure): PublicAnswers[] {
  const scopes: (string[] | null)[] = [...pop.projects.map((p) => [p.code]), ...(pop.projects.length > 1 ? [null] : [])];
  return RELEASES.flatMap((asOf) => scopes.map((scope) => answers(pop, scope, asOf, disclosure)));
}

interface Attack {
  model: AttackModel;
  feasible: boolean;
  pinned: string[];
  unsound: string[];
  /** Single repayments (one in a project and month) determined to ±50 euro. */
  repayments: string[];
}

function attack(pop: Population, published: PublicAnswers[], noise: Noise): Attack {
  const model = new AttackModel({
    projects: pop.projects.map((p) => p.code),
    noise,
    rules: RULES,
    sameValueSameNoise: true,
    runningMaxSeries: true,
  });
  for (const a of published) model.add(a);
  const result = model.solve();
  if (!result.feasible) return { model, feasible: false, pinned: [], unsound: [result.conflict ?? ''], repayments: [] };
  // Then each small count (and flow) is probed value by value, as an attacker would the cells it cares about.
  const truth = populationTruth(pop, RELEASES);
  const small = (v: number | undefined) => v !== undefined && v >= 1 && v < THRESHOLD;
  const narrow = (variable: number) => model.bounds(variable).hi - model.bounds(variable).lo <= 2 * NOISE.maxNoise + 2;
  const probed = [
    ...[...model.cells()].filter((c) => specOf(c.name).kind === 'count' && narrow(c.variable) && small(truthValue(truth, c.name, c.date))),
    ...model.flowVariables().filter((f) => {
      const [to, from] = [truthValue(truth, f.name, f.to), truthValue(truth, f.name, f.from)];
      return specOf(f.name).kind === 'count' && narrow(f.variable) && to !== undefined && from !== undefined && small(to - from);
    }),
  ];
  if (
    !model.solver.shave(
      probed.map((c) => c.variable),
      { maxStepsPerProbe: 5_000 },
    )
  )
    return { model, feasible: false, pinned: [], unsound: ['shaving'], repayments: [] };
  const report = audit(model, truth, THRESHOLD);
  const repayments: string[] = [];
  const byMonth = new Map<string, number[]>();
  for (const p of pop.people)
    for (const r of p.repayments)
      byMonth.set(`${p.project}|${r.on.slice(0, 7)}`, [...(byMonth.get(`${p.project}|${r.on.slice(0, 7)}`) ?? []), r.cents]);
  for (const [k, amounts] of byMonth) {
    const [code, month] = k.split('|') as [string, string];
    const to = endOfMonth(month);
    const from = RELEASES[RELEASES.indexOf(to) - 1];
    if (amounts.length !== 1 || !from) continue;
    const variable = model.difference(cell.debt(code, 'repaid'), from, to);
    model.solver.shave([variable]);
    const { lo, hi } = model.bounds(variable);
    if (hi - lo <= 10_000) repayments.push(`${code} ${month}: ${amounts[0]! / 100} euro within [${lo / 100}, ${hi / 100}]`);
  }
  return { model, feasible: true, pinned: report.pinned, unsound: report.unsound, repayments };
}

describe('the attack on small random populations', () => {
  it('through the public views, determines nothing small: no count or flow from 1 to 9, no single repayment to ±50 euro', () => {
    const attributes = { opportunities: 0, proven: 0 };
    fc.assert(
      fc.property(populationArbitrary, (pop) => {
        const result = attack(pop, harvest(pop, forPublication(POLICY)), DOCUMENTED);
        const disclosed = attributeDisclosures(result.model, populationTruth(pop, RELEASES));
        attributes.opportunities += disclosed.opportunities;
        attributes.proven += disclosed.proven.length;
        expect(result.feasible, `the documented method explains the answers: ${result.unsound.join('; ')}`).toBe(true);
        expect(result.unsound, 'the truth lies within what the attack derived').toEqual([]);
        expect([...result.model.findings, ...result.model.unchecked], 'every derived figure follows from the published ones').toEqual([]);
        expect(result.pinned, 'small counts the attack determined').toEqual([]);
        expect(result.repayments, 'single repayments determined').toEqual([]);
      }),
      { seed: 42, numRuns: 50 },
    );
    console.log(
      `with outside knowledge of who was the only one enrolled (of their sex, in a project and month): ` +
        `${attributes.proven} of ${attributes.opportunities} of their attributes proven by the published figures`,
    );
  }, 180_000);

  it('with the protection off (exact views, the old display rule), some populations leak', () => {
    const populations = fc.sample(populationArbitrary, { seed: 42, numRuns: 10 });
    let leaking = 0;
    let recovered = 0;
    for (const pop of populations) {
      const old = harvest(pop, forTheRecord()).map((a) => withOldDisplayRule(a, THRESHOLD));
      const result = attack(pop, old, EXACT);
      expect(result.unsound).toEqual([]);
      if (result.pinned.length + result.repayments.length > 0) leaking += 1;
      recovered += result.pinned.length;
    }
    console.log(`old display rule: ${leaking} of ${populations.length} populations leak, ${recovered} small counts and flows recovered`);
    expect(leaking).toBeGreaterThan(0);
  });
});
