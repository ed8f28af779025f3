import type { Queryable } from '../db/database.js';
import { inScope, scopeParams, type ReportScope } from './filters.js';

/**
 * The ESF 2014-2020 common output indicators for entities (Regulation (EU) No 1304/2013, Annex I,
 * CO20-CO23): they count projects or enterprises, not participants. Over the projects in scope
 * that are fully or partially implemented as of asOf (started: start_date ≤ asOf), from the
 * projects and their partners' kinds (organisation.kind).
 *
 * CO20 counts a project with a partner that is a non-governmental organisation or a social partner:
 * of the kinds the hub records, SOCIAL_COOPERATIVE (an Italian social cooperative, a third-sector
 * organisation); the housing agency and the municipalities are public bodies. CO21, CO22 and CO23
 * are not computed: the records hold nothing they could be counted from (value null, `note` says
 * why). docs/indicators.md gives the definitions, sources and reasons.
 */
export interface EntityIndicatorRow {
  code: string;
  name: string;
  /** Null when the hub cannot compute it (see note). */
  value: number | null;
  /** The projects counted, by code (empty when value is null or 0). */
  projectCodes: string[];
  /** How it is counted, or why it is not. */
  note: string;
}

/** The organisation kinds CO20 counts: non-governmental organisations and social partners. */
export const NGO_OR_SOCIAL_PARTNER_KINDS = ['SOCIAL_COOPERATIVE'] as const;

/** Per project in scope: whether it has started by asOf, and whether a partner is an NGO or a social partner. */
export const ESF_ENTITY_SQL = `
select p.code,
       p.start_date <= $2::date as started,
       exists (select 1 from project_partner pp join organisation o on o.id = pp.organisation_id
                where pp.project_code = p.code and o.kind::text = any($3::text[])) as ngo_partner
  from project p
 where ${inScope('p.code')}
 order by p.code`;

export interface EsfEntityResult {
  asOf: string;
  indicators: EntityIndicatorRow[];
}

export async function getEsfEntityIndicators(db: Queryable, scope: ReportScope): Promise<EsfEntityResult> {
  const { rows } = await db.query<{ code: string; started: boolean; ngo_partner: boolean }>(ESF_ENTITY_SQL, [
    ...scopeParams(scope),
    [...NGO_OR_SOCIAL_PARTNER_KINDS],
  ]);
  const co20 = rows.filter((r) => r.started && r.ngo_partner).map((r) => r.code);
  const notComputed = (code: string, name: string, note: string): EntityIndicatorRow => ({
    code,
    name,
    value: null,
    projectCodes: [],
    note,
  });
  return {
    asOf: scope.asOf,
    indicators: [
      {
        code: 'CO20',
        name: 'Number of projects fully or partially implemented by social partners or non-governmental organisations',
        value: co20.length,
        projectCodes: co20,
        note:
          'Projects started by asOf with a lead or partner organisation of kind SOCIAL_COOPERATIVE (a third-sector, non-governmental ' +
          'organisation); the housing agency and the municipalities are public bodies. Only the partners the records name are counted.',
      },
      notComputed(
        'CO21',
        'Number of projects dedicated at sustainable participation and progress of women in employment',
        "Not computed: the records hold no project's thematic dedication. The neighbourhood labs address tenants in blameless arrears, " +
          'women and men alike; whether one is dedicated to women in employment is for the managing authority to classify.',
      ),
      notComputed(
        'CO22',
        'Number of projects targeting public administrations or public services at national, regional or local level',
        "Not computed: the records hold no project's target other than its participants (tenants); a municipality or the housing " +
          'agency implementing a project does not make it a project targeting public administrations.',
      ),
      notComputed(
        'CO23',
        'Number of micro, small and medium-sized enterprises (including cooperative enterprises, enterprises of the social economy) supported',
        'Not computed: the records hold no enterprise receiving support, nor any organisation’s size; a partner implementing a project ' +
          'is not an enterprise supported by it.',
      ),
    ],
  };
}
