/**
 * The social-services list of selected participants: one row per person selected for a
 * project, registering the person when the fiscal code is new and enrolling them, with the rules
 * of registerPerson and enrolPerson. A row already imported (same person, project and day) is
 * skipped.
 */
import { randomUUID } from 'node:crypto';
import { arrearsAtEnrolment, noOpenEnrolment, selectionDay } from '../domain/enrolment.js';
import { oldEnoughAtSelection } from '../domain/person.js';
import { type AdapterInput, amountOf, dateOf, type ImportAdapter, type ImportPlan, projectOf } from './adapter.js';
import { loadEnrolments } from './facts.js';
import { PeopleOfFile, writePeople } from './people.js';
import { reportProgress } from './table.js';

interface NewEnrolment {
  id: string;
  personId: string;
  projectCode: string;
  selectedOn: string;
  arrearsCents: bigint;
}

async function plan(input: AdapterInput): Promise<ImportPlan> {
  const { table, errors, lock } = input;
  const people = await PeopleOfFile.load(input.client, input.pseudonymKey, table.rows, input.caller);
  // Only the enrolments of the people in the file: the cost follows the file, not the database.
  const theirs = await loadEnrolments(input.client, people.registeredIds);
  const open = new Set(theirs.filter((r) => r.open).map((r) => r.key.split('|').slice(0, 2).join('|')));
  const existing = new Set(theirs.map((r) => r.key));
  const enrolments: NewEnrolment[] = [];
  let skipped = 0;

  table.rows.forEach((row, i) => {
    reportProgress(input.progress, i, table.rows.length);
    const before = errors.count;
    const personId = errors.check(row, () => people.resolve(row, true));
    const project = errors.check(row, () => projectOf(input, row));
    const selectedOn = errors.check(row, () => {
      const day = dateOf(row, 'selectedOn');
      if (project) selectionDay(day, project, lock);
      return day;
    });
    const arrearsCents = errors.check(row, () => {
      const cents = amountOf(row, 'arrears', 'arrearsAtEnrolment', table.delimiter);
      arrearsAtEnrolment(cents);
      return cents;
    });
    if (errors.count > before || !personId || !project || !selectedOn || arrearsCents === undefined) return;
    const birthYear = people.birthYearOf(personId);
    if (birthYear !== undefined) errors.check(row, () => oldEnoughAtSelection(birthYear, selectedOn, 'birthYear'));
    if (errors.count > before) return;
    const personAndProject = `${personId}|${project.code}`;
    if (existing.has(`${personAndProject}|${selectedOn}`)) {
      skipped += 1;
      return;
    }
    errors.check(row, () => noOpenEnrolment(personId, project.code, open.has(personAndProject)));
    if (errors.count > before) return;
    open.add(personAndProject);
    existing.add(`${personAndProject}|${selectedOn}`);
    enrolments.push({ id: randomUUID(), personId, projectCode: project.code, selectedOn, arrearsCents });
  });

  return {
    created: { people: people.created.length, enrolments: enrolments.length },
    skipped,
    async write(writer) {
      const audited = await writePeople(writer, people.created);
      await writer.insert('enrolment', [
        ['id', 'uuid', enrolments.map((e) => e.id)],
        ['person_id', 'uuid', enrolments.map((e) => e.personId)],
        ['project_code', 'text', enrolments.map((e) => e.projectCode)],
        ['selected_on', 'date', enrolments.map((e) => e.selectedOn)],
        ['arrears_cents', 'bigint', enrolments.map((e) => e.arrearsCents)],
      ]);
      // The enrolment's audited shape (enrolmentRecord): no exit yet.
      const open = {
        exitedOn: null,
        outcome: null,
        contractType: null,
        qualificationOnExit: null,
        jobSearchingOnExit: null,
        inEducationOrTrainingOnExit: null,
      };
      return [...audited, ...enrolments.map((e) => ({ entity: 'enrolment', id: e.id, after: { ...e, ...open } }))];
    },
  };
}

export const participantsList: ImportAdapter = {
  required: ['fiscalCode', 'sex', 'birthYear', 'labourStatus', 'project', 'selectedOn', 'arrears'],
  plan,
};
