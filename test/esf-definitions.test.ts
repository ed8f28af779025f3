/**
 * The ESF indicators as the Commission defines them (docs/indicators.md), pinned on hand-made
 * participants recorded through the API, one project per rule so that each figure is worked out on
 * paper:
 *
 *  GOLAB           CR07. Ugo (M, unemployed at entry) and Eva (F, employed at entry) both exit
 *                  EMPLOYED on 2019-01-31 and are followed up on 2019-07-31, employed, their
 *                  situation improved: both count in CR06, only Eva in CR07.
 *  PRO_SALOMONE    The six-month window. Fiona (F) exits 2019-02-15: a follow-up on 2019-07-15 (five
 *                  months) is refused on observedOn and writes nothing; on 2019-08-15 it counts.
 *  FORNASE         A corrected exit. Carlo (M) exits 2019-02-15, followed up 2019-08-15 (CR06); the
 *                  exit corrected to 2019-05-15 leaves the follow-up outside the window: kept, not counted.
 *  SAPERI          Exact age at entry, everyone born on 10 March and unemployed: Anna (F, 1994)
 *                  selected 2019-03-09 is 24 (CO06); Bruno (M, 1994) selected on his 25th birthday
 *                  is 25; Clara (F, 1964) selected 2019-03-09 is 54; Dario (M, 1964) selected on his
 *                  55th birthday is 55 (CO07, CO08).
 *  NESSUNO_ESCLUSO Elena (F, 1994), registered before birth dates were kept (no birth date),
 *                  selected 2019-03-09: 25 by the birth year alone, not in CO06.
 *  LSQ_RHO         Franca (F, born 1994-03-10), registered and enrolled by the participants list on
 *                  2019-03-09: 24, in CO06.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { followUpWindow } from '../server/domain/enrolment.js';
import { graphql } from './gql/index.js';
import type { EsfDefinitionsIndicatorsQuery, TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const MONTHS = 'ABCDEHLMPRST';

/** A valid fiscal code for a made-up name (six letters), sex and birth date (the day plus 40 for women). */
function fiscalCode(name: string, sex: 'FEMALE' | 'MALE', birthDate: string): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const dayField = String(Number(day) + (sex === 'FEMALE' ? 40 : 0)).padStart(2, '0');
  const first15 = `${name}${year.slice(2)}${MONTHS[Number(month) - 1]}${dayField}F205`;
  return first15 + checkCharacter(first15);
}

const REGISTER = graphql(`
  mutation EsfDefinitionsRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);
const ENROL = graphql(`
  mutation EsfDefinitionsEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);
const EXIT = graphql(`
  mutation EsfDefinitionsExit($input: ExitInput!) {
    recordExit(input: $input) {
      id
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation EsfDefinitionsFollowUp($input: FollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      observedOn
    }
  }
`);
const CORRECT = graphql(`
  mutation EsfDefinitionsCorrect($input: CorrectEnrolmentInput!) {
    correctEnrolment(input: $input) {
      id
      selectedOn
      exitedOn
    }
  }
`);
const IMPORT = graphql(`
  mutation EsfDefinitionsImport($csv: String!) {
    importFile(kind: PARTICIPANTS, csv: $csv, fileName: "esf.csv") {
      written
      errors {
        row
        column
        message
      }
    }
  }
`);
const INDICATORS = graphql(`
  query EsfDefinitionsIndicators($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
    }
  }
`);

async function ok<T, V>(document: TypedDocumentString<T, V>, variables: Record<string, unknown>): Promise<T> {
  const response = await t.gql(document, variables, AS_ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

interface Participant {
  name: string;
  sex: 'FEMALE' | 'MALE';
  birthDate: string;
  labourStatus: string;
  project: string;
  selectedOn: string;
}

/** Registers the person (education ISCED 3: a complete record) and enrols them; returns the enrolment id. */
async function participant(p: Participant): Promise<{ personId: string; enrolmentId: string }> {
  const { registerPerson } = await ok(REGISTER, {
    input: {
      fiscalCode: fiscalCode(p.name, p.sex, p.birthDate),
      sex: p.sex,
      birthYear: Number(p.birthDate.slice(0, 4)),
      education: 'ISCED_3',
      labourStatus: p.labourStatus,
    },
  });
  const { enrolPerson } = await ok(ENROL, {
    input: { personId: registerPerson.id, projectCode: p.project, selectedOn: p.selectedOn, arrearsAtEnrolment: '1000.00' },
  });
  return { personId: registerPerson.id, enrolmentId: enrolPerson.id };
}

const exitEmployed = (enrolmentId: string, exitedOn: string) =>
  ok(EXIT, { input: { enrolmentId, exitedOn, outcome: 'EMPLOYED', contractType: 'PERMANENT' } });

/** [women, men, total] per indicator code, exact (an admin's), for one project as of the end of the programme. */
async function indicators(project: string, asOf = '2020-08-31'): Promise<Record<string, (number | null)[]>> {
  const { esfIndicators } = await ok(INDICATORS, { filter: { projectCodes: [project], asOf } });
  return Object.fromEntries(
    esfIndicators.map((r: EsfDefinitionsIndicatorsQuery['esfIndicators'][number]) => [r.code, [r.women, r.men, r.total]]),
  );
}

describe('CR07: an improved labour market situation six months after leaving', () => {
  it('counts only a participant employed at entry, though both say their situation improved', async () => {
    const ugo = await participant({
      name: 'UGOXXX',
      sex: 'MALE',
      birthDate: '1980-05-20',
      labourStatus: 'UNEMPLOYED',
      project: 'GOLAB',
      selectedOn: '2018-10-01',
    });
    const eva = await participant({
      name: 'EVAXXX',
      sex: 'FEMALE',
      birthDate: '1982-06-21',
      labourStatus: 'EMPLOYED',
      project: 'GOLAB',
      selectedOn: '2018-10-01',
    });
    for (const { enrolmentId } of [ugo, eva]) {
      await exitEmployed(enrolmentId, '2019-01-31');
      await ok(FOLLOW_UP, { input: { enrolmentId, observedOn: '2019-07-31', employed: true, improvedSituation: true } });
    }
    const v = await indicators('GOLAB');
    expect(v.CO01).toEqual([0, 1, 1]);
    expect(v.CO05).toEqual([1, 0, 1]);
    expect(v.CR06).toEqual([1, 1, 2]);
    expect(v.CR07).toEqual([1, 0, 1]); // Eva only: Ugo was unemployed at entry
  });
});

describe('CR06 and CR07: the follow-up observed six months after leaving', () => {
  it('refuses a follow-up five months after the exit, naming observedOn, and counts one at six months', async () => {
    const fiona = await participant({
      name: 'FNIXXX',
      sex: 'FEMALE',
      birthDate: '1979-11-02',
      labourStatus: 'LONG_TERM_UNEMPLOYED',
      project: 'PRO_SALOMONE',
      selectedOn: '2018-10-15',
    });
    await exitEmployed(fiona.enrolmentId, '2019-02-15');

    const early = await t.gql(
      FOLLOW_UP,
      { input: { enrolmentId: fiona.enrolmentId, observedOn: '2019-07-15', employed: true, improvedSituation: false } },
      AS_ADMIN,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observedOn' });
    expect(early.errors?.[0]?.message).toContain('from 2019-07-18 to 2019-09-12');
    expect(await t.sql(`select 1 from follow_up where enrolment_id = $1`, [fiona.enrolmentId])).toEqual([]);
    expect((await indicators('PRO_SALOMONE')).CR06).toEqual([0, 0, 0]);

    await ok(FOLLOW_UP, { input: { enrolmentId: fiona.enrolmentId, observedOn: '2019-08-15', employed: true, improvedSituation: false } });
    expect((await indicators('PRO_SALOMONE')).CR06).toEqual([1, 0, 1]);
    // Counted from the day it was observed.
    expect((await indicators('PRO_SALOMONE', '2019-08-14')).CR06).toEqual([0, 0, 0]);
  });

  it('keeps a follow-up that a corrected exit leaves outside the window, and no longer counts it', async () => {
    const carlo = await participant({
      name: 'CRLXXX',
      sex: 'MALE',
      birthDate: '1975-01-12',
      labourStatus: 'UNEMPLOYED',
      project: 'FORNASE',
      selectedOn: '2018-10-15',
    });
    await exitEmployed(carlo.enrolmentId, '2019-02-15');
    await ok(FOLLOW_UP, { input: { enrolmentId: carlo.enrolmentId, observedOn: '2019-08-15', employed: true, improvedSituation: false } });
    expect((await indicators('FORNASE')).CR06).toEqual([0, 1, 1]);

    await ok(CORRECT, { input: { enrolmentId: carlo.enrolmentId, exitedOn: '2019-05-15', reason: 'exit day mistyped' } });
    expect(await t.sql(`select observed_on::text from follow_up where enrolment_id = $1`, [carlo.enrolmentId])).toEqual([
      { observed_on: '2019-08-15' },
    ]);
    const v = await indicators('FORNASE');
    expect(v.CR04).toEqual([0, 1, 1]);
    expect(v.CR06).toEqual([0, 0, 0]);
  });

  it('uses the same window in SQL as the rule that refuses follow-ups, at month ends and in leap years too', async () => {
    const exits: string[] = [];
    for (let day = Date.UTC(2018, 8, 1); day <= Date.UTC(2020, 7, 31); day += 86_400_000)
      exits.push(new Date(day).toISOString().slice(0, 10));
    const windows = exits.map(followUpWindow);
    const [row] = await t.sql<{ disagreements: number }>(
      `select count(*)::int as disagreements
         from unnest($1::date[], $2::date[], $3::date[]) as w(exited_on, first_day, last_day)
        where not (follow_up_in_window(exited_on, first_day) and follow_up_in_window(exited_on, last_day)
                   and not follow_up_in_window(exited_on, first_day - 1) and not follow_up_in_window(exited_on, last_day + 1))`,
      [exits, windows.map((w) => w.from), windows.map((w) => w.to)],
    );
    expect(row!.disagreements).toBe(0);
    expect(followUpWindow('2019-08-31')).toEqual({ from: '2020-02-01', to: '2020-03-28' }); // six months on: 29 February
  });
});

describe('CO06, CO07 and CO08: the exact age at entry', () => {
  it('flips on the 25th and the 55th birthday, not a day before', async () => {
    const born = (year: number) => `${year}-03-10`;
    const anna = await participant({
      name: 'ANNXXX',
      sex: 'FEMALE',
      birthDate: born(1994),
      labourStatus: 'UNEMPLOYED',
      project: 'SAPERI',
      selectedOn: '2019-03-09',
    });
    await participant({
      name: 'BRNXXX',
      sex: 'MALE',
      birthDate: born(1994),
      labourStatus: 'UNEMPLOYED',
      project: 'SAPERI',
      selectedOn: '2019-03-10',
    });
    await participant({
      name: 'CLRXXX',
      sex: 'FEMALE',
      birthDate: born(1964),
      labourStatus: 'UNEMPLOYED',
      project: 'SAPERI',
      selectedOn: '2019-03-09',
    });
    await participant({
      name: 'DRAXXX',
      sex: 'MALE',
      birthDate: born(1964),
      labourStatus: 'UNEMPLOYED',
      project: 'SAPERI',
      selectedOn: '2019-03-10',
    });

    const v = await indicators('SAPERI');
    expect(v.PARTICIPANTS).toEqual([2, 2, 4]);
    expect(v.CO06).toEqual([1, 0, 1]); // Anna, 24; Bruno is 25 on the day
    expect(v.CO07).toEqual([0, 1, 1]); // Dario, 55 on the day; Clara is 54
    expect(v.CO08).toEqual([0, 1, 1]);
    // The birth date came from the fiscal code's day and month, in the year given; the audit trail
    // keeps the birth year given, not the date read from the code.
    expect(await t.one(`select birth_date::text as "birthDate" from person where id = $1`, [anna.personId])).toEqual({
      birthDate: '1994-03-10',
    });
    const { after } = await t.one<{ after: Record<string, unknown> }>(
      `select after from audit_entry where entity = 'person' and entity_id = $1`,
      [anna.personId],
    );
    expect(after).toMatchObject({ birthYear: 1994 });
    expect(after).not.toHaveProperty('birthDate');
  });

  it('follows a corrected day of selection', async () => {
    const gino = await participant({
      name: 'GNIXXX',
      sex: 'MALE',
      birthDate: '1994-04-20',
      labourStatus: 'UNEMPLOYED',
      project: 'QUARTIERE_IN_CORSO',
      selectedOn: '2019-04-20',
    });
    expect((await indicators('QUARTIERE_IN_CORSO')).CO06).toEqual([0, 0, 0]); // 25 on the day
    await ok(CORRECT, { input: { enrolmentId: gino.enrolmentId, selectedOn: '2019-04-19', reason: 'selected the day before' } });
    expect((await indicators('QUARTIERE_IN_CORSO')).CO06).toEqual([0, 1, 1]); // 24
  });

  it('falls back on the birth year for a person registered before birth dates were kept', async () => {
    const f = new Fixtures(t);
    const elena = await f.person({ sex: 'FEMALE', birthYear: 1994, labourStatus: 'UNEMPLOYED', education: 'ISCED_3' });
    await ok(ENROL, {
      input: { personId: elena, projectCode: 'NESSUNO_ESCLUSO', selectedOn: '2019-03-09', arrearsAtEnrolment: '1000.00' },
    });
    const v = await indicators('NESSUNO_ESCLUSO');
    expect(v.PARTICIPANTS).toEqual([1, 0, 1]);
    expect(v.CO06).toEqual([0, 0, 0]); // 2019 − 1994 = 25
  });

  it('takes the birth date from the fiscal codes of a participants list too', async () => {
    const csv =
      'codice_fiscale;sesso;anno_nascita;titolo_studio;condizione;progetto;data_selezione;morosita\n' +
      `${fiscalCode('FRNXXX', 'FEMALE', '1994-03-10')};F;1994;ISCED_3;disoccupato;LSQ_RHO;09/03/2019;1.000,00\n`;
    const { importFile } = await ok(IMPORT, { csv });
    expect(importFile.errors).toEqual([]);
    expect(importFile.written).toBe(true);
    expect((await indicators('LSQ_RHO')).CO06).toEqual([1, 0, 1]); // 24, a day before her 25th birthday
  });
});

describe('the summaries', () => {
  it('equal their recomputation after every write above (npm run summaries -- --check)', async () => {
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
