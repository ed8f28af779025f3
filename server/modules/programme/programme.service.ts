import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { ProgrammeFacts } from '../project/project.records.js';
import { catalogue, type ReportRequest } from '../report/report.service.js';

/** The one programme (NOT_SEEDED until the article's data is loaded), from the request's catalogue. */
export async function programmeFacts(ctx: ReportRequest): Promise<ProgrammeFacts> {
  const { programme } = await catalogue(ctx);
  if (!programme) throw new DomainError(ErrorCode.NOT_SEEDED, 'The programme has not been loaded yet: run npm run seed.');
  return programme;
}
