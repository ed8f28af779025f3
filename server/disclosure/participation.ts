import type { ProjectParticipationRow } from '../reporting/participation.js';
import type { Disclosure } from './audience.js';
import { isSmall, suppressCumulative } from './suppression.js';

export type ParticipationView = ProjectParticipationRow;

/**
 * People reached as shown. The protected view keeps each project's totals as they are; leaves out
 * of the monthly series the months whose growth since the previous shown month is 1 to
 * threshold-1 people; gives no pace (nor projection) when the last three months reached 1 to
 * threshold-1 people.
 */
export function participationView(rows: ProjectParticipationRow[], disclosure: Disclosure): ParticipationView[] {
  if (disclosure.audience === 'EXACT') return rows;
  const { threshold } = disclosure;
  return rows.map((row) => {
    const shown = suppressCumulative(
      row.cumulative.map((p) => p.value),
      threshold,
    );
    const recent = row.pacePerMonth === null ? 0 : Math.round(row.pacePerMonth * 3);
    const hidePace = isSmall(recent, threshold);
    return {
      ...row,
      cumulative: row.cumulative.filter((_, i) => shown[i] !== null),
      pacePerMonth: hidePace ? null : row.pacePerMonth,
      projectedTargetMonth: hidePace ? null : row.projectedTargetMonth,
    };
  });
}
