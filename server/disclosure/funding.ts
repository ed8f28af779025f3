import type { FundingResult } from '../reporting/funding.js';
import type { Disclosure } from './audience.js';

export type FundingView = FundingResult;

/**
 * Funding as shown: awarded amounts, allowances committed and withheld are money per project and
 * above, public for every audience (docs/indicators.md), so every view is the exact report.
 */
export function fundingView(report: FundingResult, _disclosure: Disclosure): FundingView {
  return report;
}
