/**
 * File imports: the social-services list of selected participants, and the attendance register
 * of activities. A file is one transaction: every row is checked first, and a file with any bad
 * row writes nothing and returns every bad row (row, column, message). Rows already in the
 * database (same natural key) are skipped, so importing the same file twice adds nothing.
 * Inserts are batched (one statement per table per 5,000 rows), and every record written is
 * audited with the file's name as the reason.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { todayInItaly } from '../../dates.js';
import { ActivityKind } from '../activity/activity.enums.js';
import { MAX_HEADCOUNT } from '../activity/activity.service.js';
import { checkFiscalCode, normaliseFiscalCode, pseudonymise, checkCharacter } from '../person/fiscal-code.js';
import { EducationLevel, LabourStatus, Sex } from '../person/person.enums.js';
import { parseAmount, parseCsv, parseItalianDate, type CsvTable } from './csv.js';

export type ImportKind = 'participants' | 'attendance';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  dryRun: boolean;
  written: boolean;
  created: { people: number; enrolments: number; activities: number; attendances: number };
  skipped: number;
  errors: ImportRowError[];
}

export interface ImportOptions {
  kind: ImportKind;
  csv: string;
  fileName: string;
  dryRun: boolean;
  actor: string;
  requestId?: string;
  pseudonymKey: Buffer;
  /** For an OPERATOR key, the projects it may record for; null = any project. */
  allowedProjects?: string[] | null;
  onProgress?: (message: string) => void;
}

const MAX_ERRORS = 1000;
const BATCH = 5000;

/** Column names, Italian first, with their English aliases. */
const COLUMNS = {
  fiscalCode: ['codice_fiscale', 'fiscal_code', 'cf'],
  sex: ['sesso', 'sex'],
  birthYear: ['anno_nascita', 'birth_year'],
  education: ['titolo_studio', 'education'],
  labourStatus: ['condizione', 'labour_status'],
  project: ['progetto', 'project', 'project_code'],
  selectedOn: ['data_selezione', 'selected_on'],
  arrears: ['morosita', 'morosità', 'arrears'],
  heldOn: ['data', 'data_attivita', 'held_on'],
  kind: ['tipo', 'kind'],
  title: ['titolo', 'title'],
  headcount: ['persone_non_registrate', 'anonymous_headcount'],
} as const;
type Column = keyof typeof COLUMNS;

const REQUIRED: Record<ImportKind, Column[]> = {
  participants: ['fiscalCode', 'sex', 'birthYear', 'labourStatus', 'project', 'selectedOn', 'arrears'],
  attendance: ['project', 'heldOn', 'kind', 'title'],
};

const SEXES: Record<string, Sex> = { f: Sex.FEMALE, female: Sex.FEMALE, femmina: Sex.FEMALE, m: Sex.MALE, male: Sex.MALE, maschio: Sex.MALE };
const LABOUR: Record<string, LabourStatus> = {
  disoccupato: LabourStatus.UNEMPLOYED,
  disoccupata: LabourStatus.UNEMPLOYED,
  disoccupato_lungo_periodo: LabourStatus.LONG_TERM_UNEMPLOYED,
  disoccupata_lungo_periodo: LabourStatus.LONG_TERM_UNEMPLOYED,
  inattivo_in_formazione: LabourStatus.INACTIVE_IN_EDUCATION,
  inattivo: LabourStatus.INACTIVE_NOT_IN_EDUCATION,
  inattiva: LabourStatus.INACTIVE_NOT_IN_EDUCATION,
  occupato: LabourStatus.EMPLOYED,
  occupata: LabourStatus.EMPLOYED,
  ...Object.fromEntries(Object.values(LabourStatus).map((v) => [v.toLowerCase(), v])),
};

interface Row {
  line: number;
  get(column: Column): string;
}

interface ProjectInfo {
  code: string;
  start_date: string;
  end_date: string;
}

interface NewPerson {
  id: string;
  hash: string;
  sex: Sex;
  birthYear: number;
  education: EducationLevel | null;
  labourStatus: LabourStatus;
}

/** Reads a person's columns; registers them (in the plan) when the fiscal code is new. */
class PeoplePlan {
  readonly created: NewPerson[] = [];
  private readonly byHash = new Map<string, { id: string; sex: string; birthYear: number }>();

  constructor(private readonly key: Buffer) {}

  async load(client: pg.PoolClient, hashes: string[]): Promise<void> {
    const { rows } = await client.query<{ id: string; fiscal_code_hash: string; sex: string; birth_year: number }>(
      'select id, fiscal_code_hash, sex, birth_year from person where fiscal_code_hash = any($1)',
      [hashes],
    );
    for (const r of rows) this.byHash.set(r.fiscal_code_hash, { id: r.id, sex: r.sex, birthYear: r.birth_year });
  }

  /** Ids of the people of the file who were registered before it. */
  knownIds(): string[] {
    return [...this.byHash.values()].map((p) => p.id);
  }

  hashOf(code: string): string {
    return pseudonymise(code, this.key);
  }

  /** The person's id, or an error on `errors`; `register` = the file has the columns to register a new person. */
  resolve(row: Row, errors: ImportRowError[], register: boolean): string | null {
    const code = normaliseFiscalCode(row.get('fiscalCode'));
    const fail = (column: string, message: string) => {
      errors.push({ row: row.line, column, message });
      return null;
    };
    if (code.length !== 16 || checkCharacter(code.slice(0, 15)) !== code[15]) {
      return fail(COLUMNS.fiscalCode[0], 'not a valid fiscal code (16 characters with the right check character)');
    }
    const known = this.byHash.get(this.hashOf(code));
    const sexText = row.get('sex').toLowerCase();
    const yearText = row.get('birthYear');
    if (known && !register) return known.id;
    if (!known && !register) return fail(COLUMNS.fiscalCode[0], 'this person is not registered: add sesso, anno_nascita and condizione to register them');
    const sex = SEXES[sexText];
    if (!sex) return fail(COLUMNS.sex[0], `sesso must be F or M, got "${row.get('sex')}"`);
    const birthYear = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || birthYear < 1900 || birthYear > new Date().getFullYear()) {
      return fail(COLUMNS.birthYear[0], `anno_nascita must be a year such as 1975, got "${yearText}"`);
    }
    const check = checkFiscalCode(code, sex, birthYear);
    if (!check.ok) return fail(COLUMNS.fiscalCode[0], check.message!);
    if (known) {
      if (known.sex !== sex || known.birthYear !== birthYear) {
        return fail(COLUMNS.fiscalCode[0], `registered already as person ${known.id}, with another sex or birth year`);
      }
      return known.id;
    }
    const labourText = row.get('labourStatus').toLowerCase().replace(/\s+/g, '_');
    const labourStatus = LABOUR[labourText];
    if (!labourStatus) {
      return fail(
        COLUMNS.labourStatus[0],
        `condizione must be disoccupato, disoccupato_lungo_periodo, inattivo_in_formazione, inattivo or occupato; got "${row.get('labourStatus')}"`,
      );
    }
    const educationText = row.get('education').toUpperCase().replace(/^(\d)$/, 'ISCED_$1');
    const education = educationText === '' ? null : (EducationLevel as Record<string, string>)[educationText];
    if (education === undefined) return fail(COLUMNS.education[0], `titolo_studio must be an ISCED level 0 to 8, or empty; got "${row.get('education')}"`);
    const person: NewPerson = { id: randomUUID(), hash: this.hashOf(code), sex, birthYear, education: education as EducationLevel | null, labourStatus };
    this.created.push(person);
    this.byHash.set(person.hash, { id: person.id, sex, birthYear });
    return person.id;
  }
}

function table(csv: string, kind: ImportKind): { table: CsvTable; index: Map<Column, number>; errors: ImportRowError[] } {
  const parsed = parseCsv(csv);
  const index = new Map<Column, number>();
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = parsed.header.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(column, at);
  }
  const errors = REQUIRED[kind]
    .filter((column) => !index.has(column))
    .map((column) => ({ row: 1, column: COLUMNS[column][0], message: `the header has no ${COLUMNS[column].join(' / ')} column` }));
  return { table: parsed, index, errors };
}

async function insertRows(client: pg.PoolClient, sql: string, columns: unknown[][]): Promise<void> {
  const total = columns[0]?.length ?? 0;
  for (let start = 0; start < total; start += BATCH) {
    await client.query(sql, columns.map((values) => values.slice(start, start + BATCH)));
  }
}

async function insertPeople(client: pg.PoolClient, people: NewPerson[]): Promise<void> {
  await insertRows(
    client,
    `insert into person (id, fiscal_code_hash, sex, birth_year, education, labour_status)
     select * from unnest($1::uuid[], $2::text[], $3::sex[], $4::smallint[], $5::education_level[], $6::labour_status[])`,
    [people.map((x) => x.id), people.map((x) => x.hash), people.map((x) => x.sex), people.map((x) => x.birthYear), people.map((x) => x.education), people.map((x) => x.labourStatus)],
  );
}

/** Runs one import in one transaction. */
export async function runImport(pool: pg.Pool, options: ImportOptions): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => undefined);
  const { table: parsed, index, errors } = table(options.csv, options.kind);
  const report: ImportReport = {
    kind: options.kind,
    rows: parsed.rows.length,
    dryRun: options.dryRun,
    written: false,
    created: { people: 0, enrolments: 0, activities: 0, attendances: 0 },
    skipped: 0,
    errors,
  };
  if (errors.length > 0 || parsed.rows.length === 0) {
    if (parsed.rows.length === 0 && errors.length === 0) errors.push({ row: 1, column: '', message: 'the file has a header but no rows' });
    return report;
  }
  const rows: Row[] = parsed.rows.map(({ line, cells }) => ({
    line,
    get: (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '');
    },
  }));

  const client = await pool.connect();
  try {
    await client.query('begin');
    const projects = new Map(
      (await client.query<ProjectInfo>('select code, start_date::text, end_date::text from project')).rows.map((p) => [p.code, p]),
    );
    const lock = (await client.query<{ until: string | null; id: number | null }>(
      `select locked_until::text as until, id from period_lock where unlocked_at is null order by locked_until desc limit 1`,
    )).rows[0];
    const today = todayInItaly();
    const people = new PeoplePlan(options.pseudonymKey);
    await people.load(
      client,
      rows.map((r) => normaliseFiscalCode(r.get('fiscalCode'))).filter((c) => c.length === 16).map((c) => people.hashOf(c)),
    );

    /** A date column: a real day, inside the project's period, not in the future, not locked. */
    const dateIn = (row: Row, column: Column, project: ProjectInfo | undefined): string | null => {
      const name = COLUMNS[column][0];
      const date = parseItalianDate(row.get(column));
      if (!date) {
        errors.push({ row: row.line, column: name, message: `not a date (dd/mm/yyyy): "${row.get(column)}"` });
        return null;
      }
      if (project && (date < project.start_date || date > project.end_date)) {
        errors.push({ row: row.line, column: name, message: `${date} is outside ${project.code}'s period (${project.start_date} to ${project.end_date})` });
        return null;
      }
      if (date > today) {
        errors.push({ row: row.line, column: name, message: `${date} is in the future` });
        return null;
      }
      if (lock?.until && date <= lock.until) {
        errors.push({ row: row.line, column: name, message: `${date} is in a locked period (lock ${lock.id}, up to ${lock.until})` });
        return null;
      }
      return date;
    };
    const projectOf = (row: Row): ProjectInfo | undefined => {
      const project = projects.get(row.get('project').toUpperCase());
      if (!project) {
        errors.push({ row: row.line, column: COLUMNS.project[0], message: `unknown project "${row.get('project')}"` });
        return undefined;
      }
      if (options.allowedProjects && !options.allowedProjects.includes(project.code)) {
        errors.push({ row: row.line, column: COLUMNS.project[0], message: `this key works on ${options.allowedProjects.join(', ')}, not on ${project.code}` });
        return undefined;
      }
      return project;
    };

    const audit: { entity: string[]; id: string[]; after: string[] } = { entity: [], id: [], after: [] };
    const audited = (entity: string, id: string, after: Record<string, unknown>) => {
      audit.entity.push(entity);
      audit.id.push(id);
      audit.after.push(JSON.stringify(after));
    };

    if (options.kind === 'participants') {
      // Only the enrolments of the people in the file: the cost follows the file, not the database.
      const theirs = (await client.query<{ key: string; open: boolean }>(
        `select person_id || '|' || project_code || '|' || selected_on as key, exited_on is null as open
           from enrolment where person_id = any($1::uuid[])`,
        [people.knownIds()],
      )).rows;
      const open = new Set(theirs.filter((r) => r.open).map((r) => r.key.split('|').slice(0, 2).join('|')));
      const existing = new Set(theirs.map((r) => r.key));
      const enrolments: { id: string; personId: string; project: string; selectedOn: string; arrears: bigint }[] = [];
      rows.forEach((row, i) => {
        if (i > 0 && i % 2000 === 0) progress(`  checked ${i.toLocaleString('it-IT')} of ${rows.length.toLocaleString('it-IT')} rows`);
        const before = errors.length;
        const personId = people.resolve(row, errors, true);
        const project = projectOf(row);
        const selectedOn = dateIn(row, 'selectedOn', project);
        const arrears = parseAmount(row.get('arrears'), parsed.delimiter);
        if (arrears === null || arrears <= 0n) {
          errors.push({ row: row.line, column: COLUMNS.arrears[0], message: `morosita must be an amount above zero, e.g. 1.234,56; got "${row.get('arrears')}"` });
        }
        if (errors.length > before || !personId || !project || !selectedOn || arrears === null) return;
        if (existing.has(`${personId}|${project.code}|${selectedOn}`)) {
          report.skipped += 1;
          return;
        }
        if (open.has(`${personId}|${project.code}`)) {
          errors.push({ row: row.line, column: COLUMNS.fiscalCode[0], message: `this person already has an open enrolment in ${project.code}` });
          return;
        }
        open.add(`${personId}|${project.code}`);
        existing.add(`${personId}|${project.code}|${selectedOn}`);
        enrolments.push({ id: randomUUID(), personId, project: project.code, selectedOn, arrears });
      });
      if (errors.length === 0 && !options.dryRun) {
        await insertPeople(client, people.created);
        await insertRows(
          client,
          `insert into enrolment (id, person_id, project_code, selected_on, arrears_cents)
           select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::bigint[])`,
          [enrolments.map((e) => e.id), enrolments.map((e) => e.personId), enrolments.map((e) => e.project), enrolments.map((e) => e.selectedOn), enrolments.map((e) => e.arrears.toString())],
        );
        for (const x of people.created) audited('person', x.id, { id: x.id, sex: x.sex, birthYear: x.birthYear, education: x.education, labourStatus: x.labourStatus });
        for (const e of enrolments) audited('enrolment', e.id, { id: e.id, personId: e.personId, projectCode: e.project, selectedOn: e.selectedOn, arrearsCents: e.arrears.toString() });
      }
      report.created.people = people.created.length;
      report.created.enrolments = enrolments.length;
    } else {
      const register = index.has('sex') && index.has('birthYear') && index.has('labourStatus');
      const activityKey = (project: string, heldOn: string, title: string) => `${project}|${heldOn}|${title.toLowerCase()}`;
      // Only the activities on the file's days, and their attendances: the cost follows the file.
      const days = [...new Set(rows.map((r) => parseItalianDate(r.get('heldOn'))).filter((d): d is string => d !== null))];
      const known = (await client.query<{ id: string; key: string }>(
        `select id, project_code || '|' || held_on || '|' || lower(title) as key from activity where held_on = any($1::date[])`,
        [days],
      )).rows;
      const activities = new Map(known.map((r) => [r.key, r.id]));
      const present = new Set(
        (await client.query<{ key: string }>(
          `select activity_id || '|' || coalesce(person_id::text, 'anonymous:' || anonymous_headcount) as key
             from attendance where activity_id = any($1::uuid[])`,
          [known.map((r) => r.id)],
        )).rows.map((r) => r.key),
      );
      const newActivities: { id: string; project: string; kind: string; heldOn: string; title: string }[] = [];
      const attendances: { id: string; activityId: string; personId: string | null; headcount: number | null }[] = [];
      rows.forEach((row, i) => {
        if (i > 0 && i % 2000 === 0) progress(`  checked ${i.toLocaleString('it-IT')} of ${rows.length.toLocaleString('it-IT')} rows`);
        const before = errors.length;
        const project = projectOf(row);
        const heldOn = dateIn(row, 'heldOn', project);
        const kind = row.get('kind').toUpperCase().replace(/\s+/g, '_');
        if (!(kind in ActivityKind)) {
          errors.push({ row: row.line, column: COLUMNS.kind[0], message: `tipo must be one of ${Object.keys(ActivityKind).join(', ')}; got "${row.get('kind')}"` });
        }
        const title = row.get('title');
        if (title.length === 0 || title.length > 200) errors.push({ row: row.line, column: COLUMNS.title[0], message: 'titolo must have 1 to 200 characters' });
        const hasCode = row.get('fiscalCode') !== '';
        const countText = row.get('headcount');
        let personId: string | null = null;
        let headcount: number | null = null;
        if (hasCode === (countText !== '')) {
          errors.push({ row: row.line, column: COLUMNS.fiscalCode[0], message: 'give either codice_fiscale or persone_non_registrate, not both nor neither' });
        } else if (hasCode) {
          personId = people.resolve(row, errors, register && row.get('sex') !== '');
        } else {
          headcount = Number(countText);
          if (!/^\d+$/.test(countText) || headcount < 1 || headcount > MAX_HEADCOUNT) {
            errors.push({ row: row.line, column: COLUMNS.headcount[0], message: `persone_non_registrate must be a whole number from 1 to ${MAX_HEADCOUNT}` });
          }
        }
        if (errors.length > before || !project || !heldOn) return;
        const key = activityKey(project.code, heldOn, title);
        let activityId = activities.get(key);
        if (!activityId) {
          activityId = randomUUID();
          activities.set(key, activityId);
          newActivities.push({ id: activityId, project: project.code, kind, heldOn, title });
        }
        const attendanceKey = `${activityId}|${personId ?? `anonymous:${headcount}`}`;
        if (present.has(attendanceKey)) {
          report.skipped += 1;
          return;
        }
        present.add(attendanceKey);
        attendances.push({ id: randomUUID(), activityId, personId, headcount });
      });
      if (errors.length === 0 && !options.dryRun) {
        await insertPeople(client, people.created);
        await insertRows(
          client,
          `insert into activity (id, project_code, kind, held_on, title) select * from unnest($1::uuid[], $2::text[], $3::activity_kind[], $4::date[], $5::text[])`,
          [newActivities.map((a) => a.id), newActivities.map((a) => a.project), newActivities.map((a) => a.kind), newActivities.map((a) => a.heldOn), newActivities.map((a) => a.title)],
        );
        await insertRows(
          client,
          `insert into attendance (id, activity_id, person_id, anonymous_headcount) select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::integer[])`,
          [attendances.map((a) => a.id), attendances.map((a) => a.activityId), attendances.map((a) => a.personId), attendances.map((a) => a.headcount)],
        );
        for (const x of people.created) audited('person', x.id, { id: x.id, sex: x.sex, birthYear: x.birthYear, education: x.education, labourStatus: x.labourStatus });
        for (const a of newActivities) audited('activity', a.id, { id: a.id, projectCode: a.project, kind: a.kind, heldOn: a.heldOn, title: a.title });
        for (const a of attendances) audited('attendance', a.id, { id: a.id, activityId: a.activityId, personId: a.personId, anonymousHeadcount: a.headcount });
      }
      report.created.people = people.created.length;
      report.created.activities = newActivities.length;
      report.created.attendances = attendances.length;
    }

    if (errors.length > 0 || options.dryRun) {
      await client.query('rollback');
      if (errors.length > MAX_ERRORS) {
        const more = errors.length - MAX_ERRORS;
        errors.splice(MAX_ERRORS, more, { row: 0, column: '', message: `… and ${more} more errors` });
      }
      if (errors.length > 0) report.created = { people: 0, enrolments: 0, activities: 0, attendances: 0 };
      return report;
    }
    const reason = `import ${options.kind} ${options.fileName}`;
    for (let start = 0; start < audit.entity.length; start += BATCH) {
      await client.query(
        `insert into audit_entry (actor, action, entity, entity_id, after, reason, request_id)
         select $1, 'create', e, i, a::jsonb, $2, $3 from unnest($4::text[], $5::text[], $6::text[]) as x(e, i, a)`,
        [options.actor, reason, options.requestId ?? null, ...[audit.entity, audit.id, audit.after].map((v) => v.slice(start, start + BATCH))],
      );
    }
    await client.query('commit');
    report.written = true;
    return report;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
