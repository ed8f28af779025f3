import { amounts, type DebtResult, type MonthlyAmounts } from '../reporting/debt.js';
import type { Disclosure } from './audience.js';
import { perturbCents } from './cell-key.js';

export type DebtView = Omit<DebtResult, 'projectMonthly'>;

/**
 * Debt recovery as shown. The protected view perturbs each project's arrears, repaid and withheld
 * amounts by the cell key method ("repaid/PROJECT": one cell per project and measure, whatever the
 * date, so a month in which nothing was repaid is published as the month before); totals and the
 * monthly series are sums of the projects' published amounts, so a project's last month equals its
 * published total. A single repayment cannot be told from the difference of two months: each side
 * carries its own draw of up to ±MAX_MONEY_NOISE_CENTS.
 */
export function debtView(report: DebtResult, disclosure: Disclosure): DebtView {
  const { projectMonthly: _finest, ...exact } = report;
  if (disclosure.audience === 'EXACT') return exact;
  const { secret } = disclosure;
  const projects = report.projects.map((p) =>
    Object.assign(
      { code: p.code },
      amounts(
        perturbCents(secret, `arrears/${p.code}`, p.arrearsCents),
        perturbCents(secret, `repaid/${p.code}`, p.repaidCents),
        perturbCents(secret, `withheld/${p.code}`, p.withheldCents),
      ),
    ),
  );
  const sum = (pick: (p: (typeof projects)[number]) => bigint) => projects.reduce((total, p) => total + pick(p), 0n);
  const monthly: MonthlyAmounts[] = report.monthly.map(({ month }) => ({ month, repaidCents: 0n, withheldCents: 0n, recoveredCents: 0n }));
  const index = new Map(monthly.map((m, i) => [m.month, i]));
  for (const [code, series] of report.projectMonthly) {
    for (const point of series) {
      const at = monthly[index.get(point.month)!]!;
      const repaid = perturbCents(secret, `repaid/${code}`, point.repaidCents);
      const withheld = perturbCents(secret, `withheld/${code}`, point.withheldCents);
      at.repaidCents += repaid;
      at.withheldCents += withheld;
      at.recoveredCents += repaid + withheld;
    }
  }
  return {
    asOf: report.asOf,
    ...amounts(
      sum((p) => p.arrearsCents),
      sum((p) => p.repaidCents),
      sum((p) => p.withheldCents),
    ),
    projects,
    monthly,
  };
}

/** A project's published amount withheld (the same cell as in debtView: funding shows the same figure). */
export function publishedWithheld(code: string, cents: bigint, disclosure: Disclosure): bigint {
  return disclosure.audience === 'EXACT' ? cents : perturbCents(disclosure.secret, `withheld/${code}`, cents);
}
