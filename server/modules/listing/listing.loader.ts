/**
 * What hangs on the records a listing returns, batched per request: one statement per kind of
 * record, whatever the page size (attendance counts, repayments, follow-ups, enrolments, people's
 * projects and situations). Loaders that reach from a person to other records keep to the caller's
 * projects: an operator never sees another project's enrolment through a person they share.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { todayInItaly } from '../../dates.js';
import type { Caller } from '../../domain/caller.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { FollowUp } from '../enrolment/follow-up.entity.js';
import { Repayment } from '../ledger/repayment.entity.js';
import type { Query } from './listing.service.js';
import type { SituationView } from './listing.types.js';

export interface AttendanceCounts {
  /** Registered people present. */
  people: number;
  /** People counted without a registered identity. */
  anonymous: number;
}

export interface ListingLoaders {
  attendanceByActivity: DataLoader<string, AttendanceCounts>;
  repaymentsByEnrolment: DataLoader<string, Repayment[]>;
  followUpByEnrolment: DataLoader<string, FollowUp | null>;
  enrolmentById: DataLoader<string, Enrolment | null>;
  /** A person's enrolments in the caller's projects, by selection day. */
  enrolmentsOfPerson: DataLoader<string, Enrolment[]>;
  /** The caller's projects a person is tied to (an enrolment, an attendance or a case file). */
  projectsOfPerson: DataLoader<string, string[]>;
  /** The latest situation declared on or before today, if any (else the registration's applies). */
  situationOfPerson: DataLoader<string, SituationView | null>;
}

function grouped<V>(keys: readonly string[], rows: V[], keyOf: (row: V) => string): V[][] {
  const byKey = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}

export function createListingLoaders(em: EntityManager, query: Query, caller: Caller): ListingLoaders {
  const scope = caller.role === 'OPERATOR' ? caller.projectCodes : null;
  return {
    attendanceByActivity: new DataLoader(async (ids: readonly string[]) => {
      const { rows } = await query(
        `select activity_id::text as id, count(person_id)::int as people, coalesce(sum(anonymous_headcount), 0)::int as anonymous
           from attendance where activity_id = any($1::uuid[]) group by activity_id`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id as string, { people: row.people as number, anonymous: row.anonymous as number }]));
      return ids.map((id) => byId.get(id) ?? { people: 0, anonymous: 0 });
    }),
    repaymentsByEnrolment: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(Repayment, { enrolment: { $in: [...ids] } }, { orderBy: { paidOn: 'asc', id: 'asc' } });
      return grouped(ids, rows, (r) => r.enrolment.id);
    }),
    followUpByEnrolment: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(FollowUp, { enrolment: { $in: [...ids] } });
      return grouped(ids, rows, (f) => f.enrolment.id).map((list) => list[0] ?? null);
    }),
    enrolmentById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.find(Enrolment, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    enrolmentsOfPerson: new DataLoader(async (ids: readonly string[]) => {
      const where = scope === null ? { person: { $in: [...ids] } } : { person: { $in: [...ids] }, project: { $in: scope } };
      const rows = await em.find(Enrolment, where, { orderBy: { selectedOn: 'asc', id: 'asc' } });
      return grouped(ids, rows, (e) => e.person.id);
    }),
    projectsOfPerson: new DataLoader(async (ids: readonly string[]) => {
      const { rows } = await query(
        `select person_id::text as id, project_code as code from reach where person_id = any($1::uuid[])
          union select person_id::text, project_code from arrears_case where person_id = any($1::uuid[])
          order by 2`,
        [ids],
      );
      const visible = rows.filter((row) => scope === null || scope.includes(row.code as string));
      return grouped(ids, visible, (row) => row.id as string).map((list) => list.map((row) => row.code as string));
    }),
    situationOfPerson: new DataLoader(async (ids: readonly string[]) => {
      const { rows } = await query(
        `select distinct on (person_id) person_id::text as id, effective_on::text as effective_on, labour_status, education,
                jobless_household, jobless_household_with_children, single_adult_with_children, migrant_or_minority,
                disability, other_disadvantaged, housing_exclusion
           from person_situation where person_id = any($1::uuid[]) and effective_on <= $2::date
          order by person_id, effective_on desc`,
        [ids, todayInItaly()],
      );
      const byId = new Map(
        rows.map((row): [string, SituationView] => [
          row.id as string,
          {
            effectiveOn: row.effective_on as string,
            labourStatus: row.labour_status as SituationView['labourStatus'],
            education: row.education as SituationView['education'],
            joblessHousehold: row.jobless_household as boolean | null,
            joblessHouseholdWithChildren: row.jobless_household_with_children as boolean | null,
            singleAdultWithChildren: row.single_adult_with_children as boolean | null,
            migrantOrMinority: row.migrant_or_minority as boolean | null,
            disability: row.disability as boolean | null,
            otherDisadvantaged: row.other_disadvantaged as boolean | null,
            housingExclusion: row.housing_exclusion as boolean | null,
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
