import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow, missingRecord, writeTransaction } from '../../db/conflicts.js';
import { openingDay, statusChange } from '../../domain/arrears-case.js';
import type { Caller } from '../../domain/caller.js';
import { notFound } from '../../domain/errors.js';
import { isUuid } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { getPerson } from '../person/person.service.js';
import { findProject } from '../project/project.service.js';
import { ArrearsCaseStatus } from './arrears-case.enums.js';
import { ArrearsCase } from './arrears-case.entity.js';
import type { ArrearsCaseInput, ArrearsCaseStatusInput } from './arrears-case.input.js';

/** A case file as the audit trail keeps it. */
export const arrearsCaseRecord = (c: ArrearsCase): Record<string, unknown> => ({
  id: c.id,
  projectCode: c.project.unwrap().code,
  personId: c.person.id,
  openedOn: c.openedOn,
  status: c.status,
  statusChangedOn: c.statusChangedOn,
});

export async function openArrearsCase(em: EntityManager, caller: Caller, input: ArrearsCaseInput): Promise<ArrearsCase> {
  return writeTransaction(em, async (em: EntityManager) => {
    const project = await findProject(em, input.projectCode, 'projectCode');
    const person = await getPerson(em, input.personId, 'personId');
    openingDay(input.openedOn, project);
    const file = em.create(ArrearsCase, {
      project,
      person,
      openedOn: input.openedOn,
      status: ArrearsCaseStatus.PREPARED,
      statusChangedOn: input.openedOn,
      synthetic: false,
    });
    await em.flush();
    audit(em, caller, { action: 'create', entity: 'arrears_case', entityId: file.id, after: arrearsCaseRecord(file) });
    return file;
  });
}

export async function changeArrearsCaseStatus(em: EntityManager, caller: Caller, input: ArrearsCaseStatusInput): Promise<ArrearsCase> {
  return writeTransaction(em, async (em: EntityManager) => {
    if (!isUuid(input.caseId)) throw notFound('caseId', `No case file with id ${input.caseId}`);
    // Locked: of two status changes at once, the second starts from the first one's status.
    const there = await lockRow(em, 'arrears_case', input.caseId, 'update');
    const file = there ? await em.findOne(ArrearsCase, { id: input.caseId }, { populate: ['project'], refresh: true }) : null;
    if (!file) throw await missingRecord(em, 'arrears_case', input.caseId, 'caseId', 'case file');
    statusChange(file, input.status, input.changedOn);
    const before = arrearsCaseRecord(file);
    file.status = input.status;
    file.statusChangedOn = input.changedOn;
    await em.flush();
    audit(em, caller, { action: 'update', entity: 'arrears_case', entityId: file.id, before, after: arrearsCaseRecord(file) });
    return file;
  });
}
