import { describe, expect, it } from 'vitest';
import type { DebtResult } from '../reporting/debt.js';
import { ESF_INDICATORS, type EsfResult, type IndicatorRow } from '../reporting/esf-indicators.js';
import { outcomeCounts, type OutcomesResult, type Tally } from '../reporting/outcomes.js';
import type { ProjectParticipationRow } from '../reporting/participation.js';
import { disclosureFor, figuresNote, forPublication, forTheRecord, type ViewerRole } from './audience.js';
import { debtView } from './debt.js';
import { esfView } from './esf.js';
import { outcomesView } from './outcomes.js';
import { participationView } from './participation.js';

const EXACT = forTheRecord();
const PUBLIC = forPublication(10);

describe('who sees what', () => {
  it.each([
    ['ADMIN', 'EXACT'],
    ['OPERATOR', 'EXACT'],
    ['ANALYST', 'EXACT'],
    ['PUBLIC', 'PROTECTED'],
  ] as [ViewerRole, string][])('%s sees the %s view', (role, audience) => {
    expect(disclosureFor(role, 10).audience).toBe(audience);
  });

  it('carries the threshold to the protected view and says it in the figures note', () => {
    expect(disclosureFor('PUBLIC', 5)).toEqual({ audience: 'PROTECTED', threshold: 5 });
    expect(figuresNote(disclosureFor('PUBLIC', 10))).toBe('public: counts from 1 to 9 below project level hidden (docs/indicators.md)');
    expect(figuresNote(disclosureFor('PUBLIC', 5))).toBe('public: counts from 1 to 4 below project level hidden (docs/indicators.md)');
    expect(figuresNote(disclosureFor('ANALYST', 10))).toBe('exact');
  });

  it('refuses a threshold that would hide nothing', () => {
    expect(() => forPublication(1)).toThrow(RangeError);
  });
});

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

describe('esfView', () => {
  // Project A: 3 women and 40 men unemployed; project B: 20 and 20.
  const report = esfReport({
    A: { PARTICIPANTS: [3, 40], CO01: [3, 40] },
    B: { PARTICIPANTS: [20, 20], CO01: [20, 20] },
  });

  it('passes the exact figures through unchanged', () => {
    const rows = esfView(report, EXACT);
    expect(rows.find((r) => r.code === 'CO01')).toMatchObject({ women: 23, men: 60, total: 83, suppressed: false });
    expect(rows.every((r) => !r.suppressed)).toBe(true);
  });

  it('hides, over the scope, a cell hidden in one of its projects, and a second cell of its identities', () => {
    const rows = esfView(report, PUBLIC);
    const co01 = rows.find((r) => r.code === 'CO01')!;
    // 23 women is no small count, but 3 of them are project A's: hidden, and men with it (women + men = total).
    expect(co01).toMatchObject({ women: null, men: null, total: 83, suppressed: true });
    expect(rows.find((r) => r.code === 'PARTICIPANTS')).toMatchObject({ total: 83 });
  });

  it('leaves the exact report as it was (it is shared by every view of a request)', () => {
    const before = structuredClone(report);
    esfView(report, PUBLIC);
    expect(report).toEqual(before);
  });
});

function outcomesReport(bySex: Record<string, Tally>): OutcomesResult {
  const total = Object.values(bySex).reduce<Tally>(
    (a, b) => ({
      enrolled: a.enrolled + b.enrolled,
      employed: a.employed + b.employed,
      unsuccessful: a.unsuccessful + b.unsuccessful,
      withdrawn: a.withdrawn + b.withdrawn,
      PERMANENT: (a.PERMANENT ?? 0) + (b.PERMANENT ?? 0),
    }),
    { enrolled: 0, employed: 0, unsuccessful: 0, withdrawn: 0 },
  );
  const { byContractType: _a, ...female } = outcomeCounts(bySex.FEMALE!);
  const { byContractType: _b, ...male } = outcomeCounts(bySex.MALE!);
  return {
    asOf: '2020-01-31',
    ...outcomeCounts(total),
    projects: [{ code: 'A', ...outcomeCounts(total) }],
    bySex: [
      { sex: 'FEMALE', ...female },
      { sex: 'MALE', ...male },
    ],
    projectSex: new Map([['A', new Map(Object.entries(bySex))]]),
  };
}

describe('outcomesView', () => {
  const report = outcomesReport({
    FEMALE: { enrolled: 4, employed: 2, unsuccessful: 0, withdrawn: 0, PERMANENT: 2 },
    MALE: { enrolled: 30, employed: 12, unsuccessful: 10, withdrawn: 0, PERMANENT: 12 },
  });

  it('shows every count to a key', () => {
    const view = outcomesView(report, EXACT);
    expect(view.bySex.map((s) => [s.enrolled, s.suppressed])).toEqual([
      [4, false],
      [30, false],
    ]);
    expect(view.byContractType.find((c) => c.contractType === 'PERMANENT')).toEqual({
      contractType: 'PERMANENT',
      count: 14,
      suppressed: false,
    });
    expect('projectSex' in view).toBe(false);
  });

  it('hides small counts by sex and their complements, never the totals', () => {
    const view = outcomesView(report, PUBLIC);
    expect(view).toMatchObject({ enrolled: 34, employed: 14, unsuccessful: 10, inProgress: 10 });
    const [female, male] = view.bySex;
    expect(female).toMatchObject({ enrolled: null, employed: null, employmentRate: null, suppressed: true });
    // Women's enrolled (4) is hidden: men's enrolled would give it away (34 - 30), so it goes too.
    expect(male).toMatchObject({ enrolled: null, suppressed: true });
    expect(view.projects[0]).toMatchObject({ code: 'A', enrolled: 34, employed: 14 });
  });
});

describe('debtView', () => {
  const month = (m: string, cents: bigint) => ({ month: m, repaidCents: cents, withheldCents: 0n, recoveredCents: cents });
  const amounts = {
    arrearsCents: 1000n,
    repaidCents: 300n,
    withheldCents: 0n,
    recoveredCents: 300n,
    outstandingCents: 700n,
    recoveryRate: 0.3,
  };
  const report: DebtResult = {
    asOf: '2020-01-31',
    ...amounts,
    projects: [{ code: 'A', ...amounts }],
    monthly: [month('2019-12', 100n), month('2020-01', 300n)],
  };

  it('keeps the totals only over time for the public, the whole series for a key', () => {
    expect(debtView(report, PUBLIC).monthly).toEqual([month('2020-01', 300n)]);
    expect(debtView(report, PUBLIC).projects).toEqual(report.projects);
    expect(debtView(report, EXACT)).toBe(report);
  });
});

describe('participationView', () => {
  const row: ProjectParticipationRow = {
    code: 'A',
    asOf: '2020-03-31',
    target: 500,
    peopleReached: 31,
    attendances: 80,
    anonymousHeadcount: 7,
    shareOfTarget: 31 / 500,
    cumulative: [12, 15, 30, 31].map((value, i) => ({ month: `2020-0${i}`, value })),
    pacePerMonth: 16 / 3,
    targetReachedMonth: null,
    projectedTargetMonth: '2020-12',
  };

  it('leaves out months and the pace that would show fewer people than the threshold', () => {
    const [shown] = participationView([row], PUBLIC);
    expect(shown!.cumulative.map((p) => p.value)).toEqual([12, 31]);
    expect(shown).toMatchObject({ peopleReached: 31, attendances: 80, anonymousHeadcount: 7, pacePerMonth: 16 / 3 });
    const [slow] = participationView([{ ...row, pacePerMonth: 1 }], PUBLIC);
    expect(slow).toMatchObject({ pacePerMonth: null, projectedTargetMonth: null });
    expect(participationView([row], EXACT)).toEqual([row]);
  });
});
