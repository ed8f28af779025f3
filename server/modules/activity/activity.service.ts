import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { insidePeriod, isUuid, notInFuture } from '../../domain/rules.js';
import { audit } from '../audit/audit.service.js';
import { findPerson, findProject } from '../enrolment/enrolment.service.js';
import { assertUnlocked } from '../lock/lock.service.js';
import { Activity } from './activity.entity.js';
import type { ActivityInput, AttendanceInput } from './activity.input.js';
import { Attendance } from './attendance.entity.js';

export const MAX_HEADCOUNT = 10_000;

export async function recordActivity(ctx: Context, input: ActivityInput): Promise<Activity> {
  return ctx.em.transactional(async (em: EntityManager) => {
    const project = await findProject(em, input.projectCode, 'projectCode');
    insidePeriod('heldOn', input.heldOn, project);
    notInFuture('heldOn', input.heldOn);
    await assertUnlocked(em, input.heldOn, 'heldOn');
    const title = input.title.trim();
    if (title.length === 0 || title.length > 200) throw invalid('title', 'title must have 1 to 200 characters');
    const activity = em.create(Activity, { project, kind: input.kind, heldOn: input.heldOn, title, synthetic: false });
    await em.flush();
    audit(em, ctx, {
      action: 'create',
      entity: 'activity',
      entityId: activity.id,
      after: { id: activity.id, projectCode: project.code, kind: input.kind, heldOn: input.heldOn, title },
    });
    return activity;
  });
}

/** A registered person at most once per activity; or a headcount of 1 to 10,000 people not registered. */
export async function recordAttendance(ctx: Context, input: AttendanceInput): Promise<Attendance> {
  const hasPerson = input.personId !== undefined && input.personId !== null;
  const hasCount = input.anonymousHeadcount !== undefined && input.anonymousHeadcount !== null;
  if (hasPerson === hasCount) throw invalid(hasPerson ? 'anonymousHeadcount' : 'personId', 'Give either personId or anonymousHeadcount, not both nor neither');
  if (hasCount && (input.anonymousHeadcount! < 1 || input.anonymousHeadcount! > MAX_HEADCOUNT)) {
    throw invalid('anonymousHeadcount', `anonymousHeadcount must be between 1 and ${MAX_HEADCOUNT}`);
  }
  return ctx.em.transactional(async (em: EntityManager) => {
    const activity = isUuid(input.activityId) ? await em.findOne(Activity, { id: input.activityId }) : null;
    if (!activity) throw notFound('activityId', `No activity with id ${input.activityId}`);
    await assertUnlocked(em, activity.heldOn, 'activityId');
    const person = hasPerson ? await findPerson(em, input.personId!, 'personId') : null;
    if (person && (await em.count(Attendance, { activity, person })) > 0) {
      throw conflict('personId', `Person ${person.id} is registered at this activity already`);
    }
    const attendance = em.create(Attendance, {
      activity,
      person,
      anonymousHeadcount: hasCount ? input.anonymousHeadcount! : null,
      synthetic: false,
    });
    await em.flush();
    audit(em, ctx, {
      action: 'create',
      entity: 'attendance',
      entityId: attendance.id,
      after: { id: attendance.id, activityId: activity.id, personId: person?.id ?? null, anonymousHeadcount: attendance.anonymousHeadcount ?? null },
    });
    return attendance;
  });
}
