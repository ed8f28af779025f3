/**
 * Totals without series (issue 17): the `participationTotals` and `reachTotal` aggregates give
 * the figures of `participation` and `reach` without building their monthly series, and the
 * resolvers pick them from the fields a document selects: the same answers either way.
 */
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unversioned } from '../server/db/report-cache.js';
import { selects } from '../server/graphql/selection.js';
import {
  getParticipation,
  getParticipationTotals,
  PARTICIPATION_SQL,
  PARTICIPATION_TOTALS_SQL,
} from '../server/reporting/participation.js';
import { getReach, getReachTotal, REACH_SQL, REACH_TOTAL_SQL } from '../server/reporting/reach.js';
import { AS_ADMIN, startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let allCodes: string[];
beforeAll(async () => {
  t = await startTestApp({ demoScale: 1 });
  allCodes = (await t.sql<{ code: string }>('select code from project order by code')).map((r) => r.code);
});
afterAll(() => t?.close());

const AS_OFS = ['2018-06-30', '2019-03-31', '2020-08-31', '2021-12-31'];

describe('the totals aggregates', () => {
  it('give the figures of the full reports, without the series', async () => {
    const scopes: (string[] | null)[] = [null, allCodes, ['GOLAB'], ['GOLAB', 'SAPERI'], allCodes.slice(0, 5)];
    for (const projectCodes of scopes) {
      for (const asOf of AS_OFS) {
        const scope = { projectCodes, asOf };
        const full = await getParticipation(t.app.db, scope);
        expect(await getParticipationTotals(t.app.db, scope)).toEqual(
          full.map(({ cumulative: _c, targetReachedMonth: _m, ...totals }) => totals),
        );
        const { cumulative, ...reach } = await getReach(t.app.db, scope);
        expect(await getReachTotal(t.app.db, scope)).toEqual(reach);
        expect(cumulative.at(-1)?.value ?? 0).toBe(reach.people);
        expect(reach.people).toBeGreaterThan(asOf === '2018-06-30' ? -1 : 0);
      }
    }
  });
});

const TOTALS = `projectCode: project { code } target peopleReached attendances anonymousHeadcount shareOfTarget pacePerMonth projectedTargetMonth`;

describe('the resolvers pick the kind from the selection', () => {
  it('participation: the same totals whether the series is asked or not (exact and public)', async () => {
    for (const headers of [AS_ADMIN, {}]) {
      for (const asOf of AS_OFS.slice(1)) {
        const variables = { filter: { asOf } };
        const lean = await t.gql<{ participation: Record<string, unknown>[] }>(
          `query ($filter: ReportFilter) { participation(filter: $filter) { ${TOTALS} } }`,
          variables,
          headers,
        );
        const full = await t.gql<{ participation: Record<string, unknown>[] }>(
          `query ($filter: ReportFilter) { participation(filter: $filter) { ${TOTALS} cumulative { month value } targetReachedMonth } }`,
          variables,
          headers,
        );
        expect(lean.errors).toBeUndefined();
        expect(full.errors).toBeUndefined();
        expect(lean.data!.participation).toEqual(
          full.data!.participation.map(({ cumulative: _c, targetReachedMonth: _m, ...totals }) => totals),
        );
        expect(lean.data!.participation).toHaveLength(8);
      }
    }
  });

  it('peopleReached: exact figures from the totals equal the full reports; the public still gets its published figure', async () => {
    for (const filter of [{}, { projectCodes: ['GOLAB'] }, { projectCodes: ['GOLAB', 'SAPERI'] }, { projectCodes: allCodes }]) {
      const asOf = '2020-08-31';
      const scope = { projectCodes: filter.projectCodes ?? null, asOf };
      const answer = await t.gql<{ peopleReached: { distinct: number | null; sumOverProjects: number } }>(
        `query ($filter: ReportFilter) { peopleReached(filter: $filter) { asOf distinct sumOverProjects } }`,
        { filter: { ...filter, asOf } },
        AS_ADMIN,
      );
      expect(answer.errors).toBeUndefined();
      const participation = await getParticipation(t.app.db, scope);
      expect(answer.data!.peopleReached).toEqual({
        asOf,
        distinct: (await getReach(t.app.db, scope)).people,
        sumOverProjects: participation.reduce((sum, p) => sum + p.peopleReached, 0),
      });
      // Alongside a participation field that asks for the series: one report serves both, same figures.
      const both = await t.gql<{ peopleReached: unknown; participation: unknown[] }>(
        `query ($filter: ReportFilter) {
           participation(filter: $filter) { peopleReached cumulative { value } }
           peopleReached(filter: $filter) { asOf distinct sumOverProjects }
         }`,
        { filter: { ...filter, asOf } },
        AS_ADMIN,
      );
      expect(both.data!.peopleReached).toEqual(answer.data!.peopleReached);
    }
    const open = await t.gql<{ peopleReached: { distinct: number | null } }>(`{ peopleReached { distinct sumOverProjects } }`);
    expect(open.errors).toBeUndefined();
    expect(open.data!.peopleReached.distinct).toBeGreaterThan(0);
  });
});

describe('the statements a document runs', () => {
  /** The reporting statements one request sends (observed on the app's statement counter). */
  async function statementsOf(document: string, headers: Record<string, string>): Promise<string[]> {
    // on a cold report cache (a new data version), so that every statement the document needs runs
    await t.sql('select data_version_renew()');
    const seen: string[] = [];
    const counter = t.app.db.statements;
    const record = counter.record.bind(counter);
    counter.record = (sql: string) => {
      seen.push(sql);
      record(sql);
    };
    try {
      const answer = await t.gql(document, {}, headers);
      expect(answer.errors).toBeUndefined();
    } finally {
      counter.record = record;
    }
    return seen.map(unversioned);
  }

  it('an exact caller asking totals only never builds a series; the public and a series asked do', async () => {
    const lean = await statementsOf('{ participation { peopleReached } peopleReached { distinct sumOverProjects } }', AS_ADMIN);
    expect(lean).toContain(PARTICIPATION_TOTALS_SQL);
    expect(lean).toContain(REACH_TOTAL_SQL);
    expect(lean).not.toContain(PARTICIPATION_SQL);
    expect(lean).not.toContain(REACH_SQL);
    const series = await statementsOf('{ participation { peopleReached cumulative { value } } peopleReached { distinct } }', AS_ADMIN);
    expect(series).toContain(PARTICIPATION_SQL);
    expect(series).not.toContain(PARTICIPATION_TOTALS_SQL); // peopleReached's totals come from the full report
    const open = await statementsOf('{ participation { peopleReached } peopleReached { distinct } }', {});
    expect(open).toContain(PARTICIPATION_SQL);
    expect(open).toContain(REACH_SQL);
  });
});

describe('selects', () => {
  const infoOf = (document: string) => {
    const parsed = parse(document);
    const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
  };

  it('finds a field directly, under an alias, through fragments and inline fragments, and not deeper', () => {
    expect(selects(infoOf('{ participation { peopleReached cumulative { value } } }'), 'cumulative')).toBe(true);
    expect(selects(infoOf('{ participation { peopleReached series: cumulative { value } } }'), 'cumulative')).toBe(true);
    expect(selects(infoOf('{ participation { peopleReached } }'), 'cumulative', 'targetReachedMonth')).toBe(false);
    expect(
      selects(infoOf('{ participation { ...P } } fragment P on ProjectParticipation { targetReachedMonth }'), 'targetReachedMonth'),
    ).toBe(true);
    expect(
      selects(
        infoOf('{ participation { ... on ProjectParticipation { ...Q } } } fragment Q on ProjectParticipation { cumulative { month } }'),
        'cumulative',
      ),
    ).toBe(true);
    expect(selects(infoOf('{ participation { project { cumulative } } }'), 'cumulative')).toBe(false);
    expect(selects(infoOf('{ participation { peopleReached } }'), 'peopleReached')).toBe(true);
  });
});
