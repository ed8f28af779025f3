/**
 * One public request cannot tie the hub up. Dates lie in the documented range (2000-01-01 to ten
 * years after today): a report, a newsletter, a download, a lock or a frozen report as of
 * 9999-12-31 is refused before anything runs, as BAD_USER_INPUT naming the field; as of the latest
 * day allowed, twenty aliases of the monthly series are answered in well under a few seconds while
 * /readyz keeps answering, and no monthly series is longer than the programme plus that range.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../server/dates.js';
import { EARLIEST_DATE, latestDate } from '../server/domain/limits.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { fakeFiscalCode } from './helpers/csv-files.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
});
afterAll(() => t?.close());

const FAR = '9999-12-31';

const ALIASES = graphql(`
  query BoundsTwentyAliases($filter: ReportFilter) {
    p1: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p2: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p3: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p4: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p5: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p6: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p7: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p8: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p9: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    p10: participation(filter: $filter) {
      cumulative {
        month
      }
    }
    d1: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d2: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d3: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d4: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d5: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d6: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d7: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d8: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d9: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
    d10: debtRecovery(filter: $filter) {
      monthly {
        month
      }
    }
  }
`);

const ALIASES_LITERAL = graphql(`
  query BoundsTwentyAliasesFarFuture {
    p1: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p2: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p3: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p4: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p5: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p6: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p7: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p8: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p9: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    p10: participation(filter: { asOf: "9999-12-31" }) {
      cumulative {
        month
      }
    }
    d1: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d2: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d3: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d4: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d5: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d6: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d7: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d8: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d9: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
    d10: debtRecovery(filter: { asOf: "9999-12-31" }) {
      monthly {
        month
      }
    }
  }
`);

const NEWSLETTER = graphql(`
  query BoundsNewsletter($filter: ReportFilter) {
    newsletterUpdate(filter: $filter) {
      title
    }
  }
`);

const FREEZE = graphql(`
  mutation BoundsFreeze($asOf: Date!, $label: String!) {
    freezeReport(asOf: $asOf, label: $label) {
      id
    }
  }
`);

const LOCK = graphql(`
  mutation BoundsLock($until: Date!, $reason: String!) {
    lockPeriod(until: $until, reason: $reason) {
      id
    }
  }
`);

/** Whole months from the month of `from` to the month of `to`, both counted. */
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

describe('asOf far in the future', () => {
  it('is refused at once, for the public and for keys, as a variable or written in the document', async () => {
    for (const headers of [{}, AS_ADMIN]) {
      const started = Date.now();
      const answer = await t.gql(ALIASES, { filter: { asOf: FAR } }, headers);
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.asOf' });
      const literal = await t.gql(ALIASES_LITERAL, {}, headers);
      expect(literal.status).toBe(400);
      expect(literal.data).toBeUndefined();
      expect(literal.errors![0]!.message).toContain(FAR);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it('the newsletter, a frozen report and a lock refuse it too, naming the field', async () => {
    const newsletter = await t.gql(NEWSLETTER, { filter: { asOf: FAR } });
    expect(newsletter.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.asOf' });
    const freeze = await t.gql(FREEZE, { asOf: FAR, label: 'Far' }, AS_ADMIN);
    expect(freeze.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    for (const until of [FAR, '0100-01-01', '1999-12-31', addDays(latestDate(), 1)]) {
      const lock = await t.gql(LOCK, { until, reason: 'Out of range' }, AS_ADMIN);
      expect(lock.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    }
    const { n } = await t.one<{ n: number }>(`select count(*)::int as n from period_lock`);
    expect(n).toBe(0);
  });

  it('the downloads refuse it with a 400 naming asOf', async () => {
    for (const file of ['projects.xlsx', 'projects.csv', 'esf-indicators.xlsx', 'esf-indicators.csv']) {
      for (const asOf of [FAR, '0100-01-01', 'not-a-date', `2019-01-01%00`]) {
        const response = await fetch(`${t.url}/reports/${file}?asOf=${asOf}`);
        expect(response.status).toBe(400);
        const body = (await response.json()) as { error: { code: string; field?: string } };
        expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
      }
      const badProject = await fetch(`${t.url}/reports/${file}?project=GOLAB%00`);
      expect(badProject.status).toBe(400);
      expect(((await badProject.json()) as { error: { field?: string } }).error.field).toBe('project');
    }
  });
});

describe('asOf on the latest day allowed', () => {
  it('twenty aliases of the monthly series, three requests at once, answer within seconds while /readyz answers', async () => {
    const latest = latestDate();
    const started = Date.now();
    const requests = [0, 1, 2].map(() => t.gql(ALIASES, { filter: { asOf: latest } }));
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    const answers = await Promise.all(requests);
    expect(Date.now() - started).toBeLessThan(10_000);
    const { start } = await t.one<{ start: string }>(`select min(start_date)::text as start from project`);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.p1.length).toBeGreaterThan(0);
    }
    // The series as of the latest day, for a key (the public sees fewer months).
    const exact = await t.gql(ALIASES, { filter: { asOf: latest } }, AS_ADMIN);
    for (const series of [...exact.data!.p1.map((p) => p.cumulative), exact.data!.d1.monthly]) {
      expect(series.length).toBeLessThanOrEqual(monthsBetween(start, latest));
    }
  });

  it('no monthly series is longer than the programme plus the documented range, whatever the day', async () => {
    const { start } = await t.one<{ start: string }>(`select min(start_date)::text as start from project`);
    const bound = monthsBetween(EARLIEST_DATE, latestDate());
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date(`${EARLIEST_DATE}T00:00:00Z`), max: new Date(`${latestDate()}T00:00:00Z`), noInvalidDate: true }),
        async (day) => {
          const asOf = day.toISOString().slice(0, 10);
          const answer = await t.gql(ALIASES, { filter: { asOf } }, AS_ADMIN);
          expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
          const longest = Math.max(...answer.data!.p1.map((p) => p.cumulative.length), answer.data!.d1.monthly.length);
          expect(longest).toBeLessThanOrEqual(Math.max(0, monthsBetween(start, asOf)));
          expect(longest).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 10 },
    );
  });
});

const REGISTER = graphql(`
  mutation BoundsRegister($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
    }
  }
`);

const ENROL = graphql(`
  mutation BoundsEnrol($input: EnrolInput!) {
    enrolPerson(input: $input) {
      id
    }
  }
`);

const REPAY = graphql(`
  mutation BoundsRepay($input: RepaymentInput!) {
    recordRepayment(input: $input) {
      id
    }
  }
`);

const IMPORT = graphql(`
  mutation BoundsImport($kind: ImportKind!, $csv: String!, $fileName: String) {
    importFile(kind: $kind, csv: $csv, fileName: $fileName) {
      written
      errors {
        column
        message
      }
    }
  }
`);

describe('the garbage of the issue', () => {
  it('a person born in 2026 is not enrolled in 2019, by mutation or by file; nor one born in 2008', async () => {
    const born2026 = await t.gql(
      REGISTER,
      { input: { fiscalCode: fakeFiscalCode(11, 'F', 2026), sex: 'FEMALE', birthYear: 2026, labourStatus: 'UNEMPLOYED' } },
      AS_ADMIN,
    );
    expect(born2026.errors).toBeUndefined();
    const enrol = await t.gql(
      ENROL,
      {
        input: { personId: born2026.data!.registerPerson.id, projectCode: 'GOLAB', selectedOn: '2019-03-15', arrearsAtEnrolment: '100.00' },
      },
      AS_ADMIN,
    );
    expect(enrol.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const csv = `codice_fiscale;sesso;anno_nascita;titolo_studio;condizione;progetto;data_selezione;morosita
${fakeFiscalCode(12, 'M', 2008)};M;2008;2;disoccupato;GOLAB;10/01/2019;1.500,00\n`;
    const file = await t.gql(IMPORT, { kind: 'PARTICIPANTS', csv, fileName: 'giovani.csv' }, AS_ADMIN);
    expect(file.data!.importFile.written).toBe(false);
    expect(file.data!.importFile.errors.map((e) => e.column)).toEqual(['anno_nascita']);
  });

  it('a repayment of 9,999,999,999,999.99 is refused, and so is a fileName of 122 KB', async () => {
    const enrolment = await t.one<{ id: string }>(`select id from enrolment where project_code = 'GOLAB' order by id limit 1`);
    const repay = await t.gql(REPAY, { input: { enrolmentId: enrolment.id, paidOn: '2019-12-02', amount: '9999999999999.99' } }, AS_ADMIN);
    expect(repay.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const before = await t.one<{ n: number }>(`select count(*)::int as n from audit_entry`);
    const csv = 'progetto;data;tipo;titolo;persone_non_registrate\nGOLAB;02/05/2019;OTHER;Festa;12\n';
    for (const fileName of ['x'.repeat(122_000), 'x'.repeat(256), 'registro\u202e.csv', 'a\u0000b.csv']) {
      const answer = await t.gql(IMPORT, { kind: 'ATTENDANCE', csv, fileName }, AS_ADMIN);
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    }
    expect((await t.one<{ n: number }>(`select count(*)::int as n from audit_entry`)).n).toBe(before.n);
  });
});
