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
import { baseDashboard, summaryDashboard } from './dashboard.js';

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

const P_ESF = 'query PeerEsf($asOf: Date!) { peerEsfIndicators(asOf: $asOf) { nodes { code sex participants } } }';

const P2_ESF = `query PeerSummaryEsf($asOf: Date!) {
  allEsfDailies(filter: { day: { lessThanOrEqualTo: $asOf } }) { groupedAggregates(groupBy: [CODE, SEX]) { keys sum { participants } } }
  esfReEntryCorrections(filter: { day: { lessThanOrEqualTo: $asOf } }) { nodes { code sex participants } }
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

type Data = Record<string, unknown>;
type Cell = { code: string; sex: string; participants: number };

function hubFunding(data: Data): FundingLine[] {
  const summary = data.fundingSummary as {
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
}

function sqlFunding(rows: Data[]): FundingLine[] {
  return byCode(
    rows
      .filter((r) => r.g_code === 0 && r.g_role === 0)
      .map((r) => ({
        code: r.code as string,
        alerRole: r.aler_role as string,
        awarded: cents(r.awarded_cents),
        allowancesCommitted: cents(r.committed_cents),
        withheld: cents(r.withheld_cents),
      })),
  );
}

function baseFunding(data: Data, asOf: string, projectCodes: string[]): FundingLine[] {
  const projects = (data.allProjects as { nodes: (PeerProject & { enrolmentsByProjectCode: { totalCount: number } })[] }).nodes;
  return byCode(
    projects.map((p) => {
      const w = data[`w${projectCodes.indexOf(p.code)}`] as { aggregates: { sum: { amountCents: string | null } } };
      return peerFunding(p, asOf, p.enrolmentsByProjectCode.totalCount, w.aggregates.sum.amountCents);
    }),
  );
}

function summaryFunding(data: Data, asOf: string): FundingLine[] {
  type Row = PeerProject & {
    enrolmentDailiesByProjectCode: { aggregates: { sum: { enrolled: string | null } } };
    ledgerDailiesByProjectCode: { aggregates: { sum: { withheldCents: string | null } } };
  };
  const projects = (data.allProjects as { nodes: Row[] }).nodes;
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
}

function hubEsf(data: Data): Record<string, [number, number]> {
  const rows = data.esfIndicators as { code: string; women: number; men: number }[];
  return esfTable(
    rows.flatMap((r) => [
      { code: r.code, sex: 'FEMALE', participants: r.women },
      { code: r.code, sex: 'MALE', participants: r.men },
    ]),
  );
}

function summaryEsf(data: Data): Record<string, [number, number]> {
  const grouped = (data.allEsfDailies as { groupedAggregates: { keys: [string, string]; sum: { participants: string } }[] })
    .groupedAggregates;
  const corrections = (data.esfReEntryCorrections as { nodes: Cell[] }).nodes;
  return esfTable([...grouped.map((g) => ({ code: g.keys[0], sex: g.keys[1], participants: Number(g.sum.participants) })), ...corrections]);
}

/** What the dashboard question compares (zero lines left out: some contenders list them, some do not). */
interface DashboardAnswer {
  funding: FundingLine[];
  reach: number;
  esf: Record<string, [number, number]>;
  reached: [string, number][];
  outcomes: [string, [number, number, number, number]][];
  /** Arrears at enrolment and recovered (repaid + withheld), cents. */
  debt: [string, string];
}

function dashboardAnswer(answer: DashboardAnswer): DashboardAnswer {
  const sorted = <T extends [string, unknown]>(lines: T[]) => [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ...answer,
    reached: sorted(answer.reached.filter(([, n]) => n !== 0)),
    outcomes: sorted(answer.outcomes.filter(([, counts]) => counts.some((n) => n !== 0))),
  };
}

/** employed, unsuccessful, withdrawn, in progress (enrolled − exits) from exits by outcome. */
function outcomeLine(code: string, enrolled: number, exits: [string, number][]): [string, [number, number, number, number]] {
  const of = (outcome: string) => exits.filter(([o]) => o === outcome).reduce((sum, [, n]) => sum + n, 0);
  const exited = exits.reduce((sum, [, n]) => sum + n, 0);
  return [code, [of('EMPLOYED'), of('UNSUCCESSFUL'), of('WITHDRAWN'), enrolled - exited]];
}

/** The questions, for a day and the projects' codes (P's funding document names each project). */
export async function peerQuestions(asOf: string, projectCodes: string[]): Promise<Question[]> {
  const filter = { filter: { asOf } };
  const fundingPanel = await panel('funding/funding');
  const esfPanel = await panel('esf/esf');
  const dashboard = await Promise.all(DASHBOARD_PANELS.map(panel));
  const scope = [null, asOf];
  const baseFundingDocument = P_FUNDING.replace(
    'WITHHELD',
    projectCodes
      .map(
        (code, i) =>
          `w${i}: allWithholdings(filter: { withheldOn: { lessThanOrEqualTo: $asOf }, enrolmentByEnrolmentId: { projectCode: { equalTo: ${JSON.stringify(code)} } } }) { aggregates { sum { amountCents } } }`,
      )
      .join('\n  '),
  );

  const funding: Question = {
    key: 'funding',
    label: "funding (the dashboard's document)",
    connections: 10,
    compared: 'per project: ALER role, awarded, allowances committed, withheld (to the cent)',
    ask: {
      hub: { kind: 'graphql', documents: [{ query: fundingPanel, variables: filter }], canonical: ([data]) => hubFunding(data!) },
      R: { kind: 'sql', statements: [{ text: FUNDING_SQL, values: scope }], canonical: ([rows]) => sqlFunding(rows!) },
      P: {
        kind: 'graphql',
        documents: [{ query: baseFundingDocument, variables: { asOf } }],
        note: 'awarded (0 before the award day) and allowance × enrolments computed in the harness; withheld: one aggregate per project (aliases)',
        canonical: ([data]) => baseFunding(data!, asOf, projectCodes),
      },
      "P'": {
        kind: 'graphql',
        documents: [{ query: P2_FUNDING, variables: { asOf } }],
        note: 'awarded (0 before the award day) and allowance × enrolments computed in the harness',
        canonical: ([data]) => summaryFunding(data!, asOf),
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

  const esf: Question = {
    key: 'esf',
    label: 'ESF indicators',
    connections: 50,
    compared: 'women and men per indicator, over all projects',
    ask: {
      hub: {
        kind: 'graphql',
        documents: [{ query: esfPanel, variables: { ...filter, asOf } }],
        canonical: ([data]) => hubEsf(data!),
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
            query: P_ESF,
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
            query: P2_ESF,
            variables: { asOf },
          },
        ],
        note: 'esf_daily grouped by code and sex, plus the re-entry corrections (esf_re_entry_corrections), added in the harness',
        canonical: ([data]) => summaryEsf(data!),
      },
    },
  };

  const dashboardQuestion: Question = {
    key: 'dashboard',
    label: 'the whole dashboard, its documents in parallel',
    compared:
      'funding per project, distinct people reached, the ESF table, people reached per project, outcomes per project (employed, unsuccessful, withdrawn, in progress), arrears and recovered in total',
    ask: {
      hub: {
        kind: 'graphql',
        documents: dashboard.map((query) => ({ query, variables: { ...filter, asOf } })),
        canonical: (data) => {
          const headline = data[0]!;
          const debt = headline.debtRecovery as { arrearsAtEnrolment: string; totalRecovered: string };
          type Outcome = { project: { code: string }; employed: number; unsuccessful: number; withdrawn: number; inProgress: number };
          return dashboardAnswer({
            funding: hubFunding(data[1]!),
            reach: (headline.peopleReached as { distinct: number }).distinct,
            esf: hubEsf(data[6]!),
            reached: (data[2]!.participation as { project: { code: string }; peopleReached: number }[]).map((p) => [
              p.project.code,
              p.peopleReached,
            ]),
            outcomes: (data[4]!.employmentOutcomes as { projects: Outcome[] }).projects.map((p) => [
              p.project.code,
              [p.employed, p.unsuccessful, p.withdrawn, p.inProgress],
            ]),
            debt: [cents(debt.arrearsAtEnrolment), cents(debt.totalRecovered)],
          });
        },
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
        canonical: (rows) => {
          const [arrears, repaid, withheld] = rows[5]![0]!.total as [string, string, string];
          type Outcome = {
            g_project: number;
            g_sex: number;
            project_code: string;
            enrolled: number;
            employed: number;
            unsuccessful: number;
            withdrawn: number;
          };
          return dashboardAnswer({
            funding: sqlFunding(rows[0]!),
            reach: rows[1]![0]!.people as number,
            esf: esfTable(rows[2] as unknown as Cell[]),
            reached: rows[3]!.map((r) => [r.code as string, r.reached as number]),
            outcomes: (rows[4] as unknown as Outcome[])
              .filter((r) => r.g_project === 0 && r.g_sex === 1)
              .map((r) => [
                r.project_code,
                [r.employed, r.unsuccessful, r.withdrawn, r.enrolled - r.employed - r.unsuccessful - r.withdrawn],
              ]),
            debt: [arrears, (BigInt(repaid) + BigInt(withheld)).toString()],
          });
        },
      },
      P: {
        kind: 'graphql',
        documents: baseDashboard(baseFundingDocument, P_ESF).map((query) => ({ query, variables: { asOf } })),
        note: 'seven documents on the base tables and the peer functions; in progress = enrolled − exits, recovered = repaid + withheld, computed in the harness',
        canonical: (data) => {
          const headline = data[0]!;
          type Count = { totalCount: number };
          type Outcome = { code: string; enrolled: Count; employed: Count; unsuccessful: Count; withdrawn: Count };
          const sum = (key: string) =>
            (headline[key] as { aggregates: { sum: { amountCents: string | null } } }).aggregates.sum.amountCents ?? '0';
          return dashboardAnswer({
            funding: baseFunding(data[1]!, asOf, projectCodes),
            reach: headline.peerPeopleReached as number,
            esf: esfTable((data[6]!.peerEsfIndicators as { nodes: Cell[] }).nodes),
            reached: (data[2]!.peerProjectPeopleReached as { nodes: { projectCode: string; people: number }[] }).nodes.map((r) => [
              r.projectCode,
              r.people,
            ]),
            outcomes: (data[4]!.allProjects as { nodes: Outcome[] }).nodes.map((p) =>
              outcomeLine(p.code, p.enrolled.totalCount, [
                ['EMPLOYED', p.employed.totalCount],
                ['UNSUCCESSFUL', p.unsuccessful.totalCount],
                ['WITHDRAWN', p.withdrawn.totalCount],
              ]),
            ),
            debt: [
              cents((headline.allEnrolments as { aggregates: { sum: { arrearsCents: string | null } } }).aggregates.sum.arrearsCents ?? 0),
              (BigInt(sum('allRepayments')) + BigInt(sum('allWithholdings'))).toString(),
            ],
          });
        },
      },
      "P'": {
        kind: 'graphql',
        documents: summaryDashboard(P2_FUNDING, P2_ESF).map((query) => ({ query, variables: { asOf } })),
        note: 'seven documents on the summaries; in progress = enrolled − exits, recovered = repaid + withheld, the ESF re-entry corrections added, computed in the harness',
        canonical: (data) => {
          const headline = data[0]!;
          type Outcome = {
            code: string;
            enrolmentDailiesByProjectCode: { aggregates: { sum: { enrolled: string | null } } };
            exitDailiesByProjectCode: { groupedAggregates: { keys: [string]; sum: { exits: string } }[] };
          };
          const ledger = (
            headline.allLedgerDailies as { aggregates: { sum: { repaidCents: string | null; withheldCents: string | null } } }
          ).aggregates.sum;
          return dashboardAnswer({
            funding: summaryFunding(data[1]!, asOf),
            reach: Number(
              (headline.allReaches as { aggregates: { distinctCount: { personId: string } } }).aggregates.distinctCount.personId,
            ),
            esf: summaryEsf(data[6]!),
            reached: (
              data[2]!.allProjects as {
                nodes: { code: string; reachDailiesByProjectCode: { aggregates: { sum: { people: string | null } } } }[];
              }
            ).nodes.map((p) => [p.code, Number(p.reachDailiesByProjectCode.aggregates.sum.people ?? 0)]),
            outcomes: (data[4]!.allProjects as { nodes: Outcome[] }).nodes.map((p) =>
              outcomeLine(
                p.code,
                Number(p.enrolmentDailiesByProjectCode.aggregates.sum.enrolled ?? 0),
                p.exitDailiesByProjectCode.groupedAggregates.map((g) => [g.keys[0], Number(g.sum.exits)]),
              ),
            ),
            debt: [
              cents(
                (headline.allEnrolmentDailies as { aggregates: { sum: { arrearsCents: string | null } } }).aggregates.sum.arrearsCents ?? 0,
              ),
              (BigInt(ledger.repaidCents ?? 0) + BigInt(ledger.withheldCents ?? 0)).toString(),
            ],
          });
        },
      },
    },
  };

  return [funding, reach, dashboardQuestion, esf];
}
