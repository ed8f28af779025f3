import type { PrimaryKeyProp } from '@mikro-orm/core';
import type { QueryRunner } from '../../db/report-cache.js';
import { Programme } from '../programme/programme.entity.js';
import type { AlerRole } from './project.enums.js';
import { Project } from './project.entity.js';

/**
 * A project as the reports and the `project` fields show it: a record read with one statement,
 * not an entity managed by the ORM (no identity map, no hydration on the read path). It has the
 * class's prototype (its computed `withholdingShare`), as type-graphql expects of an object type.
 */
export type ProjectRecord = Omit<Project, 'programme' | typeof PrimaryKeyProp>;

/** The programme, and whether any synthetic demo record is held (then every figure shown must say so). */
export interface ProgrammeFacts {
  programme: Programme;
  usesSyntheticData: boolean;
}

/** What every report request needs besides its figures: the programme and its projects. */
export interface Catalogue {
  /** null until the article's data is seeded. */
  programme: ProgrammeFacts | null;
  /** The two ALER leads first (the enum's order), then by code: the order of `projects`. */
  projects: ProjectRecord[];
}

/**
 * The catalogue in one statement: one row per project (or one row with no project), each with the
 * programme's columns; no row when there is no programme.
 */
export const CATALOGUE_SQL = `
with programme_row as (
  select code as programme_code, name as programme_name, axis, actions, call_title,
         funded_list_published_on::text as funded_list_published_on, managing_authority,
         exists (select 1 from person where synthetic) or exists (select 1 from activity where synthetic) as demo
    from programme order by code limit 1
)
select g.*, p.code, p.name, p.municipality, p.place, p.aler_role, p.awarded_cents::text as awarded_cents,
       p.awarded_on::text as awarded_on, p.start_date::text as start_date, p.end_date::text as end_date,
       p.participant_target, p.involvement_target, p.allowance_cents::text as allowance_cents,
       p.withholding_share::text as withholding_share, p.assumed_fields, p.degree_of_urbanisation,
       p.degree_of_urbanisation_source, p.source
  from programme_row g left join project p on true
 order by p.aler_role, p.code`;

interface Row {
  programme_code: string;
  programme_name: string;
  axis: string;
  actions: string[];
  call_title: string;
  funded_list_published_on: string | null;
  managing_authority: string;
  demo: boolean;
  code: string | null;
  name: string;
  municipality: string;
  place: string | null;
  aler_role: string;
  awarded_cents: string;
  awarded_on: string;
  start_date: string;
  end_date: string;
  participant_target: number;
  involvement_target: number;
  allowance_cents: string;
  withholding_share: string;
  assumed_fields: string[];
  degree_of_urbanisation: number | null;
  degree_of_urbanisation_source: string | null;
  source: string;
}

/** Records with the entity's prototype (type-graphql's object types), not entities the ORM manages. */
export async function readCatalogue(runner: QueryRunner): Promise<Catalogue> {
  const { rows } = await runner.query<Row>(CATALOGUE_SQL);
  const first = rows[0];
  if (!first) return { programme: null, projects: [] };
  const programme = Object.assign(Object.create(Programme.prototype) as Programme, {
    code: first.programme_code,
    name: first.programme_name,
    axis: first.axis,
    actions: first.actions,
    callTitle: first.call_title,
    fundedListPublishedOn: first.funded_list_published_on,
    managingAuthority: first.managing_authority,
  });
  const projects = rows
    .filter((row) => row.code !== null)
    .map((row) =>
      Object.assign(Object.create(Project.prototype) as ProjectRecord, {
        code: row.code!,
        name: row.name,
        municipality: row.municipality,
        place: row.place,
        alerRole: row.aler_role as AlerRole,
        awardedCents: BigInt(row.awarded_cents),
        awardedOn: row.awarded_on,
        startDate: row.start_date,
        endDate: row.end_date,
        participantTarget: row.participant_target,
        involvementTarget: row.involvement_target,
        allowanceCents: BigInt(row.allowance_cents),
        withholdingShareText: row.withholding_share,
        assumedFields: row.assumed_fields,
        degreeOfUrbanisation: row.degree_of_urbanisation,
        degreeOfUrbanisationSource: row.degree_of_urbanisation_source,
        source: row.source,
      }),
    );
  return { programme: { programme, usesSyntheticData: first.demo }, projects };
}
