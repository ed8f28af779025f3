/**
 * An attendance register: one row per person (or anonymous headcount) at an activity, the
 * activity named by project, day and title. New activities are recorded with the rules of
 * recordActivity, attendances with those of recordAttendance; a register that has the columns
 * registers the people it does not know. Rows already imported are skipped.
 */
import { randomUUID } from 'node:crypto';
import { activityDay, activityTitle, MAX_HEADCOUNT, personOrHeadcount } from '../domain/activity.js';
import { invalid } from '../domain/errors.js';
import { ActivityKind } from '../modules/activity/activity.enums.js';
import { type AdapterInput, dateOf, type ImportAdapter, type ImportPlan, projectOf } from './adapter.js';
import { parseItalianDate } from './csv.js';
import { activityKey, attendanceKey, loadActivities } from './facts.js';
import { PeopleOfFile, writePeople } from './people.js';
import { reportProgress, type Row } from './table.js';

interface NewActivity {
  id: string;
  projectCode: string;
  kind: string;
  heldOn: string;
  title: string;
}

interface NewAttendance {
  id: string;
  activityId: string;
  personId: string | null;
  anonymousHeadcount: number | null;
}

function kindOf(row: Row): string {
  const kind = row.get('kind').toUpperCase().replace(/\s+/g, '_');
  if (!(kind in ActivityKind))
    throw invalid('kind', `tipo must be one of ${Object.keys(ActivityKind).join(', ')}; got "${row.get('kind')}"`);
  return kind;
}

function headcountOf(row: Row): number | null {
  const text = row.get('headcount');
  if (text === '') return null;
  if (!/^\d+$/.test(text)) throw invalid('anonymousHeadcount', `persone_non_registrate must be a whole number from 1 to ${MAX_HEADCOUNT}`);
  return Number(text);
}

async function plan(input: AdapterInput): Promise<ImportPlan> {
  const { table, errors, lock } = input;
  const register = table.has('sex') && table.has('birthYear') && table.has('labourStatus');
  // Only the activities on the file's days, and their attendances: the cost follows the file.
  const days = [...new Set(table.rows.map((r) => parseItalianDate(r.get('heldOn'))).filter((d): d is string => d !== null))];
  const { activities, present } = await loadActivities(input.client, days);
  const people = await PeopleOfFile.load(input.client, input.pseudonymKey, table.rows, input.caller);
  const newActivities: NewActivity[] = [];
  const attendances: NewAttendance[] = [];
  let skipped = 0;

  table.rows.forEach((row, i) => {
    reportProgress(input.progress, i, table.rows.length);
    const before = errors.count;
    const project = errors.check(row, () => projectOf(input, row));
    const heldOn = errors.check(row, () => {
      const day = dateOf(row, 'heldOn');
      if (project) activityDay(day, project, lock);
      return day;
    });
    const kind = errors.check(row, () => kindOf(row));
    const title = errors.check(row, () => activityTitle(row.get('title')));
    const hasPerson = row.get('fiscalCode') !== '';
    const headcount = errors.check(row, () => {
      const count = headcountOf(row);
      personOrHeadcount(hasPerson, count);
      return count;
    });
    const personId =
      hasPerson && headcount === null ? errors.check(row, () => people.resolve(row, register && row.get('sex') !== '')) : null;
    if (errors.count > before || !project || !heldOn || !kind || !title || headcount === undefined || personId === undefined) return;

    const key = activityKey(project.code, heldOn, title);
    let activityId = activities.get(key);
    if (!activityId) {
      activityId = randomUUID();
      activities.set(key, activityId);
      newActivities.push({ id: activityId, projectCode: project.code, kind, heldOn, title });
    }
    const attended = attendanceKey(activityId, personId, headcount);
    if (present.has(attended)) {
      skipped += 1;
      return;
    }
    present.add(attended);
    attendances.push({ id: randomUUID(), activityId, personId, anonymousHeadcount: headcount });
  });

  return {
    created: { people: people.created.length, activities: newActivities.length, attendances: attendances.length },
    skipped,
    async write(writer) {
      const audited = await writePeople(writer, people.created);
      await writer.insert('activity', [
        ['id', 'uuid', newActivities.map((a) => a.id)],
        ['project_code', 'text', newActivities.map((a) => a.projectCode)],
        ['kind', 'activity_kind', newActivities.map((a) => a.kind)],
        ['held_on', 'date', newActivities.map((a) => a.heldOn)],
        ['title', 'text', newActivities.map((a) => a.title)],
      ]);
      await writer.insert('attendance', [
        ['id', 'uuid', attendances.map((a) => a.id)],
        ['activity_id', 'uuid', attendances.map((a) => a.activityId)],
        ['person_id', 'uuid', attendances.map((a) => a.personId)],
        ['anonymous_headcount', 'integer', attendances.map((a) => a.anonymousHeadcount)],
      ]);
      return [
        ...audited,
        ...newActivities.map((a) => ({ entity: 'activity', id: a.id, after: { ...a } })),
        ...attendances.map((a) => ({ entity: 'attendance', id: a.id, after: { ...a } })),
      ];
    },
  };
}

export const attendanceRegister: ImportAdapter = {
  required: ['project', 'heldOn', 'kind', 'title'],
  plan,
};
