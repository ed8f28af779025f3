import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { insidePeriod, isUuid, notInFuture } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { findPerson, findProject } from '../enrolment/enrolment.service.js';
import { ArrearsCaseStatus } from './arrears-case.enums.js';
import { ArrearsCase } from './arrears-case.entity.js';
import type { ArrearsCaseInput, ArrearsCaseStatusInput } from './arrears-case.input.js';


/** Where a case file may go next. */
export const NEXT_STATUS: Record<ArrearsCaseStatus, ArrearsCaseStatus[]> = {
  [ArrearsCaseStatus.PREPARED]: [ArrearsCaseStatus.SUBMITTED],
  [ArrearsCaseStatus.SUBMITTED]: [ArrearsCaseStatus.APPROVED, ArrearsCaseStatus.REJECTED],
  [ArrearsCaseStatus.APPROVED]: [],
  [ArrearsCaseStatus.REJECTED]: [],
};

const record = (c: ArrearsCase) => ({
  id: c.id,
  projectCode: c.project.unwrap().code,
  personId: c.person.id,
  openedOn: c.openedOn,
  status: c.status,
  statusChangedOn: c.statusChangedOn,
});

export async function openArrearsCase(ctx: Context, input: ArrearsCaseInput): Promise<ArrearsCase> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const project = await findProject(em, input.projectCode, 'projectCode');
    const person = await findPerson(em, input.personId, 'personId');
    insidePeriod('openedOn', input.openedOn, project);
    notInFuture('openedOn', input.openedOn);
    const file = em.create(ArrearsCase, {
      project,
      person,
      openedOn: input.openedOn,
      status: ArrearsCaseStatus.PREPARED,
      statusChangedOn: input.openedOn,
      synthetic: false,
    });
    await em.flush();
    audit(em, ctx, { action: 'create', entity: 'arrears_case', entityId: file.id, after: record(file) });
    return file;
  });
}

export async function changeArrearsCaseStatus(ctx: Context, input: ArrearsCaseStatusInput): Promise<ArrearsCase> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const file = isUuid(input.caseId) ? await em.findOne(ArrearsCase, { id: input.caseId }, { populate: ['project'] }) : null;
    if (!file) throw notFound('caseId', `No case file with id ${input.caseId}`);
    if (!NEXT_STATUS[file.status].includes(input.status)) {
      throw conflict('status', `A ${file.status} case file cannot become ${input.status}`);
    }
    if (input.changedOn < file.statusChangedOn) {
      throw invalid('changedOn', `changedOn ${input.changedOn} is before the last change, on ${file.statusChangedOn}`);
    }
    notInFuture('changedOn', input.changedOn);
    const before = record(file);
    file.status = input.status;
    file.statusChangedOn = input.changedOn;
    await em.flush();
    audit(em, ctx, { action: 'update', entity: 'arrears_case', entityId: file.id, before, after: record(file) });
    return file;
  });
}
