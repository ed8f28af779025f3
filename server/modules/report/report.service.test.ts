import { describe, expect, it, vi } from 'vitest';
import { ReportCache } from '../../db/report-cache.js';
import { disclosurePolicy } from '../../disclosure/audience.js';
import { disclosureOf, exactReport, forgetReports, type ReportRequest } from './report.service.js';

/** A request context with a database that counts the statements it is sent (no report cache: the request's own memo only). */
function fakeContext(role: ReportRequest['caller']['role']) {
  const query = vi.fn(() => Promise.resolve({ rows: [] }));
  const ctx = {
    memo: new Map(),
    db: { query, reports: new ReportCache({ query } as never, 0) },
    caller: { role },
    disclosurePolicy: disclosurePolicy(7, Buffer.from('k')),
  } as unknown as ReportRequest;
  return { ctx, query };
}

describe('exactReport', () => {
  it('computes a report once per request and scope, whoever shows it afterwards', async () => {
    const { ctx, query } = fakeContext('PUBLIC');
    const scope = { projectCodes: null, asOf: '2020-01-31' };
    const [a, b] = await Promise.all([exactReport(ctx, 'esf', scope), exactReport(ctx, 'esf', scope)]);
    expect(a).toBe(b);
    expect(query).toHaveBeenCalledTimes(1);
    await exactReport(ctx, 'esf', { projectCodes: ['GOLAB'], asOf: '2020-01-31' });
    await exactReport(ctx, 'esf', { projectCodes: null, asOf: '2020-02-29' });
    expect(query).toHaveBeenCalledTimes(3);
    forgetReports(ctx);
    await exactReport(ctx, 'esf', scope);
    expect(query).toHaveBeenCalledTimes(4);
  });

  it('shows a report as the disclosure layer decides for the caller', () => {
    expect(disclosureOf(fakeContext('PUBLIC').ctx)).toMatchObject({ audience: 'PROTECTED', threshold: 7 });
    expect(disclosureOf(fakeContext('ANALYST').ctx)).toEqual({ audience: 'EXACT' });
  });
});
