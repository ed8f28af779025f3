import { describe, expect, it } from 'vitest';
import { applyShare } from '../server/money.js';
import { generateDemo, type DemoProject } from './demo.js';
import { PROJECTS, PRO_SALOMONE_RULES } from './article.js';

const projects: DemoProject[] = PROJECTS.map((p) => ({
  code: p.code,
  startDate: PRO_SALOMONE_RULES.startDate,
  endDate: PRO_SALOMONE_RULES.endDate,
  participantTarget: 100,
  involvementTarget: 500,
  allowanceCents: 200000n,
  withholdingShare: '0.5',
}));

describe('the synthetic demo population', () => {
  const demo = generateDemo(projects, { scale: 1, seed: 42 });

  it('is the same for the same seed, and different for another', () => {
    expect(generateDemo(projects, { scale: 1, seed: 42 })).toEqual(demo);
    expect(generateDemo(projects, { scale: 1, seed: 43 }).people.id[0]).not.toBe(demo.people.id[0]);
  });

  it('grows with the scale knob', () => {
    const bigger = generateDemo(projects, { scale: 3, seed: 42 });
    const ratio = bigger.attendances.id.length / demo.attendances.id.length;
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(3.5);
    expect(bigger.enrolments.id.length).toBeGreaterThan(demo.enrolments.id.length * 2.5);
  });

  it('gives every project participants, activities and all three kinds of exit', () => {
    for (const project of projects) {
      const outcomes = new Set(demo.enrolments.outcome.filter((_, i) => demo.enrolments.projectCode[i] === project.code));
      expect(outcomes).toEqual(new Set(['EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN', null]));
      expect(demo.activities.projectCode.filter((c) => c === project.code).length).toBeGreaterThan(50);
    }
  });

  it('varies outcomes between projects', () => {
    const rate = (code: string) => {
      const outcomes = demo.enrolments.outcome.filter((_, i) => demo.enrolments.projectCode[i] === code);
      return outcomes.filter((o) => o === 'EMPLOYED').length / outcomes.filter((o) => o !== null).length;
    };
    const rates = projects.map((p) => rate(p.code));
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
  });

  it('withholds half the allowance once on each unsuccessful exit, and never on other exits', () => {
    const unsuccessful = demo.enrolments.id.filter((_, i) => demo.enrolments.outcome[i] === 'UNSUCCESSFUL');
    expect(new Set(demo.withholdings.enrolmentId)).toEqual(new Set(unsuccessful));
    expect(demo.withholdings.enrolmentId).toHaveLength(unsuccessful.length);
    expect(demo.withholdings.amountCents.every((a) => BigInt(a) === applyShare(200000n, '0.5'))).toBe(true);
  });

  it('keeps events in order: exits after selection, repayments after selection, dates inside the lab for activities', () => {
    const e = demo.enrolments;
    e.id.forEach((_, i) => {
      if (e.exitedOn[i]) expect(e.exitedOn[i] >= e.selectedOn[i]!).toBe(true);
    });
    const selectedOn = new Map(e.id.map((id, i) => [id, e.selectedOn[i]!]));
    demo.repayments.enrolmentId.forEach((id, i) => expect(demo.repayments.paidOn[i]! > selectedOn.get(id)!).toBe(true));
    expect(demo.activities.heldOn.every((d) => d >= '2018-09-01' && d <= '2020-08-31')).toBe(true);
  });

  it('registers a person at most once per activity, and makes some people come often', () => {
    const keys = demo.attendances.personId.map((p, i) => (p ? `${demo.attendances.activityId[i]}|${p}` : null)).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    const visits = new Map<string, number>();
    for (const p of demo.attendances.personId) if (p) visits.set(p, (visits.get(p) ?? 0) + 1);
    expect(Math.max(...visits.values())).toBeGreaterThanOrEqual(10);
    expect([...visits.values()].filter((v) => v === 1).length).toBeGreaterThan(visits.size / 4);
  });

  it('leaves some registered people without any attendance (not everyone attends)', () => {
    const attending = new Set(demo.attendances.personId);
    const enrolled = new Set(demo.enrolments.personId);
    expect(demo.people.id.filter((id) => !attending.has(id) && enrolled.has(id)).length).toBeGreaterThan(50);
  });
});
