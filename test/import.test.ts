import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { attendanceRegister, fakeFiscalCode } from './helpers/csv-files.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const IMPORT = graphql(`
  mutation ImportFile($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {
    importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {
      rows
      written
      dryRun
      skipped
      created {
        people
        enrolments
        activities
        attendances
      }
      errors {
        row
        column
        message
      }
    }
  }
`);
const sample = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'seeds', 'samples', name), 'utf8');

async function importFile(kind: string, csv: string, dryRun = false) {
  const response = await t.gql(IMPORT, { kind, csv, fileName: 'test.csv', dryRun }, AS_ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.importFile;
}

interface Counts {
  people: number;
  enrolments: number;
  activities: number;
  attendances: number;
  audit: number;
}

async function counts() {
  return t.one<Counts>(`select (select count(*) from person)::int as people, (select count(*) from enrolment)::int as enrolments,
    (select count(*) from activity)::int as activities, (select count(*) from attendance)::int as attendances,
    (select count(*) from audit_entry)::int as audit`);
}

describe('the sample files', () => {
  it('import the participants list (semicolons, BOM, Italian dates and amounts) and then its attendance register', async () => {
    const dry = await importFile('PARTICIPANTS', sample('partecipanti.csv'), true);
    expect(dry).toMatchObject({ rows: 5, written: false, dryRun: true, errors: [], created: { people: 5, enrolments: 5 } });
    expect((await counts()).people).toBe(0);

    const participants = await importFile('PARTICIPANTS', sample('partecipanti.csv'));
    expect(participants).toMatchObject({ written: true, skipped: 0, errors: [], created: { people: 5, enrolments: 5 } });
    const register = await importFile('ATTENDANCE', sample('registro-presenze.csv'));
    expect(register).toMatchObject({ written: true, errors: [], created: { people: 0, activities: 2, attendances: 5 } });

    const { debtRecovery, participation } = (
      await t.gql(
        graphql(`
          query ImportSampleFigures {
            debtRecovery(filter: { projectCodes: ["PRO_SALOMONE"], asOf: "2019-01-01" }) {
              arrearsAtEnrolment
            }
            participation(filter: { projectCodes: ["PRO_SALOMONE"], asOf: "2019-01-01" }) {
              peopleReached
              attendances
              anonymousHeadcount
            }
          }
        `),
        {},
        AS_ADMIN,
      )
    ).data!;
    expect(debtRecovery.arrearsAtEnrolment).toBe('13311.15'); // 3.450,00 + 5.120,75 + 1.980,40 + 2.760,00
    expect(participation).toEqual([{ peopleReached: 4, attendances: 3, anonymousHeadcount: 27 }]);
    const trail = await t.one<{ n: number }>(`select count(*)::int as n from audit_entry where reason = 'import participants test.csv'`);
    expect(trail.n).toBe(10);
  });

  it('import again adds nothing', async () => {
    const before = await counts();
    expect(await importFile('PARTICIPANTS', sample('partecipanti.csv'))).toMatchObject({
      written: true,
      skipped: 5,
      created: { people: 0, enrolments: 0 },
    });
    expect(await importFile('ATTENDANCE', sample('registro-presenze.csv'))).toMatchObject({
      written: true,
      skipped: 5,
      created: { attendances: 0 },
    });
    expect(await counts()).toEqual(before);
  });
});

describe('bad files write nothing and list every bad row', () => {
  it('a 10,000-row register with one bad row in the middle', async () => {
    const before = await counts();
    const result = await importFile('ATTENDANCE', attendanceRegister(2000, 5, { badLine: 5001 }));
    expect(result.rows).toBe(10_000);
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([{ row: 5001, column: 'data', message: 'not a date (dd/mm/yyyy): "31/02/2019"' }]);
    expect(result.created).toEqual({ people: 0, enrolments: 0, activities: 0, attendances: 0 });
    expect(await counts()).toEqual(before);
  });

  it('every bad row of a participants list, with its line and column', async () => {
    const before = await counts();
    const csv = [
      'codice_fiscale,sesso,anno_nascita,titolo_studio,condizione,progetto,data_selezione,morosita',
      `${fakeFiscalCode(7, 'F', 1980)},F,1980,ISCED_3,disoccupato,GOLAB,2019-02-01,1234.50`,
      `${fakeFiscalCode(8, 'M', 1981)},M,1981,ISCED_9,disoccupato,GOLAB,2019-02-01,100`,
      `${fakeFiscalCode(9, 'M', 1982)},F,1982,,disoccupato,GOLAB,2019-02-01,100`,
      `${fakeFiscalCode(10, 'M', 1983)},M,1983,,disoccupato,NOPE,2019-02-01,100`,
      `${fakeFiscalCode(11, 'M', 1984)},M,1984,,disoccupato,GOLAB,2015-02-01,100`,
      `${fakeFiscalCode(12, 'M', 1985)},M,1985,,disoccupato,GOLAB,2019-02-01,"1,234.50"`,
      `${fakeFiscalCode(7, 'F', 1980)},F,1980,ISCED_3,disoccupato,GOLAB,2019-03-01,10`,
    ].join('\n');
    const result = await importFile('PARTICIPANTS', csv);
    expect(result.written).toBe(false);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'titolo_studio'],
      [4, 'codice_fiscale'],
      [5, 'progetto'],
      [6, 'data_selezione'],
      [7, 'morosita'],
      [8, 'codice_fiscale'], // a second open enrolment in GOLAB for the person of line 2
    ]);
    expect(result.errors[1]!.message).toContain('the code is that of a man');
    expect(await counts()).toEqual(before);
  });

  it('a register naming a person who is not registered, with no columns to register them', async () => {
    const csv = `progetto;data;tipo;titolo;codice_fiscale\nGOLAB;01/03/2019;TRAINING;Corso;${fakeFiscalCode(999, 'F', 1970)}\n`;
    const result = await importFile('ATTENDANCE', csv);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any
    expect(result.errors).toEqual([{ row: 2, column: 'codice_fiscale', message: expect.stringContaining('not registered') }]);
  });

  it('a file without a required column', async () => {
    const result = await importFile('PARTICIPANTS', 'codice_fiscale;sesso\nX;F\n');
    expect(result.written).toBe(false);
    expect(result.errors.map((e) => e.column)).toEqual(['anno_nascita', 'condizione', 'progetto', 'data_selezione', 'morosita']);
  });
});

describe('a 10,000-row attendance register', () => {
  it('imports whole, registering its people, and counts them once per project', async () => {
    const before = await counts();
    const result = await importFile('ATTENDANCE', attendanceRegister(2000, 5, { project: 'SESTOINSIEME' }));
    expect(result).toMatchObject({ written: true, errors: [], created: { people: 2000, activities: 5, attendances: 10_000 } });
    const after = await counts();
    expect(after.attendances - before.attendances).toBe(10_000);
    const { participation } = (
      await t.gql(
        graphql(`
          query ImportRegisterFigures {
            participation(filter: { projectCodes: ["SESTOINSIEME"], asOf: "2019-12-31" }) {
              peopleReached
              attendances
            }
          }
        `),
        {},
        AS_ADMIN,
      )
    ).data!;
    expect(participation).toEqual([{ peopleReached: 2000, attendances: 10_000 }]);
  });
});

describe('imports need an admin', () => {
  it('refuses the public', async () => {
    const response = await t.gql(IMPORT, { kind: 'ATTENDANCE', csv: sample('registro-presenze.csv') });
    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
