import { projectTargetMonth, type ProjectParticipationRow, type ProjectParticipationTotals } from '../reporting/participation.js';
import type { Disclosure } from './audience.js';
import { perturbCount } from './cell-key.js';

export type ParticipationView = ProjectParticipationRow;

/**
 * People reached as shown. The protected view perturbs, per project, the people reached at each
 * month end of the series (one cell, "reach/PROJECT": a month with the same people as the month
 * before is published the same), keeps the series non-decreasing (each point is the largest
 * published value so far: a function of published values only), and publishes as people reached
 * the series' last point, so the total asked as of a month end equals that month's point in any
 * later series. Registered attendances and anonymous headcounts are perturbed like counts; the
 * pace and the projection follow from the published series.
 */
export function participationView(rows: ProjectParticipationRow[], disclosure: Disclosure): ParticipationView[];
/** Rows without their series are exact figures: for an exact disclosure only (the public's are drawn from the series). */
export function participationView(rows: ProjectParticipationTotals[], disclosure: Disclosure): ProjectParticipationTotals[];
export function participationView(rows: ProjectParticipationTotals[], disclosure: Disclosure): ProjectParticipationTotals[] {
  if (disclosure.audience === 'EXACT') return rows;
  const { secret } = disclosure;
  return rows.map((row) => {
    if (!hasSeries(row)) throw new Error("participationView: the public's people reached are drawn from the monthly series");
    let highest = 0;
    const cumulative = row.cumulative.map(({ month, value }) => {
      highest = Math.max(highest, perturbCount(secret, `reach/${row.code}`, value));
      return { month, value: highest };
    });
    const reached = cumulative.at(-1)?.value ?? 0;
    const before = cumulative.at(-4)?.value ?? 0;
    const pace = (reached - before) / 3;
    return {
      ...row,
      peopleReached: reached,
      attendances: perturbCount(secret, `attendances/${row.code}`, row.attendances),
      anonymousHeadcount: perturbCount(secret, `anonymous/${row.code}`, row.anonymousHeadcount),
      shareOfTarget: row.target > 0 ? reached / row.target : 0,
      cumulative,
      pacePerMonth: pace,
      targetReachedMonth: cumulative.find((p) => p.value >= row.target)?.month ?? null,
      projectedTargetMonth: projectTargetMonth(row.asOf, reached, row.target, pace),
    };
  });
}

function hasSeries(row: ProjectParticipationTotals): row is ProjectParticipationRow {
  return 'cumulative' in row;
}
