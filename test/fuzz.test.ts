/**
 * Hostile input, every mutation and the importer (fast-check). Each run takes a valid input and
 * replaces one field with a random value: any string (controls, bidi overrides, zero-width, NUL,
 * lone surrogates, huge lengths), extreme numbers, dates and amounts, odd JSON. Whatever it is:
 *
 * - the answer is never a 5xx nor an INTERNAL_SERVER_ERROR (nor SERVICE_UNAVAILABLE);
 * - an answer with errors wrote nothing (the rows of every record table and of audit_entry);
 * - a BAD_USER_INPUT names a field of the input;
 * - a value the documented limits refuse (docs/data-entry.md) is refused as BAD_USER_INPUT naming
 *   exactly the field that was replaced.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInItaly } from '../server/dates.js';
import { ADMIN_CALLER } from '../server/domain/caller.js';
import { EARLIEST_DATE, latestDate, MAX_AMOUNT_CENTS } from '../server/domain/limits.js';
import { runImport } from '../server/imports/import.service.js';
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';
import { fakeFiscalCode } from './helpers/csv-files.js';
import { Fixtures } from './helpers/fixtures.js';

let t: TestApp;
const ids: Record<'person' | 'open' | 'exited' | 'activity' | 'repayment' | 'case' | 'lock' | 'key', string> = {
  person: '',
  open: '',
  exited: '',
  activity: '',
  repayment: '',
  case: '',
  lock: '',
  key: '',
};
const FISCAL_CODE = fakeFiscalCode(7, 'M', 1980);

beforeAll(async () => {
  t = await startTestApp();
  const f = new Fixtures(t);
  ids.person = await f.person({ sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED', education: 'ISCED_3' });
  const other = await f.person({ sex: 'FEMALE', birthYear: 1975, labourStatus: 'UNEMPLOYED', education: null });
  ids.open = await f.enrol(ids.person, 'GOLAB', '2019-01-10', 150_000);
  ids.exited = await f.enrol(other, 'GOLAB', '2019-01-10', 150_000);
  await f.exit(ids.exited, '2019-06-30', 'WITHDRAWN');
  ids.activity = await f.activity('GOLAB', '2019-05-02');
  await f.repay(ids.open, '2019-03-01', 10_000);
  ids.repayment = (await t.one<{ id: string }>(`select id from repayment where enrolment_id = $1`, [ids.open])).id;
  ids.case = (
    await t.one<{ id: string }>(
      `insert into arrears_case (project_code, person_id, opened_on, status, status_changed_on)
       values ('GOLAB', $1, '2019-02-01', 'PREPARED', '2019-02-01') returning id`,
      [ids.person],
    )
  ).id;
  ids.lock = String(
    (
      await t.one<{ id: number }>(
        `insert into period_lock (locked_until, reason, locked_by) values ('2000-01-01', 'fuzz', 'test') returning id`,
      )
    ).id,
  );
  ids.key = (
    await t.one<{ id: string }>(
      `insert into api_key (label, role, project_codes, token_hash, token_prefix, created_by)
       values ('fuzz', 'ANALYST', '{}', md5('fuzz'), 'qk_fuzz', 'test') returning id`,
    )
  ).id;
});
afterAll(() => t?.close());

const RECORD_TABLES = [
  'person',
  'enrolment',
  'follow_up',
  'repayment',
  'withholding',
  'activity',
  'attendance',
  'arrears_case',
  'period_lock',
  'api_key',
  'report_snapshot',
  'audit_entry',
];

/** Rows of every record table and of the audit trail. */
async function rows(): Promise<Record<string, number>> {
  return t.one<Record<string, number>>(
    `select ${RECORD_TABLES.map((name) => `(select count(*) from ${name})::int as ${name}`).join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Values

const SPECIAL = [
  '\u0000', // NUL
  '\u0007', // bell
  '\u001b', // escape
  '\t',
  '\n',
  '\r',
  '\u0085', // next line
  '\u00ad', // soft hyphen
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u2028', // line separator
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\ufeff', // byte-order mark
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const withSpecial = fc
  .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...SPECIAL), fc.string({ maxLength: 12 }))
  .map(([a, c, b]) => `${a}${c}${b}`);
const anyString = fc.oneof(
  { weight: 3, arbitrary: withSpecial },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 200_000 }).map((n) => 'é'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', 'ok') },
);
const extremeNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e20, -1e20, Number.MAX_SAFE_INTEGER, 1.5, -0.5),
);
const oddJson = fc.constantFrom<unknown>(null, true, false, {}, [], ['a'], { a: 1 });
const anything = fc.oneof({ weight: 4, arbitrary: anyString }, { weight: 2, arbitrary: extremeNumber }, { weight: 1, arbitrary: oddJson });

const today = todayInItaly();
const DATES = [
  '9999-12-31',
  '0100-01-01',
  '1999-12-31',
  EARLIEST_DATE,
  '2019-03-15',
  '2019-07-01',
  today,
  latestDate(),
  addDays(latestDate(), 1),
  '2019-02-30',
  '2019-13-01',
  '20190315',
  '15/03/2019',
];
const AMOUNTS = [
  '10.00',
  '0.01',
  '1000000.00',
  '1000000.01',
  '9999999999999.99',
  '-1.00',
  '0.00',
  '1e5',
  '10.001',
  ' 10.00 ',
  '10,00',
  'NaN',
];
const YEARS = [1899, 1900, 1980, 2010, Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1, 3085];

type Kind = 'id' | 'text' | 'date' | 'money' | 'year' | 'headcount' | 'bool' | 'enum' | 'fiscalCode' | 'csv' | 'codes';
interface Field {
  kind: Kind;
  /** A non-null field: null is refused. */
  required?: boolean;
  /** For text: characters after trimming. */
  length?: [number, number];
  /** For enums: the values. */
  values?: readonly string[];
}

const mixed = (specific: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: specific }, { weight: 2, arbitrary: anything });

function valueFor(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'date':
      return mixed(fc.constantFrom(...DATES));
    case 'money':
      return mixed(fc.constantFrom(...AMOUNTS));
    case 'year':
      return mixed(fc.constantFrom(...YEARS));
    case 'headcount':
      return mixed(fc.constantFrom(0, 1, 3, 10_000, 10_001, -5));
    case 'bool':
      return mixed(fc.boolean());
    case 'enum':
      return mixed(fc.constantFrom(...field.values!, field.values![0]!.toLowerCase(), 'NOPE'));
    case 'codes':
      return fc.oneof(fc.array(anyString, { maxLength: 5 }), fc.constant(Array.from({ length: 1001 }, (_, i) => `P${i}`)), anything);
    default:
      return anything;
  }
}

const wellFormed = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);
const isIso = (text: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
};
const isInt32 = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647;

/** Is `value` one the documented limits refuse, before any fact of the database is read? */
function refused(field: Field, value: unknown): boolean {
  if (value === null) return field.required === true;
  if (typeof value === 'string') {
    if (!wellFormed(value)) return true;
    if (field.kind !== 'csv' && value.length > 1000) return true;
  }
  switch (field.kind) {
    case 'text': {
      if (typeof value !== 'string') return true;
      const text = value.trim();
      return text.length < field.length![0] || text.length > field.length![1] || INVISIBLE.test(text);
    }
    case 'date':
      return typeof value !== 'string' || !isIso(value) || value < EARLIEST_DATE || value > latestDate();
    case 'money': {
      if (typeof value !== 'string') return true;
      const m = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value.trim());
      if (!m) return true;
      const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
      return m[1] !== undefined || cents === 0n || cents > MAX_AMOUNT_CENTS;
    }
    case 'year':
      return !isInt32(value) || value < 1900 || value > Number(today.slice(0, 4));
    case 'headcount':
      return !isInt32(value) || value < 1 || value > 10_000;
    case 'bool':
      return typeof value !== 'boolean';
    case 'enum':
      return typeof value !== 'string' || !field.values!.includes(value);
    case 'id':
      // GraphQL's ID takes a string or a whole number.
      return typeof value !== 'string' && !Number.isInteger(value);
    case 'fiscalCode':
      return typeof value !== 'string';
    case 'codes':
      return !Array.isArray(value)
        ? typeof value !== 'string' && !Number.isInteger(value)
        : value.length > 1000 || value.some((v) => (typeof v === 'string' ? !wellFormed(v) || v.length > 1000 : !Number.isInteger(v)));
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The mutations: a valid input, and its fields

interface Case {
  name: string;
  document: TypedDocumentString<unknown, never>;
  base: () => Record<string, unknown>;
  /** Paths in the variables ("input.title", "label") and what they hold. */
  fields: Record<string, Field>;
}

const id = (required = true): Field => ({ kind: 'id', required });
const date = (required = true): Field => ({ kind: 'date', required });
const money = (required = true): Field => ({ kind: 'money', required });
const bool = (required = false): Field => ({ kind: 'bool', required });
const oneOf = (values: readonly string[], required = true): Field => ({ kind: 'enum', values, required });
const text = (length: [number, number]): Field => ({ kind: 'text', length, required: true });
const REASON = text([3, 500]);
const OUTCOMES = ['EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN'] as const;
const CONTRACTS = ['APPRENTICESHIP', 'FIXED_TERM', 'OTHER', 'PERMANENT', 'SELF_EMPLOYED'] as const;

const doc = <R, V>(d: TypedDocumentString<R, V>) => d as unknown as TypedDocumentString<unknown, never>;

const CASES: Case[] = [
  {
    name: 'registerPerson',
    document: doc(
      graphql(`
        mutation FuzzRegister($input: RegisterPersonInput!) {
          registerPerson(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { fiscalCode: FISCAL_CODE, sex: 'MALE', birthYear: 1980, labourStatus: 'UNEMPLOYED' } }),
    fields: {
      'input.fiscalCode': { kind: 'fiscalCode', required: true },
      'input.sex': oneOf(['FEMALE', 'MALE']),
      'input.birthYear': { kind: 'year', required: true },
      'input.labourStatus': oneOf(['EMPLOYED', 'INACTIVE_IN_EDUCATION', 'INACTIVE_NOT_IN_EDUCATION', 'LONG_TERM_UNEMPLOYED', 'UNEMPLOYED']),
      'input.education': oneOf(['ISCED_0', 'ISCED_3', 'ISCED_8'], false),
      'input.disability': bool(),
      'input.housingExclusion': bool(),
    },
  },
  {
    name: 'enrolPerson',
    document: doc(
      graphql(`
        mutation FuzzEnrol($input: EnrolInput!) {
          enrolPerson(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { personId: ids.person, projectCode: 'SAPERI', selectedOn: '2019-03-15', arrearsAtEnrolment: '1500.00' } }),
    fields: { 'input.personId': id(), 'input.projectCode': id(), 'input.selectedOn': date(), 'input.arrearsAtEnrolment': money() },
  },
  {
    name: 'recordExit',
    document: doc(
      graphql(`
        mutation FuzzExit($input: ExitInput!) {
          recordExit(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { enrolmentId: ids.open, exitedOn: '2019-07-01', outcome: 'WITHDRAWN' } }),
    fields: {
      'input.enrolmentId': id(),
      'input.exitedOn': date(),
      'input.outcome': oneOf(OUTCOMES),
      'input.contractType': oneOf(CONTRACTS, false),
      'input.gainedQualification': bool(),
    },
  },
  {
    name: 'recordFollowUp',
    document: doc(
      graphql(`
        mutation FuzzFollowUp($input: FollowUpInput!) {
          recordFollowUp(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { enrolmentId: ids.exited, observedOn: '2020-01-10', employed: false, improvedSituation: true } }),
    fields: { 'input.enrolmentId': id(), 'input.observedOn': date(), 'input.employed': bool(true), 'input.improvedSituation': bool(true) },
  },
  {
    name: 'recordRepayment',
    document: doc(
      graphql(`
        mutation FuzzRepay($input: RepaymentInput!) {
          recordRepayment(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { enrolmentId: ids.open, paidOn: '2019-03-15', amount: '25.00' } }),
    fields: { 'input.enrolmentId': id(), 'input.paidOn': date(), 'input.amount': money() },
  },
  {
    name: 'recordActivity',
    document: doc(
      graphql(`
        mutation FuzzActivity($input: ActivityInput!) {
          recordActivity(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { projectCode: 'GOLAB', kind: 'OTHER', heldOn: '2019-05-02', title: 'Incontro di quartiere' } }),
    fields: {
      'input.projectCode': id(),
      'input.kind': oneOf(['ASSISTED_LIVING', 'COMMUNITY_ANIMATION', 'OTHER', 'TRAINING']),
      'input.heldOn': date(),
      'input.title': text([1, 200]),
    },
  },
  {
    name: 'recordAttendance',
    document: doc(
      graphql(`
        mutation FuzzAttend($input: AttendanceInput!) {
          recordAttendance(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { activityId: ids.activity, anonymousHeadcount: 3 } }),
    fields: { 'input.activityId': id(), 'input.personId': id(false), 'input.anonymousHeadcount': { kind: 'headcount' } },
  },
  {
    name: 'openArrearsCase',
    document: doc(
      graphql(`
        mutation FuzzOpenCase($input: ArrearsCaseInput!) {
          openArrearsCase(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { projectCode: 'GOLAB', personId: ids.person, openedOn: '2019-03-15' } }),
    fields: { 'input.projectCode': id(), 'input.personId': id(), 'input.openedOn': date() },
  },
  {
    name: 'changeArrearsCaseStatus',
    document: doc(
      graphql(`
        mutation FuzzCaseStatus($input: ArrearsCaseStatusInput!) {
          changeArrearsCaseStatus(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { caseId: ids.case, status: 'SUBMITTED', changedOn: '2019-03-15' } }),
    fields: { 'input.caseId': id(), 'input.status': oneOf(['APPROVED', 'PREPARED', 'REJECTED', 'SUBMITTED']), 'input.changedOn': date() },
  },
  {
    name: 'correctEnrolment',
    document: doc(
      graphql(`
        mutation FuzzCorrectEnrolment($input: CorrectEnrolmentInput!) {
          correctEnrolment(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { enrolmentId: ids.open, reason: 'Importo rettificato', arrearsAtEnrolment: '1400.00' } }),
    fields: {
      'input.enrolmentId': id(),
      'input.reason': REASON,
      'input.arrearsAtEnrolment': money(false),
      'input.selectedOn': date(false),
      'input.exitedOn': date(false),
      'input.outcome': oneOf(OUTCOMES, false),
      'input.contractType': oneOf(CONTRACTS, false),
      'input.gainedQualification': bool(),
      'input.removeExit': bool(),
    },
  },
  {
    name: 'correctRepayment',
    document: doc(
      graphql(`
        mutation FuzzCorrectRepayment($input: CorrectRepaymentInput!) {
          correctRepayment(input: $input) {
            id
          }
        }
      `),
    ),
    base: () => ({ input: { repaymentId: ids.repayment, reason: 'Importo rettificato', amount: '90.00' } }),
    fields: { 'input.repaymentId': id(), 'input.reason': REASON, 'input.amount': money(false), 'input.paidOn': date(false) },
  },
  {
    name: 'voidRecord',
    document: doc(
      graphql(`
        mutation FuzzVoid($input: VoidInput!) {
          voidRecord(input: $input)
        }
      `),
    ),
    // A record that does not exist: the fuzz must not void the fixtures the other cases use.
    base: () => ({ input: { record: 'ACTIVITY', id: '00000000-0000-4000-8000-000000000000', reason: 'Inserita per errore' } }),
    fields: {
      'input.record': oneOf(['ACTIVITY', 'ARREARS_CASE', 'ATTENDANCE', 'ENROLMENT', 'FOLLOW_UP', 'REPAYMENT']),
      'input.id': id(),
      'input.reason': REASON,
    },
  },
  {
    name: 'importFile',
    document: doc(
      graphql(`
        mutation FuzzImport($kind: ImportKind!, $csv: String!, $fileName: String, $dryRun: Boolean) {
          importFile(kind: $kind, csv: $csv, fileName: $fileName, dryRun: $dryRun) {
            written
          }
        }
      `),
    ),
    base: () => ({
      kind: 'ATTENDANCE',
      csv: 'progetto;data;tipo;titolo;persone_non_registrate\nGOLAB;02/05/2019;OTHER;Festa;12\n',
      fileName: 'registro.csv',
      dryRun: true,
    }),
    fields: {
      kind: oneOf(['ATTENDANCE', 'PARTICIPANTS']),
      csv: { kind: 'csv', required: true },
      fileName: { kind: 'text', length: [1, 255] },
      dryRun: bool(),
    },
  },
  {
    name: 'unlockPeriod',
    document: doc(
      graphql(`
        mutation FuzzUnlock($id: ID!, $reason: String!) {
          unlockPeriod(id: $id, reason: $reason) {
            id
          }
        }
      `),
    ),
    base: () => ({ id: '999999', reason: 'Riaperto per rettifica' }),
    fields: { id: id(), reason: REASON },
  },
  {
    name: 'createApiKey',
    document: doc(
      graphql(`
        mutation FuzzCreateKey($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            token
          }
        }
      `),
    ),
    base: () => ({ input: { label: 'Regione', role: 'OPERATOR', projectCodes: ['GOLAB'] } }),
    fields: {
      'input.label': text([1, 100]),
      'input.role': oneOf(['ADMIN', 'ANALYST', 'OPERATOR']),
      'input.projectCodes': { kind: 'codes' },
    },
  },
  {
    name: 'revokeApiKey',
    document: doc(
      graphql(`
        mutation FuzzRevokeKey($id: ID!) {
          revokeApiKey(id: $id)
        }
      `),
    ),
    base: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
    fields: { id: id() },
  },
  {
    name: 'freezeReport',
    document: doc(
      graphql(`
        mutation FuzzFreeze($asOf: Date!, $label: String!) {
          freezeReport(asOf: $asOf, label: $label) {
            id
          }
        }
      `),
    ),
    base: () => ({ asOf: '2019-12-31', label: 'Relazione 2019' }),
    fields: { asOf: date(), label: text([1, 200]) },
  },
  {
    // Last: a lock it creates may close every later write.
    name: 'lockPeriod',
    document: doc(
      graphql(`
        mutation FuzzLock($until: Date!, $reason: String!) {
          lockPeriod(until: $until, reason: $reason) {
            id
          }
        }
      `),
    ),
    base: () => ({ until: '2000-01-01', reason: 'Chiusura del periodo' }),
    fields: { until: date(), reason: REASON },
  },
];

/** The name a refusal gives a field: the path below `input`, else the argument. */
const fieldName = (path: string) => path.replace(/^input\./, '');

function replaced(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function send(document: TypedDocumentString<unknown, never>, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AS_ADMIN },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const text = await response.text();
  let body: Omit<Answer, 'status'>;
  try {
    body = JSON.parse(text) as Omit<Answer, 'status'>;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, ...body };
}

/** The checks every answer passes; `expected` is the field a refusal must name, when the value is one the limits refuse. */
async function check(c: Case, variables: Record<string, unknown>, before: Record<string, number>, expected?: string): Promise<void> {
  const answer = await send(c.document, variables);
  const shown = JSON.stringify(answer).slice(0, 600);
  expect(answer.status, shown).toBeLessThan(500);
  const errors = answer.errors ?? [];
  for (const error of errors) {
    expect(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE'], shown).not.toContain(error.extensions?.code);
    if (error.extensions?.code === 'BAD_USER_INPUT') {
      expect(Object.keys(c.fields).map(fieldName), shown).toContain(error.extensions.field);
    }
  }
  if (errors.length > 0) expect(await rows(), shown).toEqual(before);
  if (expected !== undefined) {
    expect(errors.length, shown).toBeGreaterThan(0);
    expect(errors[0]!.extensions?.code, shown).toBe('BAD_USER_INPUT');
    expect(errors[0]!.extensions?.field, shown).toBe(expected);
  }
}

// ---------------------------------------------------------------------------------------------
// The importer: files with one hostile cell

const COLUMNS = {
  ATTENDANCE: ['progetto', 'data', 'tipo', 'titolo', 'codice_fiscale', 'sesso', 'anno_nascita', 'condizione', 'persone_non_registrate'],
  PARTICIPANTS: ['codice_fiscale', 'sesso', 'anno_nascita', 'titolo_studio', 'condizione', 'progetto', 'data_selezione', 'morosita'],
} as const;

function validRow(kind: keyof typeof COLUMNS, n: number): string[] {
  const year = 1960 + (n % 40);
  const sex = n % 2 ? 'M' : 'F';
  return kind === 'ATTENDANCE'
    ? ['GOLAB', '02/05/2019', 'OTHER', `Laboratorio ${n}`, fakeFiscalCode(1000 + n, sex, year), sex, String(year), 'inattivo', '']
    : [fakeFiscalCode(2000 + n, sex, year), sex, String(year), '3', 'disoccupato', 'GOLAB', '10/01/2019', '1.500,00'];
}

const cell = fc.oneof(
  { weight: 3, arbitrary: withSpecial },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '31/02/2019', '01/01/9999', '1.000.000,01', '9999999999999,99', '-5', '0', '2026', '1899') },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 50_000 }).map((n) => 'z'.repeat(n)) },
);

const fileOf = fc
  .record({
    kind: fc.constantFrom('ATTENDANCE' as const, 'PARTICIPANTS' as const),
    rows: fc.integer({ min: 1, max: 4 }),
    row: fc.nat(),
    column: fc.nat(),
    value: cell,
  })
  .map(({ kind, rows: count, row, column, value }) => {
    const lines = Array.from({ length: count }, (_, i) => validRow(kind, i + count * 10));
    const r = row % count;
    const c = column % COLUMNS[kind].length;
    lines[r]![c] = value;
    const csv = [COLUMNS[kind].join(';'), ...lines.map((l) => l.join(';'))].join('\n') + '\n';
    return { kind, csv, column: COLUMNS[kind][c]!, value };
  });

/** Columns every row's rules read (the person's other cells are read only when the file registers them). */
const ALWAYS_READ = ['progetto', 'data', 'tipo', 'titolo', 'codice_fiscale', 'data_selezione', 'morosita'];

/** A cell value the file's rules must refuse at its column (kept to values that cannot change the CSV's shape). */
function refusedCell(column: string, value: string): boolean {
  if (/[;"\r\n,]/.test(value)) return false;
  const text = value.trim();
  if (column === 'titolo') return text.length === 0 || text.length > 200 || INVISIBLE.test(text);
  if (column === 'anno_nascita') return !/^\d{4}$/.test(text) || Number(text) < 1900 || Number(text) > Number(today.slice(0, 4));
  if (column === 'data' || column === 'data_selezione') return text !== '02/05/2019' && text !== '10/01/2019';
  return false;
}

describe('the importer, a file with one hostile cell', () => {
  it('through GraphQL: never a 5xx; a bad file writes nothing and says where', async () => {
    await fc.assert(
      fc.asyncProperty(fileOf, async ({ kind, csv, column, value }) => {
        const before = await rows();
        const answer = (await send(CASES.find((c) => c.name === 'importFile')!.document, {
          kind,
          csv,
          fileName: 'fuzz.csv',
          dryRun: false,
        })) as Answer & { data?: { importFile: { written: boolean } } };
        const shown = JSON.stringify(answer).slice(0, 600);
        expect(answer.status, shown).toBeLessThan(500);
        for (const error of answer.errors ?? []) expect(error.extensions?.code, shown).toBe('BAD_USER_INPUT');
        if (!wellFormed(csv)) expect(answer.errors?.[0]?.extensions?.field, shown).toBe('csv');
        if (answer.errors || !answer.data?.importFile.written) expect(await rows(), shown).toEqual(before);
        if (refusedCell(column, value)) expect(answer.errors !== undefined || answer.data?.importFile.written === false, shown).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('from the command line (runImport as the admin, NUL bytes included): a bad row writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fileOf, async ({ kind, csv, column, value }) => {
        const before = await rows();
        const report = await runImport(t.app.db.pool, ADMIN_CALLER, {
          kind: kind === 'ATTENDANCE' ? 'attendance' : 'participants',
          csv,
          fileName: 'fuzz.csv',
          dryRun: false,
          pseudonymKey: Buffer.from('a fixed pseudonymisation key for the tests only'),
        });
        if (!report.written) expect(await rows()).toEqual(before);
        // A lone surrogate cannot come from a file, which is decoded from UTF-8; csv-parse reads one
        // as U+FFFD, the replacement character, which is text: the cell is judged as read.
        const asRead = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        const read = ALWAYS_READ.includes(column) && !/[;"\r\n,]/.test(value);
        if (refusedCell(column, asRead) || (read && value.includes('\u0000'))) {
          expect(report.written, JSON.stringify(report.errors).slice(0, 600)).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('every mutation, one field replaced by hostile input', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: never a 5xx, a refusal names the field, nothing written', async (_name, c) => {
    const paths = Object.keys(c.fields);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths).chain((path) => valueFor(c.fields[path]!).map((value) => [path, value] as const)),
        async ([path, value]) => {
          const before = await rows();
          const field = c.fields[path]!;
          await check(c, replaced(c.base(), path, value), before, refused(field, value) ? fieldName(path) : undefined);
        },
      ),
      { numRuns: 30 },
    );
  });
});
