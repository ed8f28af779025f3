/**
 * The facts of the 2018 ALER FUTURA article (shared/domain/FACTS.md), as data. Every figure here
 * is either printed in the article or listed in the project's `assumedFields`.
 */
import { OrganisationKind } from '../server/modules/organisation/organisation.enums.js';
import { AlerRole } from '../server/modules/project/project.enums.js';

export const SOURCE = 'ALER FUTURA newsletter (2018), "Laboratori sociali": reply of ALER Milano\'s president to a tenant of via Salomone';

export const PROGRAMME = {
  code: 'POR-FSE-2014-2020-LOMBARDIA',
  name: 'POR FSE 2014-2020 Regione Lombardia (Programma Operativo Regionale, Fondo Sociale Europeo)',
  axis: 'II',
  actions: ['9.1.3', '9.4.2'],
  callTitle: 'Finanziamenti di progetti per la gestione sociale dei quartieri di Edilizia Pubblica in Lombardia',
  fundedListPublishedOn: '2018-05-31',
  managingAuthority: 'Regione Lombardia',
} as const;

export const ALER_MILANO = 'ALER Milano';
export const GALDUS = 'Cooperativa Sociale Galdus';

/**
 * Where the projects' degrees of urbanisation come from (not from the article): ISTAT's statistical
 * classifications of the municipalities, which give each one Eurostat's degree of urbanisation.
 * All eight municipalities are in the Metropolitan City of Milan; none is rural (docs/indicators.md, CO19).
 */
export const DEGREE_OF_URBANISATION_SOURCE =
  'ISTAT, classificazioni statistiche dei comuni: grado di urbanizzazione (Eurostat DEGURBA, LAU)';

export interface ArticleOrganisation {
  name: string;
  kind: OrganisationKind;
}

export const ORGANISATIONS: ArticleOrganisation[] = [
  { name: ALER_MILANO, kind: OrganisationKind.HOUSING_AGENCY },
  { name: GALDUS, kind: OrganisationKind.SOCIAL_COOPERATIVE },
  { name: 'Comune di Cormano', kind: OrganisationKind.MUNICIPALITY },
  { name: 'Comune di Cinisello Balsamo', kind: OrganisationKind.MUNICIPALITY },
  { name: 'Comune di Garbagnate Milanese', kind: OrganisationKind.MUNICIPALITY },
  { name: 'Comune di Rho', kind: OrganisationKind.MUNICIPALITY },
  { name: 'Comune di Pieve Emanuele', kind: OrganisationKind.MUNICIPALITY },
  { name: 'Comune di Sesto San Giovanni', kind: OrganisationKind.MUNICIPALITY },
];

/** The programme rules the article states for PRO_SALOMONE. */
export const PRO_SALOMONE_RULES = {
  startDate: '2018-09-01', // "da settembre 2018"
  endDate: '2020-08-31', // "per la durata di due anni"
  participantTarget: 100, // "selezioniamo 100 residenti"
  involvementTarget: 500, // "il coinvolgimento di almeno 500 persone"
  allowance: '2000.00', // "un contributo a persona di 2.000 euro"
  withholdingShare: '0.5', // "il 50% di questo contributo sarà trattenuto"
} as const;

/** The rules above, when applied to a project the article gives them for no longer. */
export const ASSUMED_RULE_FIELDS = [
  'startDate',
  'endDate',
  'participantTarget',
  'involvementTarget',
  'allowance',
  'withholdingShare',
] as const;

export interface ArticleProject {
  code: string;
  name: string;
  municipality: string;
  place: string | null;
  alerRole: AlerRole;
  /** Awarded public amount, euro, as printed. */
  awarded: string;
  /** Partners other than ALER: the awarding municipality (lead) or a named partner. */
  partners: { organisation: string; role: 'LEAD' | 'PARTNER' }[];
  /** The municipality's degree of urbanisation (Eurostat DEGURBA): 1 cities, 2 towns and suburbs, 3 rural (ESF CO19). */
  degreeOfUrbanisation: 1 | 2 | 3;
  /** true when the article states this project's rules; false when they are assumed. */
  rulesFromArticle: boolean;
  note?: string;
}

export const PROJECTS: ArticleProject[] = [
  {
    code: 'GOLAB',
    name: 'GOLab',
    municipality: 'Milano',
    degreeOfUrbanisation: 1,
    place: 'via Gola',
    alerRole: AlerRole.LEAD,
    awarded: '251883.03',
    partners: [],
    rulesFromArticle: false,
  },
  {
    code: 'PRO_SALOMONE',
    name: 'PRO_SALOMONE',
    municipality: 'Milano',
    degreeOfUrbanisation: 1,
    place: 'via Salomone',
    alerRole: AlerRole.LEAD,
    awarded: '251303.91',
    partners: [{ organisation: GALDUS, role: 'PARTNER' }],
    rulesFromArticle: true,
    note: 'The article rounds the contribution to "circa 251.000 euro"; the amount here is the awarded one.',
  },
  {
    code: 'FORNASE',
    name: 'Abitare al Fornasè',
    municipality: 'Cormano',
    degreeOfUrbanisation: 1,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '247471.04',
    partners: [{ organisation: 'Comune di Cormano', role: 'LEAD' }],
    rulesFromArticle: false,
  },
  {
    code: 'SAPERI',
    name: 'Nuove opportunità per nuovi SAPeri',
    municipality: 'Cinisello Balsamo',
    degreeOfUrbanisation: 1,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '251958.97',
    partners: [{ organisation: 'Comune di Cinisello Balsamo', role: 'LEAD' }],
    rulesFromArticle: false,
  },
  {
    code: 'NESSUNO_ESCLUSO',
    name: 'NESSUNO ESCLUSO',
    municipality: 'Garbagnate Milanese',
    degreeOfUrbanisation: 2,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '251997.48',
    partners: [{ organisation: 'Comune di Garbagnate Milanese', role: 'LEAD' }],
    rulesFromArticle: false,
  },
  {
    code: 'LSQ_RHO',
    name: 'Laboratori sociali di quartiere',
    municipality: 'Rho',
    degreeOfUrbanisation: 2,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '191725.34',
    partners: [{ organisation: 'Comune di Rho', role: 'LEAD' }],
    rulesFromArticle: false,
    note: 'Printed "QUARIERE" in the article.',
  },
  {
    code: 'QUARTIERE_IN_CORSO',
    name: 'Quartiere in corso!',
    municipality: 'Pieve Emanuele',
    degreeOfUrbanisation: 2,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '251977.40',
    partners: [{ organisation: 'Comune di Pieve Emanuele', role: 'LEAD' }],
    rulesFromArticle: false,
  },
  {
    code: 'SESTOINSIEME',
    name: 'SestoInsieme',
    municipality: 'Sesto San Giovanni',
    degreeOfUrbanisation: 1,
    place: null,
    alerRole: AlerRole.PARTNER,
    awarded: '251986.67',
    partners: [{ organisation: 'Comune di Sesto San Giovanni', role: 'LEAD' }],
    rulesFromArticle: false,
  },
];
