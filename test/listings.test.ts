/**
 * The operators' listings (issue 15, item 1): who sees what, keyset pages that walk every row once
 * in a stable order (compared with SQL written here, independently of the server's), filters that
 * agree with SQL, cursors and page sizes checked, the search by id and by fiscal code, the audit
 * trail of a project and the "to do" lists.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../server/dates.js';
import { followUpWindow } from '../server/domain/enrolment.js';
import { checkCharacter } from '../server/domain/fiscal-code.js';
import { PATH_LENGTH_MONTHS } from '../server/domain/rules.js';
import { createSchema } from '../server/graphql/schema.js';
import { graphql } from './gql/index.js';
import { AS_ADMIN, startTestApp, type GraphQLResponse, type TestApp } from './helpers/app.js';

let t: TestApp;
const as: Record<'admin' | 'golab' | 'rho' | 'analyst', Record<string, string>> = { admin: AS_ADMIN, golab: {}, rho: {}, analyst: {} };
/** The fiscal code of a person enrolled in GOLAB and in LSQ_RHO, and theirs ids. */
const BOTH_CODE = (() => {
  const first15 = 'LSTBTH80A01F205';
  return first15 + checkCharacter(first15);
})();
const ids: Record<string, string> = {};

function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/** Every listing, with its filter's input type. */
const LISTINGS = {
  enrolments: 'EnrolmentFilter',
  activities: 'ActivityFilter',
  people: 'PeopleFilter',
  caseFiles: 'CaseFileFilter',
  repayments: 'RepaymentFilter',
  auditTrail: 'AuditTrailFilter',
  followUpsDue: 'ToDoFilter',
  enrolmentsOverdue: 'ToDoFilter',
  caseFilesAwaitingCommittee: 'ProjectsFilter',
} as const;
type Listing = keyof typeof LISTINGS;

const pageDocument = (listing: Listing) => `query($filter: ${LISTINGS[listing]}, $first: Int, $after: String, $last: Int, $before: String) {
  ${listing}(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;

async function page(listing: Listing, variables: Record<string, unknown>, who: Record<string, string> = AS_ADMIN) {
  return t.gql<Record<string, Page>>(pageDocument(listing), variables, who);
}

async function okPage(listing: Listing, variables: Record<string, unknown>, who: Record<string, string> = AS_ADMIN): Promise<Page> {
  return ok(await page(listing, variables, who))[listing]!;
}

/** Walks a listing forward, a page of each size in turn, and returns the ids in order. */
async function walkForward(listing: Listing, filter: unknown, sizes: number[], who: Record<string, string> = AS_ADMIN): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; ; i += 1) {
    if (i > 1000) throw new Error(`${listing}: the walk forward does not end`);
    const p = await okPage(listing, { filter, first: sizes[i % sizes.length], after }, who);
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null && seen.length > 0);
    seen.push(...p.edges.map((e) => e.node.id));
    expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
    if (!p.pageInfo.hasNextPage) return seen;
    after = p.pageInfo.endCursor;
  }
}

/** Walks a listing backward from its end, a page of each size in turn; returns the ids in the listing's order. */
async function walkBackward(listing: Listing, filter: unknown, sizes: number[]): Promise<string[]> {
  const seen: string[] = [];
  let before: string | null = null;
  for (let i = 0; ; i += 1) {
    if (i > 1000) throw new Error(`${listing}: the walk backward does not end`);
    const p = await okPage(listing, { filter, last: sizes[i % sizes.length], before });
    seen.unshift(...p.edges.map((e) => e.node.id));
    if (!p.pageInfo.hasPreviousPage) return seen;
    before = p.pageInfo.startCursor;
  }
}

const ids_ = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Each listing's rows for one project, ordered as documented, in SQL written for the test. */
const DIRECT: Partial<Record<Listing, (code: string) => Promise<string[]>>> = {
  enrolments: async (code) => ids_(await t.sql(`select id from enrolment where project_code = $1 order by selected_on, id`, [code])),
  activities: async (code) => ids_(await t.sql(`select id from activity where project_code = $1 order by held_on, id`, [code])),
  people: async (code) =>
    ids_(
      await t.sql(
        `select distinct p.id from person p where exists (select 1 from enrolment e where e.person_id = p.id and e.project_code = $1)
            or exists (select 1 from attendance a join activity v on v.id = a.activity_id where a.person_id = p.id and v.project_code = $1)
            or exists (select 1 from arrears_case c where c.person_id = p.id and c.project_code = $1)
          order by p.id`,
        [code],
      ),
    ),
  caseFiles: async (code) => ids_(await t.sql(`select id from arrears_case where project_code = $1 order by opened_on, id`, [code])),
  repayments: async (code) =>
    ids_(
      await t.sql(
        `select r.id from repayment r join enrolment e on e.id = r.enrolment_id where e.project_code = $1 order by r.paid_on, r.id`,
        [code],
      ),
    ),
};

beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
  const key = async (input: Record<string, unknown>) =>
    ok(
      await t.gql<{ createApiKey: { token: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
        { i: input },
        AS_ADMIN,
      ),
    ).createApiKey.token;
  as.golab = { authorization: `Bearer ${await key({ role: 'OPERATOR', label: 'GOLab', projectCodes: ['GOLAB'] })}` };
  as.rho = { authorization: `Bearer ${await key({ role: 'OPERATOR', label: 'Rho', projectCodes: ['LSQ_RHO'] })}` };
  as.analyst = { authorization: `Bearer ${await key({ role: 'ANALYST', label: 'Regione' })}` };

  // A person enrolled in GOLAB (by its operator) and in LSQ_RHO (by Rho's): each operator sees only its own enrolment.
  const gql = async <T>(who: Record<string, string>, document: string, i: Record<string, unknown>) =>
    ok(await t.gql<T>(document, { i }, who));
  ids.both = (
    await gql<{ registerPerson: { id: string } }>(as.golab, 'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }', {
      fiscalCode: BOTH_CODE,
      sex: 'MALE',
      birthYear: 1980,
      labourStatus: 'UNEMPLOYED',
    })
  ).registerPerson.id;
  const enrol = 'mutation($i: EnrolInput!) { enrolPerson(input: $i) { id } }';
  ids.golabEnrolment = (
    await gql<{ enrolPerson: { id: string } }>(as.golab, enrol, {
      personId: ids.both,
      projectCode: 'GOLAB',
      selectedOn: '2019-03-01',
      arrearsAtEnrolment: '1500.00',
    })
  ).enrolPerson.id;
  ids.rhoEnrolment = (
    await gql<{ enrolPerson: { id: string } }>(as.rho, enrol, {
      personId: ids.both,
      projectCode: 'LSQ_RHO',
      selectedOn: '2019-04-01',
      arrearsAtEnrolment: '900.00',
    })
  ).enrolPerson.id;
  await gql(as.golab, 'mutation($i: ExitInput!) { recordExit(input: $i) { id } }', {
    enrolmentId: ids.golabEnrolment,
    exitedOn: '2019-09-30',
    outcome: 'EMPLOYED',
    contractType: 'PERMANENT',
  });
  ids.repayment = (
    await gql<{ recordRepayment: { id: string } }>(as.golab, 'mutation($i: RepaymentInput!) { recordRepayment(input: $i) { id } }', {
      enrolmentId: ids.golabEnrolment,
      paidOn: '2019-10-15',
      amount: '100.00',
    })
  ).recordRepayment.id;
  ids.voided = (
    await gql<{ recordRepayment: { id: string } }>(as.golab, 'mutation($i: RepaymentInput!) { recordRepayment(input: $i) { id } }', {
      enrolmentId: ids.golabEnrolment,
      paidOn: '2019-10-20',
      amount: '5.00',
    })
  ).recordRepayment.id;
  await gql(as.golab, 'mutation($i: VoidInput!) { voidRecord(input: $i) }', { record: 'REPAYMENT', id: ids.voided, reason: 'typed twice' });
}, 180_000);
afterAll(() => t?.close());

describe('who sees what', () => {
  it('an operator sees only its projects: by default its own rows, and FORBIDDEN naming filter.projectCodes for another project', async () => {
    for (const listing of Object.keys(LISTINGS) as Listing[]) {
      const refused = await page(listing, { filter: { projectCodes: ['GOLAB'] }, first: 5 }, as.rho);
      expect(refused.errors?.[0]?.extensions, listing).toMatchObject({ code: 'FORBIDDEN' });
      expect(refused.data?.[listing] ?? null, listing).toBeNull();
    }
    const own = await walkForward('enrolments', null, [200], as.rho);
    expect(own).toEqual(await DIRECT.enrolments!('LSQ_RHO'));
    expect(own).not.toContain(ids.golabEnrolment);
    expect(own).toContain(ids.rhoEnrolment);
    for (const listing of ['activities', 'caseFiles', 'repayments'] as const) {
      expect(await walkForward(listing, null, [200], as.rho), listing).toEqual(await DIRECT[listing]!('LSQ_RHO'));
    }
  });

  it('the public is UNAUTHENTICATED and an ANALYST FORBIDDEN, for every listing', async () => {
    for (const listing of Object.keys(LISTINGS) as Listing[]) {
      expect((await page(listing, {}, {})).errors?.[0]?.extensions?.code, listing).toBe('UNAUTHENTICATED');
      expect((await page(listing, {}, as.analyst)).errors?.[0]?.extensions?.code, listing).toBe('FORBIDDEN');
    }
  });

  it("a person shared by two projects shows each operator only its own project's enrolments and codes", async () => {
    const document = `query($filter: PeopleFilter) { people(filter: $filter) { totalCount edges { node {
      id sex birthYear projectCodes enrolments { id project { code } } situation { effectiveOn labourStatus } } } } }`;
    type People = {
      people: { totalCount: number; edges: { node: { id: string; projectCodes: string[]; enrolments: { id: string }[] } }[] };
    };
    const golab = ok(await t.gql<People>(document, { filter: { id: ids.both } }, as.golab)).people.edges;
    const rho = ok(await t.gql<People>(document, { filter: { id: ids.both } }, as.rho)).people.edges;
    const admin = ok(await t.gql<People>(document, { filter: { id: ids.both } }, AS_ADMIN)).people.edges;
    expect(golab.map((e) => [e.node.projectCodes, e.node.enrolments.map((x) => x.id)])).toEqual([[['GOLAB'], [ids.golabEnrolment]]]);
    expect(rho.map((e) => [e.node.projectCodes, e.node.enrolments.map((x) => x.id)])).toEqual([[['LSQ_RHO'], [ids.rhoEnrolment]]]);
    expect(admin[0]!.node.projectCodes).toEqual(['GOLAB', 'LSQ_RHO']);
  });

  it('no field of any output type carries a fiscal code or its hash', async () => {
    const schema = await createSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!('getFields' in type) || type.constructor.name !== 'GraphQLObjectType') continue;
      for (const field of Object.keys(type.getFields())) expect(`${type.name}.${field}`).not.toMatch(/fiscal|hash/i);
    }
  });
});

describe('search', () => {
  const SEARCH = graphql(`
    query ListingsSearch($filter: PeopleFilter) {
      people(filter: $filter) {
        totalCount
        edges {
          node {
            id
            sex
            birthYear
          }
        }
      }
    }
  `);

  it('finds a person by the fiscal code the operator types (any case, spaces), hashed in the server, only within its projects', async () => {
    const typed = `${BOTH_CODE.slice(0, 6).toLowerCase()} ${BOTH_CODE.slice(6)}`;
    const found = ok(await t.gql(SEARCH, { filter: { fiscalCode: typed } }, as.golab)).people;
    expect(found.edges.map((e) => e.node)).toEqual([{ id: ids.both, sex: 'MALE', birthYear: 1980 }]);
    const response = await t.gql(SEARCH, { filter: { fiscalCode: typed } }, as.golab);
    expect(JSON.stringify(response)).not.toContain(BOTH_CODE.slice(0, 6));
    // A registered code of a person of no project of the operator's finds nobody, like an unknown one.
    const first15 = 'NOTHRE80A01F205';
    const unknown = first15 + checkCharacter(first15);
    const [golabOnlyRow] = await t.sql<{ id: string }>(`select e.person_id as id from enrolment e where e.project_code = 'GOLAB'
        and not exists (select 1 from enrolment o where o.person_id = e.person_id and o.project_code = 'LSQ_RHO')
        and not exists (select 1 from attendance a join activity v on v.id = a.activity_id where a.person_id = e.person_id and v.project_code = 'LSQ_RHO')
        and not exists (select 1 from arrears_case c where c.person_id = e.person_id and c.project_code = 'LSQ_RHO') limit 1`);
    const golabOnly = golabOnlyRow!.id;
    for (const filter of [{ fiscalCode: unknown }, { id: golabOnly }]) {
      expect(ok(await t.gql(SEARCH, { filter }, as.rho)).people).toEqual({ totalCount: 0, edges: [] });
    }
    expect(ok(await t.gql(SEARCH, { filter: { id: golabOnly } }, as.golab)).people.totalCount).toBe(1);
  });

  it('a mistyped fiscal code is BAD_USER_INPUT on filter.fiscalCode, and the error does not repeat it', async () => {
    const mistyped = BOTH_CODE.slice(0, 15) + (BOTH_CODE[15] === 'A' ? 'B' : 'A');
    const response = await t.gql(SEARCH, { filter: { fiscalCode: mistyped } }, as.golab);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.fiscalCode' });
    expect(JSON.stringify(response)).not.toContain(mistyped.slice(0, 8));
    const badId = await t.gql(SEARCH, { filter: { id: 'not-an-id' } }, as.golab);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.id' });
  });
});

describe('pages', () => {
  it('walking forward with random page sizes returns every row exactly once, in the stable order SQL gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(DIRECT) as Listing[])),
        fc.constantFrom('GOLAB', 'LSQ_RHO', 'PRO_SALOMONE'),
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 5 }),
        async (listing, code, sizes) => {
          const walked = await walkForward(listing, { projectCodes: [code] }, sizes);
          expect(walked).toEqual(await DIRECT[listing]!(code));
          expect(new Set(walked).size).toBe(walked.length);
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);

  it('walking backward with last and before returns the same rows in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Listing>('enrolments', 'activities', 'caseFiles'),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
        async (listing, sizes) => {
          expect(await walkBackward(listing, { projectCodes: ['GOLAB'] }, sizes)).toEqual(await DIRECT[listing]!('GOLAB'));
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);

  it('totalCount counts the whole filter on every page, and hasPreviousPage says whether rows precede the cursor', async () => {
    const all = await DIRECT.enrolments!('GOLAB');
    const first = await okPage('enrolments', { filter: { projectCodes: ['GOLAB'] }, first: 3 });
    expect(first.totalCount).toBe(all.length);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await okPage('enrolments', { filter: { projectCodes: ['GOLAB'] }, first: 3, after: first.pageInfo.endCursor });
    expect(second.totalCount).toBe(all.length);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(3, 6));
  });

  it('a bad cursor is BAD_USER_INPUT naming after or before; first and last from 1 to 200, not both', async () => {
    const enrolmentCursor = (await okPage('enrolments', { first: 1 })).pageInfo.endCursor!;
    const refusals: [Listing, Record<string, unknown>, string][] = [
      ['enrolments', { after: 'not a cursor' }, 'after'],
      ['enrolments', { after: Buffer.from('["enrolments","2019-01-01"]').toString('base64url') }, 'after'],
      [
        'enrolments',
        { after: Buffer.from('["enrolments","2019-02-30","00000000-0000-0000-0000-000000000000"]').toString('base64url') },
        'after',
      ],
      ['enrolments', { after: Buffer.from("['x'; drop table enrolment]").toString('base64url') }, 'after'],
      ['activities', { after: enrolmentCursor }, 'after'],
      ['enrolments', { last: 2, before: 'bm9wZQ' }, 'before'],
      ['enrolments', { first: 0 }, 'first'],
      ['enrolments', { first: 201 }, 'first'],
      ['enrolments', { last: -1 }, 'last'],
      ['enrolments', { first: 2, last: 2 }, 'last'],
    ];
    for (const [listing, variables, field] of refusals) {
      const response = await page(listing, variables);
      expect(response.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await okPage('enrolments', { first: 200 })).edges).toHaveLength(200);
  });
});

describe('filters agree with SQL', () => {
  /** A day of the labs' two years, and a few months either side. */
  const day = fc.integer({ min: -60, max: 900 }).map((n) => addDays('2018-09-01', n));
  const codes = fc.subarray(['GOLAB', 'PRO_SALOMONE', 'LSQ_RHO', 'FORNASE'], { minLength: 1 });

  it('enrolments: projects, selection days, outcomes, open or closed', async () => {
    await fc.assert(
      fc.asyncProperty(
        codes,
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.option(fc.subarray(['EMPLOYED', 'UNSUCCESSFUL', 'WITHDRAWN'], { minLength: 1 }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        async (projectCodes, selectedFrom, selectedTo, outcomes, open) => {
          const expected = ids_(
            await t.sql(
              `select id from enrolment where project_code = any($1) and ($2::date is null or selected_on >= $2) and ($3::date is null or selected_on <= $3)
                 and ($4::text[] is null or outcome::text = any($4)) and ($5::boolean is null or (exited_on is null) = $5)
               order by selected_on, id`,
              [projectCodes, selectedFrom ?? null, selectedTo ?? null, outcomes ?? null, open ?? null],
            ),
          );
          const filter = { projectCodes, selectedFrom, selectedTo, outcomes, open };
          expect(await walkForward('enrolments', filter, [200])).toEqual(expected);
          expect((await okPage('enrolments', { filter, first: 1 })).totalCount).toBe(expected.length);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('activities, case files and repayments: projects and days, kinds, statuses', async () => {
    await fc.assert(
      fc.asyncProperty(codes, day, day, fc.option(fc.boolean(), { nil: undefined }), async (projectCodes, from, to, open) => {
        const between = (column: string, table: string, extra = '') =>
          `select id from ${table} where project_code = any($1) and ${column} between $2 and $3 ${extra} order by ${column}, id`;
        expect(await walkForward('activities', { projectCodes, from, to, kinds: ['TRAINING', 'OTHER'] }, [200])).toEqual(
          ids_(await t.sql(between('held_on', 'activity', `and kind in ('TRAINING', 'OTHER')`), [projectCodes, from, to])),
        );
        const status = open === undefined ? '' : `and status ${open ? '' : 'not '}in ('PREPARED', 'SUBMITTED')`;
        expect(await walkForward('caseFiles', { projectCodes, openedFrom: from, openedTo: to, open }, [200])).toEqual(
          ids_(await t.sql(between('opened_on', 'arrears_case', status), [projectCodes, from, to])),
        );
        expect(await walkForward('repayments', { projectCodes, from, to }, [200])).toEqual(
          ids_(
            await t.sql(
              `select r.id from repayment r join enrolment e on e.id = r.enrolment_id where e.project_code = any($1) and r.paid_on between $2 and $3
               order by r.paid_on, r.id`,
              [projectCodes, from, to],
            ),
          ),
        );
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});

describe('to do', () => {
  it('follow-ups due: exited by the day, the six-month window open on it, none observed yet', async () => {
    for (const asOf of ['2019-06-30', '2020-02-15', '2020-09-30']) {
      const exited = await t.sql<{ id: string; exited_on: string; observed_on: string | null }>(
        `select e.id, e.exited_on::text, f.observed_on::text from enrolment e left join follow_up f on f.enrolment_id = e.id
          where e.project_code = 'GOLAB' and e.exited_on is not null order by e.exited_on, e.id`,
      );
      const expected = exited
        .filter((e) => {
          const window = followUpWindow(e.exited_on);
          return e.exited_on <= asOf && window.from <= asOf && asOf <= window.to && !(e.observed_on && e.observed_on <= asOf);
        })
        .map((e) => e.id);
      expect(await walkForward('followUpsDue', { projectCodes: ['GOLAB'], asOf }, [37]), asOf).toEqual(expected);
    }
  });

  it(`enrolments overdue: no exit by the day, more than ${PATH_LENGTH_MONTHS} months after the selection`, async () => {
    for (const asOf of ['2019-06-30', '2020-02-15', '2020-09-30']) {
      const rows = await t.sql<{ id: string; selected_on: string; exited_on: string | null }>(
        `select id, selected_on::text, exited_on::text from enrolment where project_code = 'GOLAB' order by selected_on, id`,
      );
      const expected = rows
        .filter((e) => addMonths(e.selected_on, PATH_LENGTH_MONTHS) < asOf && (e.exited_on === null || e.exited_on > asOf))
        .map((e) => e.id);
      expect(await walkForward('enrolmentsOverdue', { projectCodes: ['GOLAB'], asOf }, [41]), asOf).toEqual(expected);
    }
  });

  it('case files awaiting the committee: SUBMITTED, the longest waiting first', async () => {
    const expected = ids_(
      await t.sql(`select id from arrears_case where status = 'SUBMITTED' and project_code = 'GOLAB' order by status_changed_on, id`),
    );
    expect(await walkForward('caseFilesAwaitingCommittee', { projectCodes: ['GOLAB'] }, [3])).toEqual(expected);
  });
});

describe('the audit trail of a project', () => {
  type Trail = {
    auditTrail: { totalCount: number; edges: { node: { entity: string; entityId: string; action: string; actor: string } }[] };
  };
  const TRAIL = `query($filter: AuditTrailFilter) { auditTrail(filter: $filter, first: 200) { totalCount edges { node { entity entityId action actor } } } }`;

  it("holds the project's writes, newest first, a voided repayment included; another project's operator sees none of them", async () => {
    const golab = ok(await t.gql<Trail>(TRAIL, {}, as.golab)).auditTrail;
    const entries = golab.edges.map((e) => `${e.node.action} ${e.node.entity} ${e.node.entityId}`);
    expect(entries).toEqual([
      `void repayment ${ids.voided}`,
      `create repayment ${ids.voided}`,
      `create repayment ${ids.repayment}`,
      `update enrolment ${ids.golabEnrolment}`,
      `create enrolment ${ids.golabEnrolment}`,
    ]);
    const rho = ok(await t.gql<Trail>(TRAIL, {}, as.rho)).auditTrail;
    expect(rho.edges.map((e) => `${e.node.action} ${e.node.entity} ${e.node.entityId}`)).toEqual([`create enrolment ${ids.rhoEnrolment}`]);
    // The registration belongs to no project: the admins' auditLog has it.
    expect(golab.edges.some((e) => e.node.entity === 'person')).toBe(false);
    const filtered = ok(await t.gql<Trail>(TRAIL, { filter: { entity: 'repayment', entityId: ids.repayment } }, as.golab)).auditTrail;
    expect(filtered.totalCount).toBe(1);
  });

  it("holds what an imported file created, under the file's project, and the trigger agrees with the entries' records", async () => {
    const csv = 'progetto;data;tipo;titolo;persone_non_registrate\nGOLAB;10/05/2019;OTHER;Festa del cortile;12\n';
    const imported = await t.gql<{ importFile: { written: boolean } }>(
      'mutation($csv: String!) { importFile(kind: ATTENDANCE, csv: $csv, fileName: "registro.csv") { written } }',
      { csv },
      as.golab,
    );
    expect(imported.data?.importFile.written, JSON.stringify(imported.errors)).toBe(true);
    const golab = ok(await t.gql<Trail>(TRAIL, { filter: { from: '2000-01-01' } }, as.golab)).auditTrail;
    expect(golab.edges.slice(0, 2).map((e) => `${e.node.action} ${e.node.entity}`)).toEqual(['create attendance', 'create activity']);
    expect(ok(await t.gql<Trail>(TRAIL, {}, as.rho)).auditTrail.totalCount).toBe(1);
    // Every entry of a record of a project, and no other, is in the project's trail.
    const entries = await t.sql<{ id: string; entity: string; code: string | null }>(
      `select a.id::text, a.entity, coalesce(a.after, a.before) ->> 'projectCode' as code from audit_entry a order by a.id`,
    );
    const projectOf = new Map<string, string>();
    for (const e of await t.sql<{ id: string; code: string }>(
      `select audit_entry_id::text as id, project_code as code from audit_entry_project`,
    )) {
      projectOf.set(e.id, e.code);
    }
    for (const entry of entries) {
      const belongs = ['enrolment', 'activity', 'arrears_case', 'repayment', 'withholding', 'follow_up', 'attendance'].includes(
        entry.entity,
      );
      expect(projectOf.has(entry.id), `${entry.entity} ${entry.id}`).toBe(belongs);
      if (entry.code) expect(projectOf.get(entry.id)).toBe(entry.code);
    }
  });
});

describe('the migration of the audit entries written before it', () => {
  it('gives each one its projects: by its record, by its live parent, or by the entries of a parent voided since', async () => {
    const migrator = t.app.db.orm.getMigrator();
    await migrator.down({ to: 'Migration20261126160000_person_situation' });
    const [enrolment] = await t.sql<{ id: string; code: string }>(
      `select id::text, project_code as code from enrolment where project_code = 'PRO_SALOMONE' limit 1`,
    );
    const gone = '00000000-0000-4000-8000-000000000001';
    const entries = await t.sql<{ id: string; entity: string }>(
      `insert into audit_entry (actor, action, entity, entity_id, before, after) values
         ('admin', 'create', 'activity', $2, null, jsonb_build_object('id', $2::text, 'projectCode', 'FORNASE')),
         ('admin', 'void', 'attendance', '00000000-0000-4000-8000-000000000002', jsonb_build_object('activityId', $2::text), null),
         ('admin', 'create', 'repayment', '00000000-0000-4000-8000-000000000003', null, jsonb_build_object('enrolmentId', $1::text)),
         ('admin', 'create', 'person', '00000000-0000-4000-8000-000000000004', null, jsonb_build_object('sex', 'MALE')),
         ('admin', 'create', 'period_lock', '1', null, jsonb_build_object('projectCode', 'GOLAB'))
       returning id::text, entity`,
      [enrolment!.id, gone],
    );
    await migrator.up();
    const projects = await t.sql<{ id: string; code: string }>(
      `select audit_entry_id::text as id, project_code as code from audit_entry_project where audit_entry_id = any($1::bigint[]) order by 1`,
      [entries.map((e) => e.id)],
    );
    expect(projects.map((p) => `${entries.find((e) => e.id === p.id)!.entity} ${p.code}`)).toEqual([
      'activity FORNASE',
      'attendance FORNASE',
      'repayment PRO_SALOMONE',
    ]);
    // The entries of the tests above got theirs back.
    expect((await okPage('auditTrail', {}, as.rho)).totalCount).toBe(1);
  });
});
