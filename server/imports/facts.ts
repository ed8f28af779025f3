/**
 * What the domain's rules need to know about the database, read once per file (in the import's
 * transaction): the projects, the active lock, and only the records the file's rows touch, so
 * that the cost follows the file, not the size of the database.
 */
import type pg from 'pg';
import type { ActiveLock, ProjectPeriod } from '../domain/period.js';
import { ACTIVE_LOCK_SQL } from '../modules/lock/lock.service.js';

export interface RegisteredPerson {
  id: string;
  sex: string;
  birthYear: number;
}

export async function loadProjects(client: pg.ClientBase): Promise<Map<string, ProjectPeriod>> {
  const { rows } = await client.query<ProjectPeriod>(
    'select code, start_date::text as "startDate", end_date::text as "endDate" from project',
  );
  return new Map(rows.map((p) => [p.code, p]));
}

export async function loadActiveLock(client: pg.ClientBase): Promise<ActiveLock | null> {
  const row = (await client.query<ActiveLock>(ACTIVE_LOCK_SQL)).rows[0];
  return row ? { id: Number(row.id), lockedUntil: row.lockedUntil, reason: row.reason } : null;
}

/** The people registered with these fiscal-code hashes, by hash. */
export async function loadPeople(client: pg.ClientBase, hashes: string[]): Promise<Map<string, RegisteredPerson>> {
  const { rows } = await client.query<{ id: string; fiscal_code_hash: string; sex: string; birth_year: number }>(
    'select id, fiscal_code_hash, sex, birth_year from person where fiscal_code_hash = any($1)',
    [hashes],
  );
  return new Map(rows.map((r) => [r.fiscal_code_hash, { id: r.id, sex: r.sex, birthYear: r.birth_year }]));
}

/** The enrolments of these people: each as person|project|day, and whether it is still open. */
export async function loadEnrolments(client: pg.ClientBase, personIds: string[]): Promise<{ key: string; open: boolean }[]> {
  const { rows } = await client.query<{ key: string; open: boolean }>(
    `select person_id || '|' || project_code || '|' || selected_on as key, exited_on is null as open
       from enrolment where person_id = any($1::uuid[])`,
    [personIds],
  );
  return rows;
}

/** The activities held on these days (by project|day|lower-case title), and who attended them. */
export async function loadActivities(
  client: pg.ClientBase,
  days: string[],
): Promise<{ activities: Map<string, string>; present: Set<string> }> {
  const known = (
    await client.query<{ id: string; key: string }>(
      `select id, project_code || '|' || held_on || '|' || lower(title) as key from activity where held_on = any($1::date[])`,
      [days],
    )
  ).rows;
  const present = (
    await client.query<{ key: string }>(
      `select activity_id || '|' || coalesce(person_id::text, 'anonymous:' || anonymous_headcount) as key
         from attendance where activity_id = any($1::uuid[])`,
      [known.map((r) => r.id)],
    )
  ).rows;
  return { activities: new Map(known.map((r) => [r.key, r.id])), present: new Set(present.map((r) => r.key)) };
}

/** An activity's natural key, as `loadActivities` builds it in SQL. */
export const activityKey = (projectCode: string, heldOn: string, title: string): string =>
  `${projectCode}|${heldOn}|${title.toLowerCase()}`;

/** An attendance's natural key, as `loadActivities` builds it in SQL. */
export const attendanceKey = (activityId: string, personId: string | null, headcount: number | null): string =>
  `${activityId}|${personId ?? `anonymous:${headcount}`}`;
