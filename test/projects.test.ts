import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents, parseMoney } from '../server/money.js';
import { graphql } from './gql/index.js';
import type { ArticleProjectsQuery } from './gql/graphql.js';
import { startTestApp, type TestApp } from './helpers/app.js';

const PROJECTS = graphql(`
  query ArticleProjects {
    projects {
      code
      name
      municipality
      place
      alerRole
      awarded
      startDate
      endDate
      participantTarget
      involvementTarget
      allowance
      withholdingShare
      assumedFields
      partners {
        role
        organisation {
          name
          kind
        }
      }
    }
  }
`);
type ProjectRow = ArticleProjectsQuery['projects'][number];

describe("the article's eight projects over GraphQL", () => {
  let t: TestApp;
  let projects: ProjectRow[];

  beforeAll(async () => {
    t = await startTestApp();
    const response = await t.gql(PROJECTS);
    expect(response.errors).toBeUndefined();
    projects = response.data!.projects;
  });
  afterAll(() => t?.close());

  it('lists the eight projects by their codes', () => {
    expect(projects.map((p) => p.code).sort()).toEqual([
      'FORNASE',
      'GOLAB',
      'LSQ_RHO',
      'NESSUNO_ESCLUSO',
      'PRO_SALOMONE',
      'QUARTIERE_IN_CORSO',
      'SAPERI',
      'SESTOINSIEME',
    ]);
  });

  it('gives awarded amounts exact to the cent, summing to 1,950,303.84 euro', () => {
    const byCode = Object.fromEntries(projects.map((p) => [p.code, p.awarded]));
    expect(byCode).toEqual({
      GOLAB: '251883.03',
      PRO_SALOMONE: '251303.91',
      FORNASE: '247471.04',
      SAPERI: '251958.97',
      NESSUNO_ESCLUSO: '251997.48',
      LSQ_RHO: '191725.34',
      QUARTIERE_IN_CORSO: '251977.40',
      SESTOINSIEME: '251986.67',
    });
    const total = projects.reduce((sum, p) => sum + parseMoney(p.awarded), 0n);
    expect(formatCents(total)).toBe('1950303.84');
  });

  it('has ALER as lead of two projects, both in Milano, and partner of six elsewhere', () => {
    const leads = projects.filter((p) => p.alerRole === 'LEAD');
    expect(leads.map((p) => [p.code, p.municipality, p.place])).toEqual([
      ['GOLAB', 'Milano', 'via Gola'],
      ['PRO_SALOMONE', 'Milano', 'via Salomone'],
    ]);
    const partners = projects.filter((p) => p.alerRole === 'PARTNER');
    expect(partners).toHaveLength(6);
    expect(partners.every((p) => p.municipality !== 'Milano')).toBe(true);
  });

  it("states PRO_SALOMONE's rules from the article, and marks the same values as assumptions elsewhere", () => {
    const salomone = projects.find((p) => p.code === 'PRO_SALOMONE')!;
    expect(salomone).toMatchObject({
      startDate: '2018-09-01',
      endDate: '2020-08-31',
      participantTarget: 100,
      involvementTarget: 500,
      allowance: '2000.00',
      withholdingShare: 0.5,
      assumedFields: [],
    });
    for (const project of projects.filter((p) => p.code !== 'PRO_SALOMONE')) {
      expect(project.assumedFields).toEqual(
        expect.arrayContaining(['participantTarget', 'involvementTarget', 'allowance', 'withholdingShare']),
      );
    }
  });

  it("names Galdus as PRO_SALOMONE's partner and the awarding municipality as lead of the others", () => {
    const partnersOf = (code: string) =>
      projects
        .find((p) => p.code === code)!
        .partners.map((p) => `${p.role}:${p.organisation.name}`)
        .sort();
    expect(partnersOf('PRO_SALOMONE')).toEqual(['LEAD:ALER Milano', 'PARTNER:Cooperativa Sociale Galdus']);
    expect(partnersOf('GOLAB')).toEqual(['LEAD:ALER Milano']);
    expect(partnersOf('LSQ_RHO')).toEqual(['LEAD:Comune di Rho', 'PARTNER:ALER Milano']);
  });

  it('finds one project by code and answers null for an unknown one', async () => {
    const response = await t.gql(
      graphql(`
        query ArticleProjectByCode {
          known: project(code: "SESTOINSIEME") {
            name
            municipality
          }
          unknown: project(code: "NOPE") {
            name
          }
        }
      `),
    );
    expect(response.data).toEqual({ known: { name: 'SestoInsieme', municipality: 'Sesto San Giovanni' }, unknown: null });
  });

  it('describes the programme: POR FSE 2014-2020 Lombardia, axis II, actions 9.1.3 and 9.4.2', async () => {
    const response = await t.gql(
      graphql(`
        query ArticleProgramme {
          programme {
            code
            axis
            actions
            callTitle
            fundedListPublishedOn
          }
        }
      `),
    );
    expect(response.data).toEqual({
      programme: {
        code: 'POR-FSE-2014-2020-LOMBARDIA',
        axis: 'II',
        actions: ['9.1.3', '9.4.2'],
        callTitle: 'Finanziamenti di progetti per la gestione sociale dei quartieri di Edilizia Pubblica in Lombardia',
        fundedListPublishedOn: '2018-05-31',
      },
    });
  });
});
