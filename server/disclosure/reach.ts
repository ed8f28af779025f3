import type { MonthlyValue } from '../reporting/participation.js';
import type { ReachReport, ReachTotal } from '../reporting/reach.js';
import type { Disclosure } from './audience.js';
import { perturbCount } from './cell-key.js';
import type { ProjectParticipationTotals } from '../reporting/participation.js';

/** The cell of the distinct people reached by all projects together (no project code: it cannot meet `reach/<code>`). */
export const ALL_PROJECTS_REACH_CELL = 'reach-distinct/all-projects';

export interface ReachView {
  asOf: string;
  /**
   * Distinct people reached by the scope's projects (a person reached by two counted once). For
   * the public: one project's published people reached, the all-projects cell, or null for any
   * other set of projects.
   */
  people: number | null;
  /** The sum of the projects' people reached as shown (a person reached by two projects counted in each). */
  sumOverProjects: number;
}

/**
 * People reached over a scope, as shown. Keys get the exact distinct count for any scope. The
 * public gets a distinct count only where it is no fresh draw of nearly the same people
 * (docs/disclosure.md, "Distinct people reached"):
 * - for one project, that project's published people reached (the same figure as `participation`);
 * - for every project, one cell of its own, perturbed month by month and kept non-decreasing as a
 *   project's series is (each point the largest published value so far), its last point published;
 * - for any other set of projects, null: each subset would be another draw of almost the same
 *   people, which averaged over many subsets would narrow the truth, and its sum over projects is
 *   published instead.
 * `participation` is the same scope's participation as shown to the same caller. An exact caller
 * needs no series: `exact` may be the figure alone (reachTotal) and `participation` its totals.
 */
export function reachView(exact: ReachTotal | ReachReport, participation: ProjectParticipationTotals[], disclosure: Disclosure): ReachView {
  const sumOverProjects = participation.reduce((sum, p) => sum + p.peopleReached, 0);
  if (disclosure.audience === 'EXACT') return { asOf: exact.asOf, people: exact.people, sumOverProjects };
  const one = participation.length === 1 ? participation[0]! : undefined;
  if (one) return { asOf: exact.asOf, people: one.peopleReached, sumOverProjects };
  if (!exact.allProjects) return { asOf: exact.asOf, people: null, sumOverProjects };
  if (!('cumulative' in exact)) throw new Error("reachView: the public's all-projects figure is drawn from the monthly series");
  return { asOf: exact.asOf, people: publishedSeries(exact.cumulative, disclosure.secret).at(-1)?.value ?? 0, sumOverProjects };
}

/** The all-projects series as published: each month end perturbed on the one cell, then the running maximum. */
function publishedSeries(cumulative: MonthlyValue[], secret: Buffer): MonthlyValue[] {
  let highest = 0;
  return cumulative.map(({ month, value }) => {
    highest = Math.max(highest, perturbCount(secret, ALL_PROJECTS_REACH_CELL, value));
    return { month, value: highest };
  });
}
