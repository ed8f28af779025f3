import type { EntityManager } from '@mikro-orm/postgresql';
import { activityDay, activityTitle, notPresentYet, personOrHeadcount } from '../../domain/activity.js';
import type { Caller } from '../../domain/caller.js';
import { notFound } from '../../domain/errors.js';
import { notLocked } from '../../domain/period.js';
import { isUuid } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { activeLock } from '../lock/lock.service.js';
import { getPerson } from '../person/person.service.js';
import { findProject } from '../project/project.service.js';
import { Activity } from './activity.entity.js';
import type { ActivityInput, AttendanceInput } from './activity.input.js';
import { Attendance } from './attendance.entity.js';

export async function recordActivity(em: EntityManager, caller: Caller, input: ActivityInput): Promise<Activity> {
  return em.transactional(async (em: EntityManager) => {
    const project = await findProject(em, input.projectCode, 'projectCode');
    activityDay(input.heldOn, project, await activeLock(em));
    const title = activityTitle(input.title);
    const activity = em.create(Activity, { project, kind: input.kind, heldOn: input.heldOn, title, synthetic: false });
    await em.flush();
    audit(em, caller, {
      action: 'create',
      entity: 'activity',
      entityId: activity.id,
      after: { id: activity.id, projectCode: project.code, kind: input.kind, heldOn: input.heldOn, title },
    });
    return activity;
  });
}

/** A registered person at most once per activity; or a headcount of 1 to 10,000 people not registered. */
export async function recordAttendance(em: EntityManager, caller: Caller, input: AttendanceInput): Promise<Attendance> {
  const hasPerson = input.personId !== undefined && input.personId !== null;
  personOrHeadcount(hasPerson, input.anonymousHeadcount);
  return em.transactional(async (em: EntityManager) => {
    const activity = isUuid(input.activityId) ? await em.findOne(Activity, { id: input.activityId }) : null;
    if (!activity) throw notFound('activityId', `No activity with id ${input.activityId}`);
    notLocked('activityId', activity.heldOn, await activeLock(em));
    const person = hasPerson ? await getPerson(em, input.personId!, 'personId') : null;
    if (person) notPresentYet(person.id, (await em.count(Attendance, { activity, person })) > 0);
    const attendance = em.create(Attendance, {
      activity,
      person,
      anonymousHeadcount: hasPerson ? null : input.anonymousHeadcount!,
      synthetic: false,
    });
    await em.flush();
    audit(em, caller, {
      action: 'create',
      entity: 'attendance',
      entityId: attendance.id,
      after: {
        id: attendance.id,
        activityId: activity.id,
        personId: person?.id ?? null,
        anonymousHeadcount: attendance.anonymousHeadcount ?? null,
      },
    });
    return attendance;
  });
}
