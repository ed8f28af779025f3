/**
 * The ESF indicators added for issue 13 (docs/indicators.md), pinned on hand-made participants
 * recorded through the API, one project per rule so that each figure is worked out on paper:
 *
 *  GOLAB           Upon leaving, CR01 and CR02. Ida (F, inactive not in education at entry) and
 *                  Ugo (M, unemployed) both leave UNSUCCESSFUL on 2019-06-28 and job searching; Ugo
 *                  also goes on to a course. CR01 counts Ida only (it is for the inactive at entry),
 *                  CR02 Ugo. Piera (F) leaves EMPLOYED "and job searching": refused on
 *                  jobSearchingOnExit, nothing written (the ESF counts the later of the two).
 *  PRO_SALOMONE    CR05, disadvantaged at entry (CO15-CO18) and engaged upon leaving. Dora (F, housing
 *                  exclusion) leaves job searching: counted. Mirko (M, migrant) leaves EMPLOYED: counted.
 *                  Ezio (M, with a disability) withdraws with nothing recorded: not counted. Marta (F,
 *                  not disadvantaged) leaves with a qualification: CR03, not CR05. Nadia (F, other
 *                  disadvantaged) leaves UNSUCCESSFUL, later corrected to say she is in training: counted.
 *  FORNASE         CR08 and CR09, six months after leaving. Piero (M, 58 at entry) and Rita (F, 40,
 *                  other disadvantaged) leave on 2019-02-15 and are employed at the follow-up on
 *                  2019-08-15: CR08 Piero, CR09 Rita, both CR06. Sara (F, 54 at entry, a day before
 *                  her 55th birthday) likewise employed: CR06, not CR08. Tino (M, 60, homeless) is
 *                  followed up not employed: none of them.
 *  QUARTIERE_IN_CORSO CO19. Its municipality given degree 3 (rural) for the test: Vera (F), enrolled
 *                  before, entered from an urban area; Zeno (M), enrolled after, counts in CO19.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSummaries } from '../server/db/summaries.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { graphql } from './gql/index.js';
import type { EsfMissingIndicatorsQuery, TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

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
  mutation EsfMissingRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);
const ENROL = graphql(`
  mutation EsfMissingEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);
const EXIT = graphql(`
  mutation EsfMissingExit($input: ExitInput!) {
    recordExit(input: $input) {
      id
      jobSearchingOnExit
      inEducationOrTrainingOnExit
    }
  }
`);
const FOLLOW_UP = graphql(`
  mutation EsfMissingFollowUp($input: FollowUpInput!) {
    recordFollowUp(input: $input) {
      id
    }
  }
`);
const CORRECT = graphql(`
  mutation EsfMissingCorrect($input: CorrectEnrolmentInput!) {
    correctEnrolment(input: $input) {
      id
      jobSearchingOnExit
      inEducationOrTrainingOnExit
    }
  }
`);
const INDICATORS = graphql(`
  query EsfMissingIndicators($filter: ReportFilter) {
    esfIndicators(filter: $filter) {
      code
      women
      men
      total
    }
  }
`);
const ENTITIES = graphql(`
  query EsfMissingEntities($filter: ReportFilter) {
    esfEntityIndicators(filter: $filter) {
      code
      value
      projectCodes
      note
    }
    projects {
      code
      degreeOfUrbanisation
      degreeOfUrbanisationSource
    }
  }
`);

async function ok<T, V>(
  document: TypedDocumentString<T, V>,
  variables: Record<string, unknown>,
  auth: Record<string, string> = AS_ADMIN,
): Promise<T> {
  const response = await t.gql(document, variables, auth);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

interface Participant {
  name: string;
  sex: 'FEMALE' | 'MALE';
  birthDate: string;
  labourStatus?: string;
  project: string;
  selectedOn?: string;
  /** Sensitive and housing attributes at registration. */
  attributes?: Record<string, boolean>;
}

/** Registers the person (education ISCED 3: a complete record) and enrols them; returns the enrolment id. */
async function participant(p: Participant): Promise<string> {
  const { registerPerson } = await ok(REGISTER, {
    input: {
      fiscalCode: fiscalCode(p.name, p.sex, p.birthDate),
      sex: p.sex,
      birthYear: Number(p.birthDate.slice(0, 4)),
      education: 'ISCED_3',
      labourStatus: p.labourStatus ?? 'UNEMPLOYED',
      ...p.attributes,
    },
  });
  const { enrolPerson } = await ok(ENROL, {
    input: { personId: registerPerson.id, projectCode: p.project, selectedOn: p.selectedOn ?? '2018-10-01', arrearsAtEnrolment: '1000.00' },
  });
  return enrolPerson.id;
}

/** [women, men, total] per indicator code, exact (an admin's), for one project. */
async function indicators(project: string, asOf = '2020-08-31'): Promise<Record<string, (number | null)[]>> {
  const { esfIndicators } = await ok(INDICATORS, { filter: { projectCodes: [project], asOf } });
  return Object.fromEntries(
    esfIndicators.map((r: EsfMissingIndicatorsQuery['esfIndicators'][number]) => [r.code, [r.women, r.men, r.total]]),
  );
}

describe('CR01 and CR02: job searching, education or training upon leaving', () => {
  it('counts the inactive participant who leaves job searching in CR01, and the one in a course in CR02', async () => {
    const ida = await participant({
      name: 'IDAXXX',
      sex: 'FEMALE',
      birthDate: '1985-02-11',
      labourStatus: 'INACTIVE_NOT_IN_EDUCATION',
      project: 'GOLAB',
    });
    const ugo = await participant({ name: 'UGOXXX', sex: 'MALE', birthDate: '1983-07-04', project: 'GOLAB' });
    const { recordExit } = await ok(EXIT, {
      input: { enrolmentId: ida, exitedOn: '2019-06-28', outcome: 'UNSUCCESSFUL', jobSearchingOnExit: true },
    });
    expect(recordExit).toMatchObject({ jobSearchingOnExit: true, inEducationOrTrainingOnExit: null });
    await ok(EXIT, {
      input: {
        enrolmentId: ugo,
        exitedOn: '2019-06-28',
        outcome: 'UNSUCCESSFUL',
        jobSearchingOnExit: true,
        inEducationOrTrainingOnExit: true,
      },
    });
    const v = await indicators('GOLAB');
    expect(v.CO03).toEqual([1, 0, 1]);
    expect(v.CR01).toEqual([1, 0, 1]); // Ida: inactive at entry; Ugo was unemployed
    expect(v.CR02).toEqual([0, 1, 1]);
    // Counted on the day of the exit.
    expect((await indicators('GOLAB', '2019-06-27')).CR01).toEqual([0, 0, 0]);
  });

  it('refuses an EMPLOYED exit that is also job searching, naming jobSearchingOnExit, and writes nothing', async () => {
    const piera = await participant({ name: 'PRAXXX', sex: 'FEMALE', birthDate: '1990-01-20', project: 'GOLAB' });
    const refused = await t.gql(
      EXIT,
      { input: { enrolmentId: piera, exitedOn: '2019-06-28', outcome: 'EMPLOYED', contractType: 'PERMANENT', jobSearchingOnExit: true } },
      AS_ADMIN,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobSearchingOnExit' });
    expect(await t.sql(`select exited_on from enrolment where id = $1`, [piera])).toEqual([{ exited_on: null }]);

    await ok(EXIT, { input: { enrolmentId: piera, exitedOn: '2019-06-28', outcome: 'EMPLOYED', contractType: 'PERMANENT' } });
    const corrected = await t.gql(CORRECT, { input: { enrolmentId: piera, jobSearchingOnExit: true, reason: 'test' } }, AS_ADMIN);
    expect(corrected.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobSearchingOnExit' });
  });
});

describe('CR05: disadvantaged participants engaged upon leaving', () => {
  it('counts a participant disadvantaged at entry (CO15-CO18) who leaves job searching, in training, qualified or employed', async () => {
    const project = 'PRO_SALOMONE';
    const dora = await participant({
      name: 'DRAXXX',
      sex: 'FEMALE',
      birthDate: '1980-03-03',
      project,
      attributes: { housingExclusion: true },
    });
    const mirko = await participant({
      name: 'MRKXXX',
      sex: 'MALE',
      birthDate: '1981-04-04',
      project,
      attributes: { migrantOrMinority: true },
    });
    const ezio = await participant({ name: 'EZIXXX', sex: 'MALE', birthDate: '1982-05-05', project, attributes: { disability: true } });
    const marta = await participant({ name: 'MRTXXX', sex: 'FEMALE', birthDate: '1983-06-06', project });
    const nadia = await participant({
      name: 'NDAXXX',
      sex: 'FEMALE',
      birthDate: '1984-07-07',
      project,
      attributes: { otherDisadvantaged: true },
    });

    await ok(EXIT, { input: { enrolmentId: dora, exitedOn: '2019-05-31', outcome: 'UNSUCCESSFUL', jobSearchingOnExit: true } });
    await ok(EXIT, { input: { enrolmentId: mirko, exitedOn: '2019-05-31', outcome: 'EMPLOYED', contractType: 'FIXED_TERM' } });
    await ok(EXIT, { input: { enrolmentId: ezio, exitedOn: '2019-01-31', outcome: 'WITHDRAWN' } });
    await ok(EXIT, { input: { enrolmentId: marta, exitedOn: '2019-05-31', outcome: 'UNSUCCESSFUL', gainedQualification: true } });
    await ok(EXIT, { input: { enrolmentId: nadia, exitedOn: '2019-05-31', outcome: 'UNSUCCESSFUL' } });

    let v = await indicators(project);
    expect(v.CR03).toEqual([1, 0, 1]); // Marta
    expect(v.CR04).toEqual([0, 1, 1]); // Mirko
    expect(v.CR05).toEqual([1, 1, 2]); // Dora, Mirko; not Ezio (nothing upon leaving), not Marta (not disadvantaged)

    const { correctEnrolment } = await ok(CORRECT, {
      input: { enrolmentId: nadia, inEducationOrTrainingOnExit: true, reason: 'enrolled on a course the week after' },
    });
    expect(correctEnrolment.inEducationOrTrainingOnExit).toBe(true);
    v = await indicators(project);
    expect(v.CR02).toEqual([1, 0, 1]);
    expect(v.CR05).toEqual([2, 1, 3]);
  });
});

describe('CR08 and CR09: in employment six months after leaving', () => {
  it('counts the employed above 54 at entry in CR08 and the disadvantaged in CR09, from the follow-up in the window', async () => {
    const project = 'FORNASE';
    const selectedOn = '2018-10-15';
    const piero = await participant({ name: 'PRIXXX', sex: 'MALE', birthDate: '1960-01-01', project, selectedOn });
    const rita = await participant({
      name: 'RTIXXX',
      sex: 'FEMALE',
      birthDate: '1978-01-01',
      project,
      selectedOn,
      attributes: { otherDisadvantaged: true },
    });
    const sara = await participant({ name: 'SRAXXX', sex: 'FEMALE', birthDate: '1963-10-16', project, selectedOn }); // 55 the next day
    const tino = await participant({
      name: 'TNIXXX',
      sex: 'MALE',
      birthDate: '1958-02-02',
      project,
      selectedOn,
      attributes: { housingExclusion: true },
    });
    for (const [enrolmentId, employed] of [
      [piero, true],
      [rita, true],
      [sara, true],
      [tino, false],
    ] as const) {
      await ok(EXIT, { input: { enrolmentId, exitedOn: '2019-02-15', outcome: 'UNSUCCESSFUL', jobSearchingOnExit: true } });
      await ok(FOLLOW_UP, { input: { enrolmentId, observedOn: '2019-08-15', employed, improvedSituation: false } });
    }
    const v = await indicators(project);
    expect(v.CO07).toEqual([0, 2, 2]); // Piero and Tino; Sara is 54
    expect(v.CR06).toEqual([2, 1, 3]);
    expect(v.CR08).toEqual([0, 1, 1]); // Piero
    expect(v.CR09).toEqual([1, 0, 1]); // Rita; Tino is not employed
    expect(v.CR05).toEqual([1, 1, 2]); // Rita and Tino, job searching upon leaving
    // Counted from the day the follow-up observed it.
    const before = await indicators(project, '2019-08-14');
    expect([before.CR08, before.CR09]).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('CO19: participants from rural areas', () => {
  it("counts the participants of a project whose municipality is rural, by the project's degree when they entered", async () => {
    const project = 'QUARTIERE_IN_CORSO';
    const vera = await participant({ name: 'VRAXXX', sex: 'FEMALE', birthDate: '1979-09-09', project, selectedOn: '2019-01-10' });
    // No API changes a project's degree of urbanisation: a stand-in for a rural municipality.
    await t.sql(`update project set degree_of_urbanisation = 3 where code = $1`, [project]);
    await participant({ name: 'ZNOXXX', sex: 'MALE', birthDate: '1977-11-11', project, selectedOn: '2019-02-10' });
    const v = await indicators(project);
    expect(v.PARTICIPANTS).toEqual([1, 1, 2]);
    expect(v.CO19).toEqual([0, 1, 1]); // Zeno; Vera entered from an urban area
    expect(await t.sql(`select entry_degree_of_urbanisation as degree from enrolment where id = $1`, [vera])).toEqual([{ degree: 2 }]);
    await t.sql(`update project set degree_of_urbanisation = 2 where code = $1`, [project]);
  });

  it('gives every project of the article its degree with its source: none is rural, so CO19 is 0 on this programme', async () => {
    const { projects } = await ok(ENTITIES, {}, {});
    expect(projects).toHaveLength(8);
    for (const p of projects) {
      expect([1, 2]).toContain(p.degreeOfUrbanisation);
      expect(p.degreeOfUrbanisationSource).toContain('DEGURBA');
    }
    expect(Object.fromEntries(projects.map((p) => [p.code, p.degreeOfUrbanisation]))).toMatchObject({ GOLAB: 1, PRO_SALOMONE: 1 });
  });
});

describe('CO20-CO23: the entity indicators', () => {
  it('counts the projects started with a non-governmental partner, exactly for the public too, and says why the others are not computed', async () => {
    const asOf = '2019-12-31';
    const { esfEntityIndicators: publicView } = await ok(ENTITIES, { filter: { asOf } }, {});
    const { esfEntityIndicators: exact } = await ok(ENTITIES, { filter: { asOf } });
    expect(publicView).toEqual(exact);
    const byCode = Object.fromEntries(publicView.map((r) => [r.code, r]));
    expect(Object.keys(byCode)).toEqual(['CO20', 'CO21', 'CO22', 'CO23']);
    // PRO_SALOMONE: Cooperativa Sociale Galdus, a social cooperative. The others: ALER and a municipality.
    expect(byCode.CO20).toMatchObject({ value: 1, projectCodes: ['PRO_SALOMONE'] });
    for (const code of ['CO21', 'CO22', 'CO23']) {
      expect(byCode[code]).toMatchObject({ value: null, projectCodes: [] });
      expect(byCode[code]!.note).toMatch(/^Not computed: /);
    }
    // Before the projects start (1 September 2018), none is implemented, not even partially.
    const { esfEntityIndicators: before } = await ok(ENTITIES, { filter: { asOf: '2018-08-31' } }, {});
    expect(before[0]).toMatchObject({ code: 'CO20', value: 0, projectCodes: [] });
    // A scope without PRO_SALOMONE.
    const { esfEntityIndicators: golab } = await ok(ENTITIES, { filter: { asOf, projectCodes: ['GOLAB'] } }, {});
    expect(golab[0]).toMatchObject({ code: 'CO20', value: 0 });
  });
});

describe('the summaries', () => {
  it('equal their recomputation after every write above (npm run summaries -- --check)', async () => {
    expect(await checkSummaries(t.app.db.pool)).toEqual([]);
  });
});
