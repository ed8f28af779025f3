/**
 * What the logs may not carry: with the server at debug level (every SQL statement logged),
 * registering a person leaves no fiscal code, no fiscal-code hash and no personal attribute in
 * any line; tokens in Authorization headers are redacted; database errors lose their SQL values.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { AS_ADMIN, ADMIN_SECRET, startTestApp, type TestApp } from './helpers/app.js';

/** A pino destination that keeps every line. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** Every [key, value] pair at any depth of a parsed log line. */
function* entries(value: unknown, key = ''): Generator<[string, unknown]> {
  yield [key, value];
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* entries(v, k);
  }
}

const FISCAL_CODE = 'VRDGPP61E14F205' + checkCharacter('VRDGPP61E14F205'); // a man born in 1961
const ATTRIBUTES = [
  'sex',
  'birthYear',
  'birth_year',
  'birthDate',
  'birth_date',
  'education',
  'labourStatus',
  'labour_status',
  'migrantOrMinority',
  'disability',
  'housingExclusion',
];

describe('logging at debug level while a person is registered', () => {
  const logs = capture();
  let t: TestApp;
  let hash: string;
  let registration: string[];
  beforeAll(async () => {
    t = await startTestApp({ seed: false, log: createLogger('debug', { destination: logs.stream }) });
    const from = logs.lines.length;
    const response = await t.gql(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`,
      {
        input: {
          fiscalCode: FISCAL_CODE,
          sex: 'MALE',
          birthYear: 1961,
          education: 'ISCED_3',
          labourStatus: 'LONG_TERM_UNEMPLOYED',
          migrantOrMinority: true,
          disability: true,
        },
      },
      AS_ADMIN,
    );
    expect(response.errors).toBeUndefined();
    registration = logs.lines.slice(from);
    hash = (await t.one<{ fiscal_code_hash: string }>('select fiscal_code_hash from person')).fiscal_code_hash;
  });
  afterAll(() => t?.close());

  it('logs the SQL, with placeholders instead of values', () => {
    const insert = logs.records().find((r) => typeof r.sql === 'string' && /insert into "person"/.test(r.sql));
    expect(insert, 'the insert of the person is logged at debug').toBeDefined();
    expect(insert!.sql).toMatch(/\$1/);
    expect(insert).not.toHaveProperty('params');
  });

  it('carries no fiscal code, hash or attribute value in any line', () => {
    const text = logs.lines.join('\n');
    expect(text).not.toContain(hash);
    expect(text).not.toContain(FISCAL_CODE);
    expect(text).not.toContain(ADMIN_SECRET);
    // (The migrations' SQL names the enum values; the registration's lines must not.)
    expect(registration.join('\n')).not.toContain('LONG_TERM_UNEMPLOYED');
    expect(registration.join('\n')).not.toMatch(/(?<![0-9a-f])1961(?![0-9a-f])/); // (not inside a request id)
    for (const record of logs.records()) {
      for (const [key, value] of entries(record)) {
        if (ATTRIBUTES.includes(key)) expect(value, `${key} in ${JSON.stringify(record)}`).toBe('[redacted]');
      }
    }
  });
});

describe('logging at debug level while a person is searched by fiscal code (issue 15)', () => {
  const logs = capture();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, log: createLogger('debug', { destination: logs.stream }) });
  });
  afterAll(() => t?.close());

  it('finds the person and leaves no fiscal code or hash in any line, for a good code and a mistyped one', async () => {
    const registered = await t.gql<{ registerPerson: { id: string } }>(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`,
      { input: { fiscalCode: FISCAL_CODE, sex: 'MALE', birthYear: 1961, labourStatus: 'UNEMPLOYED' } },
      AS_ADMIN,
    );
    const hash = (await t.one<{ fiscal_code_hash: string }>('select fiscal_code_hash from person')).fiscal_code_hash;
    const from = logs.lines.length;
    const search = 'query($f: PeopleFilter) { people(filter: $f) { totalCount edges { node { id } } } }';
    const found = await t.gql<{ people: { edges: { node: { id: string } }[] } }>(search, { f: { fiscalCode: FISCAL_CODE } }, AS_ADMIN);
    expect(found.data?.people.edges.map((e) => e.node.id)).toEqual([registered.data!.registerPerson.id]);
    const inline = await t.gql(`{ people(filter: { fiscalCode: "${FISCAL_CODE.toLowerCase()}" }) { totalCount } }`, {}, AS_ADMIN);
    expect(inline.errors).toBeUndefined();
    const mistyped = FISCAL_CODE.slice(0, 15) + (FISCAL_CODE.endsWith('A') ? 'B' : 'A');
    const refused = await t.gql(search, { f: { fiscalCode: mistyped } }, AS_ADMIN);
    expect(refused.errors?.[0]?.extensions?.field).toBe('filter.fiscalCode');
    const text = logs.lines.slice(from).join('\n');
    expect(logs.lines.length, 'the searches are logged at debug').toBeGreaterThan(from);
    for (const secret of [hash, FISCAL_CODE, FISCAL_CODE.toLowerCase(), mistyped, FISCAL_CODE.slice(0, 11)])
      expect(text).not.toContain(secret);
  });
});

describe('the logger', () => {
  it('redacts Authorization headers and tokens at any depth it covers', () => {
    const logs = capture();
    const log = createLogger('info', { destination: logs.stream });
    log.info({ req: { headers: { authorization: 'Bearer secret-token-1' } } }, 'request');
    log.info({ headers: { authorization: 'Bearer secret-token-2' }, token: 'secret-token-3' }, 'headers');
    log
      .child({ module: 'x' })
      .warn({ a: { b: { c: { authorization: 'Bearer secret-token-4', fiscalCodeHash: 'secret-hash-5' } } } }, 'deep');
    log.info({ person: { fiscal_code_hash: 'secret-hash-6', birthYear: 1961, sex: 'FEMALE' } }, 'row');
    expect(logs.lines).toHaveLength(4);
    expect(logs.lines.join('\n')).not.toMatch(/secret-|1961|FEMALE/);
    expect(logs.records()[0]).toMatchObject({ req: { headers: { authorization: '[redacted]' } }, msg: 'request' });
  });

  it('drops the SQL values and DETAIL of a database error', () => {
    const logs = capture();
    const log = createLogger('info', { destination: logs.stream });
    const error = Object.assign(
      new Error(
        `insert into "person" ("fiscal_code_hash", "birth_year") values ('secret-hash-7', 1961) - duplicate key value violates unique constraint "person_fiscal_code_hash_unique"`,
      ),
      { code: '23505', constraint: 'person_fiscal_code_hash_unique', detail: 'Key (fiscal_code_hash)=(secret-hash-7) already exists.' },
    );
    log.error({ err: error }, 'request failed');
    expect(logs.lines.join('\n')).not.toMatch(/secret-hash-7|1961/);
    const duplicate: unknown = expect.stringContaining('duplicate key');
    expect(logs.records()[0]).toMatchObject({ err: { code: '23505', constraint: 'person_fiscal_code_hash_unique', message: duplicate } });
  });
});
