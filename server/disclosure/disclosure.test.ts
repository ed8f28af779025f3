import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DebtResult } from '../reporting/debt.js';
import { ESF_INDICATORS, type EsfResult, type IndicatorRow } from '../reporting/esf-indicators.js';
import type { FundingResult } from '../reporting/funding.js';
import { CONTRACT_TYPES, outcomeCounts, ZERO_TALLY, type OutcomesResult, type Tally } from '../reporting/outcomes.js';
import type { ProjectParticipationRow } from '../reporting/participation.js';
import type { ReachReport } from '../reporting/reach.js';
import { disclosureFor, disclosurePolicy, figuresNote, forPublication, forTheRecord, reportDate, type ViewerRole } from './audience.js';
import { MAX_MONEY_NOISE_CENTS, NOISE, noiseDistribution, perturbCents, perturbCount } from './cell-key.js';
import { debtView } from './debt.js';
import { esfView } from './esf.js';
import { fundingView } from './funding.js';
import { outcomesView } from './outcomes.js';
import { participationView } from './participation.js';
import { ALL_PROJECTS_REACH_CELL, reachView } from './reach.js';
import { latestRelease, releaseFor } from './release.js';

const POLICY = disclosurePolicy(10, Buffer.from('a key for the unit tests'));
const EXACT = forTheRecord();
const PUBLIC = forPublication(POLICY);
const SECRET = POLICY.secret;

describe('who sees what', () => {
  it.each([
    ['ADMIN', 'EXACT'],
    ['OPERATOR', 'EXACT'],
    ['ANALYST', 'EXACT'],
    ['PUBLIC', 'PROTECTED'],
  ] as [ViewerRole, string][])('%s sees the %s view', (role, audience) => {
    expect(disclosureFor(role, POLICY).audience).toBe(audience);
  });

  it('carries the threshold to the protected view and says it, with the noise, in the figures note', () => {
    expect(disclosureFor('PUBLIC', disclosurePolicy(5, Buffer.from('k')))).toMatchObject({ audience: 'PROTECTED', threshold: 5 });
    expect(figuresNote(PUBLIC)).toContain('from 1 to 9 shown as "< 10"');
    expect(figuresNote(PUBLIC)).toContain('±5');
    expect(figuresNote(forPublication(disclosurePolicy(5, Buffer.from('k'))))).toContain('from 1 to 4 shown as "< 5"');
    expect(figuresNote(disclosureFor('ANALYST', POLICY))).toBe('exact');
  });

  it('refuses a threshold that would hide nothing', () => {
    expect(() => disclosurePolicy(1, Buffer.from('k'))).toThrow(RangeError);
  });

  it('gives the public the release on or before the day it asks about, and keys the day they ask', () => {
    expect(reportDate(PUBLIC, '2019-06-17', '2026-11-26')).toBe('2019-05-31');
    expect(reportDate(EXACT, '2019-06-17', '2026-11-26')).toBe('2019-06-17');
  });
});

describe('release periods', () => {
  it.each([
    ['2019-06-17', '2026-11-26', '2019-05-31'],
    ['2019-06-30', '2026-11-26', '2019-06-30'],
    ['2020-03-01', '2026-11-26', '2020-02-29'],
    ['2026-11-26', '2026-11-26', '2026-10-31'],
    ['2026-10-31', '2026-10-31', '2026-09-30'],
    ['2030-01-15', '2026-11-26', '2026-10-31'],
    ['2019-01-01', '2026-11-26', '2018-12-31'],
  ])('asked about %s on %s: the release of %s', (asOf, today, release) => {
    expect(releaseFor(asOf, today)).toBe(release);
  });

  it.each([
    ['2019-06-17', '2026-11-26', '2018-12-31'],
    ['2019-12-31', '2026-11-26', '2019-12-31'],
    ['2026-06-30', '2026-11-26', '2025-12-31'],
    ['2026-12-31', '2026-12-31', '2025-12-31'],
  ])('the ESF indicators asked about %s on %s: the annual release of %s', (asOf, today, release) => {
    expect(releaseFor(asOf, today, 'ANNUAL')).toBe(release);
    expect(reportDate(PUBLIC, asOf, today, 'ESF')).toBe(release);
    expect(reportDate(EXACT, asOf, today, 'ESF')).toBe(asOf);
  });

  it('is always a month end, on or before the day asked about and the latest release', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (asOf, today) => {
        const release = releaseFor(asOf, today);
        const next = new Date(`${release}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.getUTCDate()).toBe(1);
        expect(release <= asOf && release <= latestRelease(today)).toBe(true);
        // Every day of the same month (before the latest release) gets the same release.
        expect(releaseFor(`${asOf.slice(0, 7)}-01`, today) <= release).toBe(true);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('the cell key method', () => {
  it('leaves zero alone, never goes negative, moves a count by at most min(n, 5), and gives a cell the same value every time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 100_000 }), (cell, n) => {
        const published = perturbCount(SECRET, cell, n);
        expect(published).toBe(perturbCount(SECRET, cell, n));
        if (n === 0) expect(published).toBe(0);
        expect(published).toBeGreaterThanOrEqual(0);
        expect(Math.abs(published - n)).toBeLessThanOrEqual(Math.min(n, NOISE.maxNoise));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('draws unbiased noise from the documented table, and another key draws other noise', () => {
    const noises = Array.from({ length: 20_000 }, (_, i) => perturbCount(SECRET, `cell/${i}`, 100) - 100);
    const mean = noises.reduce((a, b) => a + b, 0) / noises.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    const table = noiseDistribution(5);
    for (const { noise, probability } of table) {
      const share = noises.filter((k) => k === noise).length / noises.length;
      expect(Math.abs(share - probability)).toBeLessThan(0.01);
    }
    expect(table.reduce((a, b) => a + b.probability, 0)).toBeCloseTo(1, 12);
    const other = disclosurePolicy(10, Buffer.from('another key')).secret;
    const differ = Array.from({ length: 100 }, (_, i) => perturbCount(other, `cell/${i}`, 100) - 100 !== noises[i]).filter(Boolean);
    expect(differ.length).toBeGreaterThan(50);
  });

  it('publishes amounts in whole euros, within the documented bound, and zero as zero', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.bigInt({ min: 0n, max: 10_000_000_000n }), (cell, cents) => {
        const published = perturbCents(SECRET, cell, cents);
        expect(published % 100n).toBe(0n);
        expect(published >= 0n).toBe(true);
        const gap = published > cents ? published - cents : cents - published;
        expect(gap <= MAX_MONEY_NOISE_CENTS).toBe(true);
        if (cents === 0n) expect(published).toBe(0n);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Views over small reports.

function esfReport(perProject: Record<string, Record<string, [number, number]>>): EsfResult {
  const table = (counts: Record<string, [number, number]>): IndicatorRow[] =>
    ESF_INDICATORS.map((i) => {
      const [women, men] = counts[i.code] ?? [0, 0];
      return { ...i, women, men, total: women + men };
    });
  const projects = Object.entries(perProject).map(([code, counts]) => ({ code, indicators: table(counts) }));
  const sum: Record<string, [number, number]> = {};
  for (const counts of Object.values(perProject)) {
    for (const [code, [w, m]] of Object.entries(counts)) sum[code] = [(sum[code]?.[0] ?? 0) + w, (sum[code]?.[1] ?? 0) + m];
  }
  return { asOf: '2020-01-31', indicators: table(sum), projects };
}

function outcomesReport(perProject: Record<string, Record<string, Tally>>): OutcomesResult {
  const add = (a: Tally, b: Tally): Tally => {
    const out: Tally = { ...a };
    for (const key of ['enrolled', 'employed', 'unsuccessful', 'withdrawn', ...CONTRACT_TYPES] as const)
      out[key] = (a[key] ?? 0) + (b[key] ?? 0);
    return out;
  };
  const projectSex = new Map(Object.entries(perProject).map(([code, bySex]) => [code, new Map(Object.entries(bySex))]));
  const all = Object.values(perProject).flatMap((bySex) => Object.values(bySex));
  const sex = (s: string) => Object.values(perProject).map((bySex) => bySex[s] ?? ZERO_TALLY);
  const strip = (t: Tally) => {
    const { byContractType: _omitted, ...counts } = outcomeCounts(t);
    return counts;
  };
  return {
    asOf: '2020-01-31',
    ...outcomeCounts(all.reduce(add, ZERO_TALLY)),
    projects: Object.entries(perProject).map(([code, bySex]) => ({ code, ...outcomeCounts(Object.values(bySex).reduce(add, ZERO_TALLY)) })),
    bySex: ['FEMALE', 'MALE'].map((s) => ({ sex: s, ...strip(sex(s).reduce(add, ZERO_TALLY)) })),
    projectSex,
  };
}

// Project A: 3 women and 40 men unemployed; project B: 20 and 20.
const ESF = esfReport({
  A: { PARTICIPANTS: [3, 40], CO01: [3, 40], CO15: [1, 4] },
  B: { PARTICIPANTS: [20, 20], CO01: [20, 20], CO15: [12, 0] },
});
const OUTCOMES = outcomesReport({
  A: {
    FEMALE: { enrolled: 3, employed: 1, unsuccessful: 0, withdrawn: 0, PERMANENT: 1 },
    MALE: { enrolled: 40, employed: 12, unsuccessful: 10, withdrawn: 2, PERMANENT: 12 },
  },
  B: {
    FEMALE: { enrolled: 20, employed: 5, unsuccessful: 5, withdrawn: 0, FIXED_TERM: 5 },
    MALE: { enrolled: 20, employed: 6, unsuccessful: 4, withdrawn: 1, FIXED_TERM: 6 },
  },
});
const only = (code: string) => ({
  esf: { ...ESF, projects: ESF.projects.filter((p) => p.code === code) },
  outcomes: {
    ...OUTCOMES,
    projectSex: new Map([...OUTCOMES.projectSex].filter(([c]) => c === code)),
    projects: OUTCOMES.projects.filter((p) => p.code === code),
  },
});

describe('esfView', () => {
  it('passes the exact figures through unchanged', () => {
    const rows = esfView(ESF, EXACT);
    expect(rows.find((r) => r.code === 'CO01')).toMatchObject({ women: 23, men: 60, total: 83, suppressed: false });
    expect(rows.every((r) => !r.suppressed)).toBe(true);
  });

  it("publishes each project's perturbed cells and their sums: projects add up to the scope, sexes to the total", () => {
    const all = esfView(ESF, PUBLIC, OUTCOMES);
    const a = esfView(only('A').esf, PUBLIC, only('A').outcomes);
    const b = esfView(only('B').esf, PUBLIC, only('B').outcomes);
    for (const row of all) {
      const [ra, rb] = [a.find((r) => r.code === row.code)!, b.find((r) => r.code === row.code)!];
      if (row.total !== null && ra.total !== null && rb.total !== null) expect(row.total).toBe(ra.total + rb.total);
      if (row.women !== null && row.men !== null) expect(row.total).toBe(row.women + row.men);
    }
    // Every visible cell of a project is within ±5 of the truth, and none is from 1 to 9.
    for (const [view, code] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      for (const row of view) {
        const truth = ESF.projects.find((p) => p.code === code)!.indicators.find((r) => r.code === row.code)!;
        for (const column of ['women', 'men'] as const) {
          const value = row[column];
          if (value === null) continue;
          expect(Math.abs(value - truth[column])).toBeLessThanOrEqual(5);
          expect(value === 0 || value >= 10).toBe(true);
        }
      }
    }
  });

  it('shows the participants of a sex as the outcomes show the enrolled of that sex (the same people, the same figure)', () => {
    const esf = esfView(ESF, PUBLIC, OUTCOMES).find((r) => r.code === 'PARTICIPANTS')!;
    const outcomes = outcomesView(OUTCOMES, PUBLIC);
    expect(esf.total).toBe(outcomes.enrolled);
    const [women, men] = outcomes.bySex;
    if (esf.women !== null && women!.enrolled !== null) expect(esf.women).toBe(women!.enrolled);
    if (esf.men !== null && men!.enrolled !== null) expect(esf.men).toBe(men!.enrolled);
  });

  it('leaves the exact report as it was (it is shared by every view of a request)', () => {
    const before = structuredClone(ESF);
    esfView(ESF, PUBLIC, OUTCOMES);
    expect(ESF).toEqual(before);
  });

  it('refuses to build the public table without the outcomes it takes the participants from', () => {
    expect(() => esfView(ESF, PUBLIC)).toThrow(/outcomes/);
  });
});

describe('the public views over random projects', () => {
  // Per project and sex: in progress, employed, unsuccessful, withdrawn, and the ESF CO15 count among the enrolled.
  const sexCounts = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(5), fc.nat(30));
  const projects = fc
    .uniqueArray(fc.constantFrom<string>('A', 'B', 'C', 'D'), { minLength: 1, maxLength: 4 })
    .chain((codes) =>
      fc.tuple(fc.constant(codes), fc.array(fc.tuple(sexCounts, sexCounts), { minLength: codes.length, maxLength: codes.length })),
    );
  const tally = ([inProgress, employed, unsuccessful, withdrawn]: number[]): Tally => ({
    enrolled: inProgress! + employed! + unsuccessful! + withdrawn!,
    employed: employed!,
    unsuccessful: unsuccessful!,
    withdrawn: withdrawn!,
    PERMANENT: employed!,
  });

  it('publish each project the same whatever the scope, the scope as the sum of its projects, participants as enrolled', () => {
    fc.assert(
      fc.property(projects, ([codes, counts]) => {
        const build = (chosen: string[]) => {
          const perProjectOutcomes: Record<string, Record<string, Tally>> = {};
          const perProjectEsf: Record<string, Record<string, [number, number]>> = {};
          chosen.forEach((code) => {
            const [f, m] = counts[codes.indexOf(code)]!;
            perProjectOutcomes[code] = { FEMALE: tally(f), MALE: tally(m) };
            const enrolled: [number, number] = [tally(f).enrolled, tally(m).enrolled];
            perProjectEsf[code] = {
              PARTICIPANTS: enrolled,
              CO01: enrolled,
              CO15: [Math.min(f[4], enrolled[0]), Math.min(m[4], enrolled[1])],
            };
          });
          const outcomes = outcomesReport(perProjectOutcomes);
          return { outcomes: outcomesView(outcomes, PUBLIC), esf: esfView(esfReport(perProjectEsf), PUBLIC, outcomes) };
        };
        const all = build(codes);
        const single = codes.map((code) => build([code]));
        expect(all.outcomes.enrolled).toBe(single.reduce((sum, one) => sum + one.outcomes.enrolled, 0));
        codes.forEach((code, i) => {
          expect(all.outcomes.projects.find((p) => p.code === code)).toEqual(single[i]!.outcomes.projects[0]);
        });
        all.esf.forEach((row, i) => {
          const parts = single.map((one) => one.esf[i]!.total);
          if (row.total !== null && parts.every((v) => v !== null)) expect(row.total).toBe(parts.reduce((a, b) => a + b, 0));
          if (row.women !== null && row.men !== null) expect(row.total).toBe(row.women + row.men);
          for (const column of ['women', 'men', 'total'] as const) {
            const value = row[column];
            if (row.code !== 'PARTICIPANTS' || column !== 'total') expect(value === null || value === 0 || value >= 10).toBe(true);
          }
        });
        expect(all.esf.find((r) => r.code === 'PARTICIPANTS')!.total).toBe(all.outcomes.enrolled);
      }),
      { seed: 31, numRuns: 200 },
    );
  });

  it('publish a project’s participants as its enrolled less its re-entries (one person, two enrolments), the same in every scope', () => {
    let differing = 0;
    fc.assert(
      fc.property(projects, fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { minLength: 4, maxLength: 4 }), ([codes, counts], reEntries) => {
        const build = (chosen: string[]) => {
          const perProjectOutcomes: Record<string, Record<string, Tally>> = {};
          const perProjectEsf: Record<string, Record<string, [number, number]>> = {};
          chosen.forEach((code) => {
            const i = codes.indexOf(code);
            const [f, m] = counts[i]!;
            perProjectOutcomes[code] = { FEMALE: tally(f), MALE: tally(m) };
            const [rf, rm] = reEntries[i]!;
            perProjectEsf[code] = {
              PARTICIPANTS: [Math.max(0, tally(f).enrolled - rf), Math.max(0, tally(m).enrolled - rm)],
            };
          });
          const outcomes = outcomesReport(perProjectOutcomes);
          const esf = esfView(esfReport(perProjectEsf), PUBLIC, outcomes);
          return { enrolled: outcomesView(outcomes, PUBLIC).enrolled, participants: esf.find((r) => r.code === 'PARTICIPANTS')!.total! };
        };
        const all = build(codes);
        const single = codes.map((code) => build([code]));
        expect(all.participants).toBe(single.reduce((sum, one) => sum + one.participants, 0));
        for (const i of codes.keys()) {
          const [f, m] = counts[i]!;
          const [rf, rm] = reEntries[i]!;
          const none = Math.min(rf, tally(f).enrolled) === 0 && Math.min(rm, tally(m).enrolled) === 0;
          // Nobody re-entered: the participants are the enrolled, as before; else never more.
          if (none) expect(single[i]!.participants).toBe(single[i]!.enrolled);
          else expect(single[i]!.participants).toBeLessThanOrEqual(single[i]!.enrolled);
          if (single[i]!.participants !== single[i]!.enrolled) differing += 1;
        }
      }),
      { seed: 37, numRuns: 200 },
    );
    // The re-entries do move the published participants.
    expect(differing).toBeGreaterThan(50);
  });
});

describe('outcomesView', () => {
  it('shows every count to a key', () => {
    const view = outcomesView(OUTCOMES, EXACT);
    expect(view.bySex.map((s) => [s.enrolled, s.suppressed])).toEqual([
      [23, false],
      [60, false],
    ]);
    expect(view.byContractType.find((c) => c.contractType === 'PERMANENT')).toEqual({
      contractType: 'PERMANENT',
      count: 13,
      suppressed: false,
    });
    expect('projectSex' in view).toBe(false);
  });

  it('publishes a partition that adds up: enrolled = in progress + exits, projects add up to the total', () => {
    const view = outcomesView(OUTCOMES, PUBLIC);
    for (const row of [view, ...view.projects]) expect(row.enrolled).toBe(row.inProgress + row.employed + row.unsuccessful + row.withdrawn);
    for (const measure of ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const) {
      expect(view[measure]).toBe(view.projects.reduce((sum, p) => sum + p[measure], 0));
    }
    expect(Math.abs(view.enrolled - 83)).toBeLessThanOrEqual(4 * 4 * 5);
    for (const sex of view.bySex) {
      for (const m of ['enrolled', 'inProgress', 'employed', 'unsuccessful', 'withdrawn'] as const) {
        const value = sex[m];
        expect(value === null || value === 0 || value >= 10).toBe(true);
      }
    }
  });
});

describe('participationView', () => {
  const values = [0, 3, 12, 15, 15, 30, 31, 31];
  const row = (upTo: number): ProjectParticipationRow => ({
    code: 'A',
    asOf: `2020-0${upTo}-28`,
    target: 30,
    peopleReached: values[upTo - 1]!,
    attendances: 80,
    anonymousHeadcount: 7,
    shareOfTarget: values[upTo - 1]! / 30,
    cumulative: values.slice(0, upTo).map((value, i) => ({ month: `2020-0${i + 1}`, value })),
    pacePerMonth: 0,
    targetReachedMonth: null,
    projectedTargetMonth: null,
  });

  it('publishes a non-decreasing series whose points are what the people reached were as of each month', () => {
    const [full] = participationView([row(8)], PUBLIC);
    const points = full!.cumulative.map((p) => p.value);
    points.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(points[i]!));
    expect(full!.peopleReached).toBe(points.at(-1));
    for (let upTo = 1; upTo <= 8; upTo += 1) expect(participationView([row(upTo)], PUBLIC)[0]!.peopleReached).toBe(points[upTo - 1]);
    expect(points[0]).toBe(0);
    expect(full!.targetReachedMonth).toBe(full!.cumulative.find((p) => p.value >= 30)?.month ?? null);
    expect(participationView([row(8)], EXACT)).toEqual([row(8)]);
  });
});

describe('reachView', () => {
  const project = (code: string, reached: number): ProjectParticipationRow => ({
    code,
    asOf: '2020-03-31',
    target: 500,
    peopleReached: reached,
    attendances: 0,
    anonymousHeadcount: 0,
    shareOfTarget: reached / 500,
    cumulative: [{ month: '2020-03', value: reached }],
    pacePerMonth: 0,
    targetReachedMonth: null,
    projectedTargetMonth: null,
  });
  const series = [0, 40, 41, 41, 60, 62];
  const reach = (projectCodes: string[] | null, allProjects: boolean, upTo = series.length): ReachReport => ({
    asOf: '2020-03-31',
    projectCodes,
    allProjects,
    people: series[upTo - 1]!,
    cumulative: series.slice(0, upTo).map((value, i) => ({ month: `2020-0${i + 1}`, value })),
  });
  const rows = [project('A', 50), project('B', 20)];

  it('gives keys the distinct people of any scope, and the sum over the projects beside it', () => {
    expect(reachView(reach(['A', 'B'], false), rows, EXACT)).toEqual({ asOf: '2020-03-31', people: 62, sumOverProjects: 70 });
  });

  it('gives the public one project its published people reached, and no distinct count for a set of projects short of all', () => {
    const published = participationView([rows[0]!], PUBLIC);
    expect(reachView(reach(['A'], false), published, PUBLIC).people).toBe(published[0]!.peopleReached);
    const both = participationView(rows, PUBLIC);
    expect(reachView(reach(['A', 'B'], false), both, PUBLIC)).toEqual({
      asOf: '2020-03-31',
      people: null,
      sumOverProjects: both[0]!.peopleReached + both[1]!.peopleReached,
    });
  });

  it('gives the public all projects one cell of its own, non-decreasing, within the noise, and the same for the same people', () => {
    const both = participationView(rows, PUBLIC);
    const published = series.map((_, i) => reachView(reach(null, true, i + 1), both, PUBLIC).people!);
    published.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(published[i]!));
    published.forEach((v, i) => expect(Math.abs(v - series[i]!)).toBeLessThanOrEqual(Math.min(series[i]!, NOISE.maxNoise)));
    // The last month end: the largest draw so far of the one cell, whatever the scope is called.
    const draws = series.map((n) => perturbCount(SECRET, ALL_PROJECTS_REACH_CELL, n));
    expect(published.at(-1)).toBe(Math.max(...draws));
    expect(reachView(reach(['A', 'B'], true), both, PUBLIC).people).toBe(published.at(-1));
  });
});

describe('debtView and fundingView', () => {
  const month = (m: string, repaid: bigint, withheld: bigint) => ({
    month: m,
    repaidCents: repaid,
    withheldCents: withheld,
    recoveredCents: repaid + withheld,
  });
  const amounts = (arrears: bigint, repaid: bigint, withheld: bigint) => ({
    arrearsCents: arrears,
    repaidCents: repaid,
    withheldCents: withheld,
    recoveredCents: repaid + withheld,
    outstandingCents: arrears - repaid - withheld,
    recoveryRate: Number(repaid + withheld) / Number(arrears),
  });
  const report: DebtResult = {
    asOf: '2020-02-29',
    ...amounts(5_000_000n, 133_200n, 200_000n),
    projects: [
      { code: 'A', ...amounts(3_000_000n, 33_200n, 100_000n) },
      { code: 'B', ...amounts(2_000_000n, 100_000n, 100_000n) },
    ],
    monthly: [month('2020-01', 100_000n, 0n), month('2020-02', 133_200n, 200_000n)],
    projectMonthly: new Map([
      ['A', [month('2020-02', 33_200n, 100_000n)]],
      ['B', [month('2020-01', 100_000n, 0n), month('2020-02', 100_000n, 100_000n)]],
    ]),
  };

  it("publishes each project's amounts perturbed, totals and months as their sums, and a project's last month as its total", () => {
    const view = debtView(report, PUBLIC);
    expect(view.repaidCents).toBe(view.projects.reduce((s, p) => s + p.repaidCents, 0n));
    expect(view.monthly.at(-1)).toMatchObject({ repaidCents: view.repaidCents, withheldCents: view.withheldCents });
    for (const p of view.projects) {
      const truth = report.projects.find((x) => x.code === p.code)!;
      const gap = p.repaidCents - truth.repaidCents;
      expect((gap < 0n ? -gap : gap) <= MAX_MONEY_NOISE_CENTS).toBe(true);
      expect(p.recoveredCents).toBe(p.repaidCents + p.withheldCents);
    }
    // Project B repaid nothing in February: the month is published as January was.
    const b = debtView({ ...report, projectMonthly: new Map([['B', report.projectMonthly.get('B')!]]) }, PUBLIC);
    expect(b.monthly[0]!.repaidCents).toBe(b.monthly[1]!.repaidCents);
    expect(debtView(report, EXACT)).not.toHaveProperty('projectMonthly');
  });

  it("shows in funding the allowance times the outcomes' published enrolments, and debt's published amount withheld", () => {
    const funding: FundingResult = {
      asOf: '2020-01-31',
      totalAwardedCents: 50_000_000n,
      allowancesCommittedCents: 16_600_000n,
      withheldCents: 200_000n,
      byRole: [],
      projects: [
        { code: 'A', awardedCents: 25_000_000n, allowancesCommittedCents: 8_600_000n, withheldCents: 100_000n, enrolled: 43 },
        { code: 'B', awardedCents: 25_000_000n, allowancesCommittedCents: 8_000_000n, withheldCents: 100_000n, enrolled: 40 },
      ],
    };
    const view = fundingView(funding, PUBLIC, OUTCOMES);
    const outcomes = outcomesView(OUTCOMES, PUBLIC);
    const debt = debtView(report, PUBLIC);
    for (const p of view.projects) {
      expect(p.allowancesCommittedCents).toBe(200_000n * BigInt(outcomes.projects.find((o) => o.code === p.code)!.enrolled));
      expect(p.withheldCents).toBe(debt.projects.find((d) => d.code === p.code)!.withheldCents);
      expect(p.awardedCents).toBe(25_000_000n);
    }
    expect(view.totalAwardedCents).toBe(50_000_000n);
    expect(fundingView(funding, EXACT).projects[0]).toEqual({
      code: 'A',
      awardedCents: 25_000_000n,
      allowancesCommittedCents: 8_600_000n,
      withheldCents: 100_000n,
    });
  });
});
