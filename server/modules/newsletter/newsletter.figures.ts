import { forPublication } from '../../disclosure/audience.js';
import { debtView } from '../../disclosure/debt.js';
import { outcomesView } from '../../disclosure/outcomes.js';
import { participationView } from '../../disclosure/participation.js';
import { reachView } from '../../disclosure/reach.js';
import type { ReportScope } from '../../reporting/filters.js';
import { usesSyntheticData } from '../../reporting/synthetic.js';
import { cachedRead, exactReport, type ReportRequest } from '../report/report.service.js';

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

/**
 * Everything a newsletter update says: the request's exact reports shown as for publication
 * (server/disclosure/), whoever asks. It says programme and project totals only, which every view
 * shows as they are; people reached are the distinct people of the scope where the public has that
 * figure (disclosure/reach.ts), with the sum over the projects beside them.
 */
export interface NewsletterFigures {
  asOf: string;
  /**
   * Why this day: `ASKED` (the filter's asOf, or the release on or before it), `TODAY` (no day asked,
   * the programme still running: the latest release), `PROGRAMME_END` (no day asked, the programme
   * over: its last day, which the text says).
   */
  asOfChosen: AsOfChosen;
  /** Every project (no projectCodes in the filter), or the projects named. */
  allProjects: boolean;
  /** The last day of the scope's projects (ISO): the programme's end, or the single project's. */
  endDate: string;
  /** Distinct people reached by the projects together; null when the public has no such figure for this set of projects. */
  reached: number | null;
  /** The sum of the projects' people reached: a person reached by two projects counts in each. */
  reachedSumOverProjects: number;
  target: number;
  enrolled: number;
  employed: number;
  /** Exited without a job (their allowance partly withheld). */
  unsuccessful: number;
  /** Left the path before its end. */
  withdrawn: number;
  /** Enrolled with no exit recorded: enrolled = employed + unsuccessful + withdrawn + inProgress. */
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

export type AsOfChosen = 'ASKED' | 'TODAY' | 'PROGRAMME_END';

export interface ScopeProject {
  code: string;
  name: string;
  municipality: string;
  place?: string | null;
  endDate: string;
}

export async function newsletterFigures(
  ctx: ReportRequest,
  scope: ReportScope,
  asOfChosen: AsOfChosen,
  projects: ScopeProject[],
  frozen: () => Promise<NewsletterFigures['frozenAs']>,
): Promise<NewsletterFigures> {
  const publication = forPublication(ctx.disclosurePolicy);
  const [participation, reach, outcomes, debt, synthetic, frozenAs] = await Promise.all([
    exactReport(ctx, 'participation', scope).then((exact) => participationView(exact, publication)),
    exactReport(ctx, 'reach', scope),
    exactReport(ctx, 'outcomes', scope).then((exact) => outcomesView(exact, publication)),
    exactReport(ctx, 'debt', scope).then((exact) => debtView(exact, publication)),
    cachedRead(ctx, 'synthetic', usesSyntheticData),
    frozen(),
  ]);
  const reachOf = new Map(participation.map((p) => [p.code, p]));
  const outcomeOf = new Map(outcomes.projects.map((p) => [p.code, p]));
  const reached = reachView(reach, participation, publication);
  return {
    asOf: scope.asOf,
    asOfChosen,
    allProjects: scope.projectCodes === null,
    endDate: projects.map((p) => p.endDate).reduce((a, b) => (b > a ? b : a), projects[0]?.endDate ?? scope.asOf),
    reached: reached.people,
    reachedSumOverProjects: reached.sumOverProjects,
    target: participation.reduce((s, p) => s + p.target, 0),
    enrolled: outcomes.enrolled,
    employed: outcomes.employed,
    unsuccessful: outcomes.unsuccessful,
    withdrawn: outcomes.withdrawn,
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
