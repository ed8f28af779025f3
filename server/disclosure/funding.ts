import type { FundingResult } from '../reporting/funding.js';
import type { OutcomesResult } from '../reporting/outcomes.js';
import type { Disclosure } from './audience.js';
import { publishedWithheld } from './debt.js';
import { publishedEnrolled } from './outcomes.js';

export type FundingView = Omit<FundingResult, 'projects'> & { projects: Omit<FundingResult['projects'][number], 'enrolled'>[] };

/**
 * Funding as shown. Awarded amounts are public facts (the Region's decree), the same for everyone.
 * The protected view derives what depends on people from the published figures of the other
 * reports: allowances committed are the allowance times the project's published enrolments (the
 * outcomes' figure), and withheld is debt recovery's published amount withheld; totals are sums.
 * `outcomes` is the same scope's outcomes report (needed by the protected view).
 */
export function fundingView(report: FundingResult, disclosure: Disclosure, outcomes?: OutcomesResult): FundingView {
  const strip = ({ enrolled: _enrolled, ...row }: FundingResult['projects'][number]) => row;
  if (disclosure.audience === 'EXACT') return { ...report, projects: report.projects.map(strip) };
  if (!outcomes) throw new Error('the protected funding view needs the outcomes report of the same scope');
  const enrolled = publishedEnrolled(outcomes, disclosure.secret);
  const projects = report.projects.map((p) => {
    const published = (enrolled.get(`${p.code}/FEMALE`) ?? 0) + (enrolled.get(`${p.code}/MALE`) ?? 0);
    return {
      ...strip(p),
      allowancesCommittedCents: p.enrolled === 0 ? 0n : (p.allowancesCommittedCents / BigInt(p.enrolled)) * BigInt(published),
      withheldCents: publishedWithheld(p.code, p.withheldCents, disclosure),
    };
  });
  return {
    ...report,
    allowancesCommittedCents: projects.reduce((sum, p) => sum + p.allowancesCommittedCents, 0n),
    withheldCents: projects.reduce((sum, p) => sum + p.withheldCents, 0n),
    projects,
  };
}
