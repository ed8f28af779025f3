import type { EntityManager } from '@mikro-orm/postgresql';
import { lockRow, missingRecord, writeTransaction } from '../../db/conflicts.js';
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

/** An activity as the audit trail keeps it (and as an attendance register's import writes it there). */
export function activityRecord(a: Activity): Record<string, unknown> {
  return { id: a.id, projectCode: a.project.unwrap().code, kind: a.kind, heldOn: a.heldOn, title: a.title };
}

/** An attendance as the audit trail keeps it. */
export function attendanceRecord(a: Attendance): Record<string, unknown> {
  return { id: a.id, activityId: a.activity.id, personId: a.person?.id ?? null, anonymousHeadcount: a.anonymousHeadcount ?? null };
}

/**
 * One activity per project, day and title (the natural key an attendance register names it by):
 * the unique index activity_natural_key decides between two at once, the other is a CONFLICT on title.
 */
export async function recordActivity(em: EntityManager, caller: Caller, input: ActivityInput): Promise<Activity> {
  return writeTransaction(em, async (em: EntityManager) => {
    const project = await findProject(em, input.projectCode, 'projectCode');
    activityDay(input.heldOn, project, await activeLock(em));
    const title = activityTitle(input.title);
    const activity = em.create(Activity, { project, kind: input.kind, heldOn: input.heldOn, title, synthetic: false });
    await em.flush();
    audit(em, caller, { action: 'create', entity: 'activity', entityId: activity.id, after: activityRecord(activity) });
    return activity;
  });
}

/** A registered person at most once per activity; or a headcount of 1 to 10,000 people not registered. */
export async function recordAttendance(em: EntityManager, caller: Caller, input: AttendanceInput): Promise<Attendance> {
  const hasPerson = input.personId !== undefined && input.personId !== null;
  personOrHeadcount(hasPerson, input.anonymousHeadcount);
  return writeTransaction(em, async (em: EntityManager) => {
    // Shared lock: the activity cannot be voided meanwhile. Two attendances of one person at once:
    // the unique index on (activity, person) lets one in, the other is a CONFLICT on personId.
    if (!isUuid(input.activityId)) throw notFound('activityId', `No activity with id ${input.activityId}`);
    const there = await lockRow(em, 'activity', input.activityId, 'share');
    const activity = there ? await em.findOne(Activity, { id: input.activityId }, { refresh: true }) : null;
    if (!activity) throw await missingRecord(em, 'activity', input.activityId, 'activityId', 'activity');
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
    audit(em, caller, { action: 'create', entity: 'attendance', entityId: attendance.id, after: attendanceRecord(attendance) });
    return attendance;
  });
}
