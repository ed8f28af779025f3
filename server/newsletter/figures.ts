import type { Database } from '../db/database.js';
import { getDebtRecovery } from '../reporting/debt.js';
import type { ReportScope } from '../reporting/filters.js';
import { getOutcomes } from '../reporting/outcomes.js';
import { getParticipation } from '../reporting/participation.js';
import { usesSyntheticData } from '../reporting/synthetic.js';

export interface ProjectFigures {
  code: string;
  name: string;
  municipality: string;
  place: string | null;
  reached: number;
  target: number;
  enrolled: number;
  employed: number;
}

/** Everything a newsletter update says, read with the reports' own statements. */
export interface NewsletterFigures {
  asOf: string;
  reached: number;
  target: number;
  enrolled: number;
  employed: number;
  inProgress: number;
  arrearsCents: bigint;
  repaidCents: bigint;
  withheldCents: bigint;
  recoveredCents: bigint;
  recoveryRate: number | null;
  projects: ProjectFigures[];
  usesSyntheticData: boolean;
  /** The frozen report these figures are, to the cent (same content hash), if any. */
  frozenAs: { label: string; frozenAt: Date } | null;
}

export async function newsletterFigures(
  db: Database,
  scope: ReportScope,
  projects: { code: string; name: string; municipality: string; place?: string | null }[],
  frozen: () => Promise<NewsletterFigures['frozenAs']>,
): Promise<NewsletterFigures> {
  const [participation, outcomes, debt, synthetic, frozenAs] = await Promise.all([
    getParticipation(db, scope),
    getOutcomes(db, scope),
    getDebtRecovery(db, scope),
    usesSyntheticData(db),
    frozen(),
  ]);
  const reachOf = new Map(participation.map((p) => [p.code, p]));
  const outcomeOf = new Map(outcomes.projects.map((p) => [p.code, p]));
  return {
    asOf: scope.asOf,
    reached: participation.reduce((s, p) => s + p.peopleReached, 0),
    target: participation.reduce((s, p) => s + p.target, 0),
    enrolled: outcomes.enrolled,
    employed: outcomes.employed,
    inProgress: outcomes.inProgress,
    arrearsCents: debt.arrearsCents,
    repaidCents: debt.repaidCents,
    withheldCents: debt.withheldCents,
    recoveredCents: debt.recoveredCents,
    recoveryRate: debt.recoveryRate,
    projects: projects.map((p) => ({
      code: p.code,
      name: p.name,
      municipality: p.municipality,
      place: p.place ?? null,
      reached: reachOf.get(p.code)?.peopleReached ?? 0,
      target: reachOf.get(p.code)?.target ?? 0,
      enrolled: outcomeOf.get(p.code)?.enrolled ?? 0,
      employed: outcomeOf.get(p.code)?.employed ?? 0,
    })),
    usesSyntheticData: synthetic,
    frozenAs,
  };
}
