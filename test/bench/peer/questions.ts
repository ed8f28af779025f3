/**
 * The questions of the peer benchmark, and how each contender asks them: the hub over HTTP (its
 * dashboard's own documents, as an admin: exact figures), its SQL statements through `pg` ("R"),
 * PostGraphile on the base tables ("P", with the `peer` schema's functions) and PostGraphile on
 * the hub's summary tables ("P'"). Each way of asking comes with `canonical`, which turns its raw
 * answer into one comparable form, so that the answers can be checked equal before any timing;
 * `note` says where the harness post-processes an answer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../server/config.js';
import { parseMoney } from '../../../server/money.js';
import { DEBT_SQL } from '../../../server/reporting/debt.js';
import { ESF_SQL } from '../../../server/reporting/esf-indicators.js';
import { FUNDING_SQL } from '../../../server/reporting/funding.js';
import { OUTCOMES_SQL } from '../../../server/reporting/outcomes.js';
import { PARTICIPATION_SQL } from '../../../server/reporting/participation.js';
import { REACH_SQL } from '../../../server/reporting/reach.js';

export type ContenderKey = 'hub' | 'hubCached' | 'R' | 'P' | "P'";

export interface GraphqlDocument {
  query: string;
  variables: Record<string, unknown>;
}

/** A way of asking: GraphQL documents sent in parallel, or SQL statements sent in parallel. */
export type Ask =
  | { kind: 'graphql'; documents: GraphqlDocument[]; canonical: (data: Record<string, unknown>[]) => unknown; note?: string }
  | {
      kind: 'sql';
      statements: { text: string; values: unknown[] }[];
      canonical: (rows: Record<string, unknown>[][]) => unknown;
      note?: string;
    };

export interface Question {
  key: string;
  label: string;
  /** Connections of the throughput run; undefined = latency only. */
  connections?: number;
  /** What is compared between the contenders. */
  compared: string;
  ask: Partial<Record<ContenderKey, Ask>>;
}

/** Money as the hub serialises it ("251303.91") or cents (number, bigint string) → cents as a string. */
const cents = (value: unknown): string =>
  typeof value === 'string' && value.includes('.') ? parseMoney(value).toString() : BigInt(value as string | number).toString();

interface FundingLine {
  code: string;
  alerRole: string;
  awarded: string;
  allowancesCommitted: string;
  withheld: string;
}
const byCode = (lines: FundingLine[]) => [...lines].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** ESF cells: "CODE" → [women, men], only cells with someone in them. */
function esfTable(cells: { code: string; sex: string; participants: number }[]): Record<string, [number, number]> {
  const table = new Map<string, [number, number]>();
  for (const { code, sex, participants } of cells) {
    const row = table.get(code) ?? [0, 0];
    row[sex === 'FEMALE' ? 0 : 1] += participants;
    table.set(code, row);
  }
  return Object.fromEntries([...table].filter(([, [w, m]]) => w !== 0 || m !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const panel = (name: string) => readFile(path.join(PROJECT_ROOT, 'dashboard', 'src', 'panels', `${name}.graphql`), 'utf8');

/** The dashboard's documents, as its panels send them when it opens (the same list as test/bench/load.ts). */
export const DASHBOARD_PANELS = [
  'headline/headline',
  'funding/funding',
  'reach/reach',
  'reach-over-time/reach-over-time',
  'outcomes/outcomes',
  'debt/debt',
  'esf/esf',
];

const P_FUNDING = `query PeerFunding($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) {
    nodes {
      code
      alerRole
      awardedCents
      awardedOn
      allowanceCents
      enrolmentsByProjectCode(filter: { selectedOn: { lessThanOrEqualTo: $asOf } }) { totalCount }
    }
  }
  WITHHELD
}`;

const P2_FUNDING = `query PeerSummaryFunding($asOf: Date!) {
  allProjects(orderBy: CODE_ASC) {
    nodes {
      code
      alerRole
      awardedCents
      awardedOn
      allowanceCents
      enrolmentDailiesByProjectCode(filter: { day: { lessThanOrEqualTo: $asOf } }) { aggregates { sum { enrolled } } }
      ledgerDailiesByProjectCode(filter: { day: { lessThanOrEqualTo: $asOf } }) { aggregates { sum { withheldCents } } }
    }
  }
}`;

interface PeerProject {
  code: string;
  alerRole: string;
  awardedCents: string;
  awardedOn: string;
  allowanceCents: string;
}

/** awarded counts from the day the award was published; committed = allowance × enrolments (the hub's rules). */
function peerFunding(project: PeerProject, asOf: string, enrolled: string | number | null, withheld: string | null): FundingLine {
  return {
    code: project.code,
    alerRole: project.alerRole,
    awarded: project.awardedOn <= asOf ? cents(project.awardedCents) : '0',
    allowancesCommitted: (BigInt(project.allowanceCents) * BigInt(enrolled ?? 0)).toString(),
    withheld: cents(withheld ?? 0),
  };
}

/** The questions, for a day and the projects' codes (P's funding document names each project). */
export async function peerQuestions(asOf: string, projectCodes: string[]): Promise<Question[]> {
  const filter = { filter: { asOf } };
  const fundingPanel = await panel('funding/funding');
  const esfPanel = await panel('esf/esf');
  const dashboard = await Promise.all(DASHBOARD_PANELS.map(panel));
  const scope = [null, asOf];

  const funding: Question = {
    key: 'funding',
    label: "funding (the dashboard's document)",
    connections: 10,
    compared: 'per project: ALER role, awarded, allowances committed, withheld (to the cent)',
    ask: {
      hub: {
        kind: 'graphql',
        documents: [{ query: fundingPanel, variables: filter }],
        canonical: ([data]) => {
          const summary = data!.fundingSummary as {
            projects: { project: { code: string; alerRole: string }; awarded: string; allowancesCommitted: string; withheld: string }[];
          };
          return byCode(
            summary.projects.map((p) => ({
              code: p.project.code,
              alerRole: p.project.alerRole,
              awarded: cents(p.awarded),
              allowancesCommitted: cents(p.allowancesCommitted),
              withheld: cents(p.withheld),
            })),
          );
        },
      },
      R: {
        kind: 'sql',
        statements: [{ text: FUNDING_SQL, values: scope }],
        canonical: ([rows]) =>
          byCode(
            rows!
              .filter((r) => r.g_code === 0 && r.g_role === 0)
              .map((r) => ({
                code: r.code as string,
                alerRole: r.aler_role as string,
                awarded: cents(r.awarded_cents),
                allowancesCommitted: cents(r.committed_cents),
                withheld: cents(r.withheld_cents),
              })),
          ),
      },
      P: {
        kind: 'graphql',
        documents: [
          {
            query: P_FUNDING.replace(
              'WITHHELD',
              projectCodes
                .map(
                  (code, i) =>
                    `w${i}: allWithholdings(filter: { withheldOn: { lessThanOrEqualTo: $asOf }, enrolmentByEnrolmentId: { projectCode: { equalTo: ${JSON.stringify(code)} } } }) { aggregates { sum { amountCents } } }`,
                )
                .join('\n  '),
            ),
            variables: { asOf },
          },
        ],
        note: 'awarded (0 before the award day) and allowance × enrolments computed in the harness; withheld: one aggregate per project (aliases)',
        canonical: ([data]) => {
          const projects = (data!.allProjects as { nodes: (PeerProject & { enrolmentsByProjectCode: { totalCount: number } })[] }).nodes;
          return byCode(
            projects.map((p) => {
              const w = data![`w${projectCodes.indexOf(p.code)}`] as { aggregates: { sum: { amountCents: string | null } } };
              return peerFunding(p, asOf, p.enrolmentsByProjectCode.totalCount, w.aggregates.sum.amountCents);
            }),
          );
        },
      },
      "P'": {
        kind: 'graphql',
        documents: [{ query: P2_FUNDING, variables: { asOf } }],
        note: 'awarded (0 before the award day) and allowance × enrolments computed in the harness',
        canonical: ([data]) => {
          type Row = PeerProject & {
            enrolmentDailiesByProjectCode: { aggregates: { sum: { enrolled: string | null } } };
            ledgerDailiesByProjectCode: { aggregates: { sum: { withheldCents: string | null } } };
          };
          const projects = (data!.allProjects as { nodes: Row[] }).nodes;
          return byCode(
            projects.map((p) =>
              peerFunding(
                p,
                asOf,
                p.enrolmentDailiesByProjectCode.aggregates.sum.enrolled,
                p.ledgerDailiesByProjectCode.aggregates.sum.withheldCents,
              ),
            ),
          );
        },
      },
    },
  };

  const reach: Question = {
    key: 'reach',
    label: `people reached as of ${asOf}`,
    compared: 'the number of distinct people',
    ask: {
      hub: {
        kind: 'graphql',
        documents: [
          { query: 'query PeopleReached($filter: ReportFilter) { peopleReached(filter: $filter) { distinct } }', variables: filter },
        ],
        canonical: ([data]) => (data!.peopleReached as { distinct: number }).distinct,
      },
      R: { kind: 'sql', statements: [{ text: REACH_SQL, values: scope }], canonical: ([rows]) => rows![0]!.people },
      P: {
        kind: 'graphql',
        documents: [{ query: 'query PeerReach($asOf: Date!) { peerPeopleReached(asOf: $asOf) }', variables: { asOf } }],
        note: 'the SQL function peer.people_reached',
        canonical: ([data]) => data!.peerPeopleReached,
      },
      "P'": {
        kind: 'graphql',
        documents: [
          {
            query:
              'query PeerSummaryReach($asOf: Date!) { allReaches(filter: { firstOn: { lessThanOrEqualTo: $asOf } }) { aggregates { distinctCount { personId } } } }',
            variables: { asOf },
          },
        ],
        canonical: ([data]) =>
          Number((data!.allReaches as { aggregates: { distinctCount: { personId: string } } }).aggregates.distinctCount.personId),
      },
    },
  };

  type Cell = { code: string; sex: string; participants: number };
  const esf: Question = {
    key: 'esf',
    label: 'ESF indicators',
    connections: 50,
    compared: 'women and men per indicator, over all projects',
    ask: {
      hub: {
        kind: 'graphql',
        documents: [{ query: esfPanel, variables: { ...filter, asOf } }],
        canonical: ([data]) => {
          const rows = data!.esfIndicators as { code: string; women: number; men: number }[];
          return esfTable(
            rows.flatMap((r) => [
              { code: r.code, sex: 'FEMALE', participants: r.women },
              { code: r.code, sex: 'MALE', participants: r.men },
            ]),
          );
        },
      },
      R: {
        kind: 'sql',
        statements: [{ text: ESF_SQL, values: scope }],
        note: 'the per-project rows summed over projects in the harness, as the hub does',
        canonical: ([rows]) => esfTable(rows as unknown as Cell[]),
      },
      P: {
        kind: 'graphql',
        documents: [
          {
            query: 'query PeerEsf($asOf: Date!) { peerEsfIndicators(asOf: $asOf) { nodes { code sex participants } } }',
            variables: { asOf },
          },
        ],
        note: 'the SQL function peer.esf_indicators',
        canonical: ([data]) => esfTable((data!.peerEsfIndicators as { nodes: Cell[] }).nodes),
      },
      "P'": {
        kind: 'graphql',
        documents: [
          {
            query: `query PeerSummaryEsf($asOf: Date!) {
  allEsfDailies(filter: { day: { lessThanOrEqualTo: $asOf } }) { groupedAggregates(groupBy: [CODE, SEX]) { keys sum { participants } } }
  esfReEntryCorrections(filter: { day: { lessThanOrEqualTo: $asOf } }) { nodes { code sex participants } }
}`,
            variables: { asOf },
          },
        ],
        note: 'esf_daily grouped by code and sex, plus the re-entry corrections (esf_re_entry_corrections), added in the harness',
        canonical: ([data]) => {
          const grouped = (data!.allEsfDailies as { groupedAggregates: { keys: [string, string]; sum: { participants: string } }[] })
            .groupedAggregates;
          const corrections = (data!.esfReEntryCorrections as { nodes: Cell[] }).nodes;
          return esfTable([
            ...grouped.map((g) => ({ code: g.keys[0], sex: g.keys[1], participants: Number(g.sum.participants) })),
            ...corrections,
          ]);
        },
      },
    },
  };

  /** The dashboard's parts that the other questions check too: funding, people reached, the ESF table. */
  const dashboardDocuments = dashboard.map((query) => ({ query, variables: { ...filter, asOf } }));
  const dashboardQuestion: Question = {
    key: 'dashboard',
    label: 'the whole dashboard, its documents in parallel',
    compared:
      "hub and R only: funding per project, distinct people reached and the ESF table, as in the questions above (the other panels' figures are not compared)",
    ask: {
      hub: {
        kind: 'graphql',
        documents: dashboardDocuments,
        canonical: (data) => ({
          funding: (funding.ask.hub as Extract<Ask, { kind: 'graphql' }>).canonical([data[1]!]),
          reach: (data[0]!.peopleReached as { distinct: number }).distinct,
          esf: (esf.ask.hub as Extract<Ask, { kind: 'graphql' }>).canonical([data[6]!]),
        }),
      },
      R: {
        kind: 'sql',
        note: "the seven distinct statements the hub's dashboard needs: the six reports' and the project list",
        statements: [
          { text: FUNDING_SQL, values: scope },
          { text: REACH_SQL, values: scope },
          { text: ESF_SQL, values: scope },
          { text: PARTICIPATION_SQL, values: scope },
          { text: OUTCOMES_SQL, values: scope },
          { text: DEBT_SQL, values: scope },
          { text: 'select code, name, municipality, start_date, end_date from project order by code', values: [] },
        ],
        canonical: (rows) => ({
          funding: (funding.ask.R as Extract<Ask, { kind: 'sql' }>).canonical([rows[0]!]),
          reach: rows[1]![0]!.people,
          esf: esfTable(rows[2] as unknown as Cell[]),
        }),
      },
    },
  };

  return [funding, reach, dashboardQuestion, esf];
}
