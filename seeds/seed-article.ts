import type pg from 'pg';
import { parseMoney } from '../server/money.js';
import {
  ALER_MILANO,
  ASSUMED_RULE_FIELDS,
  DEGREE_OF_URBANISATION_SOURCE,
  ORGANISATIONS,
  PROGRAMME,
  PROJECTS,
  PRO_SALOMONE_RULES,
  SOURCE,
} from './article.js';

/**
 * Writes the article's programme, organisations, projects and partners. Idempotent: rows that
 * exist are left as they are, so it can run at every start.
 */
export async function seedArticle(client: pg.PoolClient | pg.Client): Promise<void> {
  await client.query(
    `insert into programme (code, name, axis, actions, call_title, funded_list_published_on, managing_authority)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (code) do nothing`,
    [
      PROGRAMME.code,
      PROGRAMME.name,
      PROGRAMME.axis,
      [...PROGRAMME.actions],
      PROGRAMME.callTitle,
      PROGRAMME.fundedListPublishedOn,
      PROGRAMME.managingAuthority,
    ],
  );
  await client.query(
    `insert into organisation (name, kind) select * from unnest($1::text[], $2::organisation_kind[])
     on conflict (name) do nothing`,
    [ORGANISATIONS.map((o) => o.name), ORGANISATIONS.map((o) => o.kind)],
  );
  const rules = PRO_SALOMONE_RULES;
  for (const project of PROJECTS) {
    await client.query(
      `insert into project (code, programme_code, name, municipality, place, aler_role, awarded_cents, start_date,
         end_date, participant_target, involvement_target, allowance_cents, withholding_share, assumed_fields, source,
         awarded_on, degree_of_urbanisation, degree_of_urbanisation_source)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       on conflict (code) do nothing`,
      [
        project.code,
        PROGRAMME.code,
        project.name,
        project.municipality,
        project.place,
        project.alerRole,
        parseMoney(project.awarded).toString(),
        rules.startDate,
        rules.endDate,
        rules.participantTarget,
        rules.involvementTarget,
        parseMoney(rules.allowance).toString(),
        rules.withholdingShare,
        project.rulesFromArticle ? [] : [...ASSUMED_RULE_FIELDS],
        project.note ? `${SOURCE}. ${project.note}` : SOURCE,
        PROGRAMME.fundedListPublishedOn,
        project.degreeOfUrbanisation,
        DEGREE_OF_URBANISATION_SOURCE,
      ],
    );
    const partners = [{ organisation: ALER_MILANO, role: project.alerRole as string }, ...project.partners];
    await client.query(
      `insert into project_partner (project_code, organisation_id, role)
       select $1, o.id, p.role from unnest($2::text[], $3::text[]) as p(name, role) join organisation o on o.name = p.name
       on conflict (project_code, organisation_id) do nothing`,
      [project.code, partners.map((p) => p.organisation), partners.map((p) => p.role)],
    );
  }
}
