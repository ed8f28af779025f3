import type { DebtResult } from '../reporting/debt.js';
import type { Disclosure } from './audience.js';

export type DebtView = DebtResult;

/**
 * Debt recovery as shown. Amounts per project and in total are shown to everyone; the protected
 * view keeps the totals only over time (the last month of the series): amounts month by month can
 * reveal one person's repayment.
 */
export function debtView(report: DebtResult, disclosure: Disclosure): DebtView {
  if (disclosure.audience === 'EXACT') return report;
  return { ...report, monthly: report.monthly.slice(-1) };
}
