/**
 * npm run bench: the reporting aggregates at demo scale 1 and 100, through GraphQL over HTTP and
 * as the same SQL sent straight through `pg` (the baseline, measured in the same process), with
 * the median latency of each and their ratio. Results go in BENCHMARKS.md. With --peer: the hub
 * side by side with its SQL and PostGraphile 5 (test/bench/peer/run-peer.ts).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { benchServer } from './server.js';
import { seededDatabase } from './seeded.js';
import { runPeer } from './peer/run-peer.js';
import { createLogger } from '../../server/logger.js';
import { DEBT_SQL } from '../../server/reporting/debt.js';
import { ESF_SQL } from '../../server/reporting/esf-indicators.js';
import { FUNDING_SQL } from '../../server/reporting/funding.js';
import { OUTCOMES_SQL } from '../../server/reporting/outcomes.js';
import { PARTICIPATION_SQL } from '../../server/reporting/participation.js';
import { attendanceRegister } from '../helpers/csv-files.js';
import { launchChromium } from '../helpers/browser.js';
import { buildDashboard, DASHBOARD_DIR } from '../../server/http/static.js';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../server/cli/run.js';

const HELP = `Usage: npm run bench [-- options]

Seeds the demo population at each scale into a fresh database, then times every reporting
aggregate through GraphQL over HTTP and as its raw SQL through pg, and prints the medians.

Options:
  --scales LIST     comma-separated demo scales (default 1,100)
  --runs N          timed runs per measurement, after 5 warm-up runs (default 30)
  --as-of DATE      the asOf of every query (default 2020-08-31)
  --import-rows N   also time the import of an attendance register of N rows at each scale
                    (default 10000; 0 = no import)
  --no-dashboard    skip the dashboard measures (JavaScript shipped, gzipped; time from
                    navigation until every chart is drawn, in the tests' Chromium, at the first scale)
  -h, --help        show this help

The peer comparison (--peer): the same questions — funding, people reached as of the as-of day,
the whole dashboard (its documents in parallel), the ESF indicators — answered by the hub over
HTTP in its own process (report cache off, and on: REPORT_CACHE_ENTRIES), by its SQL statements
through pg (R), by PostGraphile 5 on the base tables (P; SQL functions in a schema "peer" where
its filters cannot say it) and on the hub's summary tables (P'). Answers are checked equal
before timing; contenders interleaved; medians over the sets of one client's latency, of the
throughput of autocannon (10 connections for funding, 50 for ESF), statements per request
(pg_stat_statements) and each server's memory; a Markdown table with the ratios hub/R and hub/P'.
PostGraphile is installed on first use into .bench-peer/ (npm install --prefix, exact versions).
  --peer            run the peer comparison instead of the measures above
  --sets N          (--peer) interleaved sets; the figures are their medians (default 3)
  --seconds S       (--peer) seconds of each throughput run (default 10)
  --hub-heap-mb N   (--peer) the hub processes' V8 old space, --max-old-space-size=N (default 0:
                    Node.js decides, up to a quarter of the machine's memory)
  --runs N          (--peer) one client's timed requests per contender, question and set,
                    after 3 warm-up requests

Uses the server of DATABASE_URL when set (creating and dropping its own databases), otherwise
a throw-away embedded PostgreSQL.`;

interface Aggregate {
  name: string;
  sql: string;
  graphql: string;
}

const AGGREGATES: Aggregate[] = [
  {
    name: 'fundingSummary',
    sql: FUNDING_SQL,
    graphql:
      'fundingSummary(filter: $filter) { totalAwarded allowancesCommitted withheld byRole { alerRole projectCount awarded } projects { project { code } awarded allowancesCommitted withheld } }',
  },
  {
    name: 'participation',
    sql: PARTICIPATION_SQL,
    graphql:
      'participation(filter: $filter) { project { code } target peopleReached attendances anonymousHeadcount shareOfTarget cumulative { month value } pacePerMonth projectedTargetMonth }',
  },
  {
    name: 'employmentOutcomes',
    sql: OUTCOMES_SQL,
    graphql:
      'employmentOutcomes(filter: $filter) { enrolled inProgress employed unsuccessful withdrawn employmentRate byContractType { contractType count } bySex { sex enrolled employed } projects { project { code } enrolled employed unsuccessful withdrawn inProgress } }',
  },
  {
    name: 'debtRecovery',
    sql: DEBT_SQL,
    graphql:
      'debtRecovery(filter: $filter) { arrearsAtEnrolment recoveredFromRepayments recoveredFromWithholding totalRecovered outstanding recoveryRate monthly { month repayments withholding total } projects { project { code } totalRecovered } }',
  },
  {
    name: 'esfIndicators',
    sql: ESF_SQL,
    graphql: 'esfIndicators(filter: $filter) { code women men total }',
  },
];

/** The dashboard: JavaScript shipped (gzipped), and time from navigation to every chart drawn. */
async function measureDashboard(url: string, runs: number): Promise<void> {
  await buildDashboard();
  // The JavaScript the dashboard page loads: its module script and the chunks it preloads (not GraphiQL's).
  const html = await readFile(path.join(DASHBOARD_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gzipped = 0;
  for (const file of files) gzipped += gzipSync(await readFile(path.join(DASHBOARD_DIR, file))).length;
  const browser = await launchChromium();
  try {
    const samples: number[] = [];
    for (let i = 0; i < runs + 3; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
      const started = Date.now();
      await page.goto(`${url}/?asOf=2020-08-31`);
      await page.waitForFunction(() => Number(document.body.dataset.ready ?? 0) > 0, undefined, { timeout: 30_000 });
      if (i >= 3) samples.push(Date.now() - started);
      await page.close();
    }
    console.log(
      `\nDashboard: ${(gzipped / 1024).toFixed(1)} KB of JavaScript gzipped; navigation to every chart drawn, median of ${runs} loads: ${median(samples).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,100' },
      runs: { type: 'string', default: '30' },
      'as-of': { type: 'string', default: '2020-08-31' },
      'import-rows': { type: 'string', default: '10000' },
      'no-dashboard': { type: 'boolean', default: false },
      peer: { type: 'boolean', default: false },
      sets: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '10' },
      'hub-heap-mb': { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const scales = values.scales.split(',').map(Number);
  const runs = Number(values.runs);
  const asOf = values['as-of'];
  const importRows = Number(values['import-rows']);
  const dashboard = !values['no-dashboard'];
  if (scales.some((s) => !(s > 0)) || !(runs > 0)) throw new Error('--scales and --runs take positive numbers');

  const log = createLogger('warn');
  if (values.peer) {
    const sets = Number(values.sets);
    const seconds = Number(values.seconds);
    if (!(sets > 0) || !(seconds > 0)) throw new Error('--sets and --seconds take positive numbers');
    const hubHeapMb = Number(values['hub-heap-mb']);
    if (!(hubHeapMb >= 0)) throw new Error('--hub-heap-mb takes a number of MiB (0 = Node.js decides)');
    await runPeer({ scales, sets, runs, seconds, asOf, log, hubHeapMb, command: `npm run bench -- ${process.argv.slice(2).join(' ')}` });
    return;
  }
  const server = await benchServer('bench', log);

  console.log(`Quartieri reporting benchmark · node ${process.version} · ${runs} runs per measurement after 5 warm-ups · asOf ${asOf}`);
  try {
    for (const scale of scales) {
      const database = await seededDatabase(server, `quartieri_bench_${String(scale).replace('.', '_')}_${process.pid}`, scale);
      const databaseUrl = database.url;
      try {
        console.log(`\nScale ${scale}: ${database.description}`);

        const adminSecret = randomBytes(24).toString('hex');
        const app = await createApp(
          {
            ...loadConfig({ PORT: '0', LOG_LEVEL: 'warn', ADMIN_SECRET: adminSecret, PSEUDONYM_KEY: randomBytes(24).toString('hex') }),
            databaseUrl,
            seedOnStart: false,
          },
          { log },
        );
        const direct = new pg.Client({ connectionString: databaseUrl });
        await direct.connect();
        try {
          console.log('| aggregate | GraphQL over HTTP, median ms | raw SQL through pg, median ms | ratio |');
          console.log('| --- | ---: | ---: | ---: |');
          // The floor: an empty GraphQL request against an empty SQL statement.
          const floorBody = JSON.stringify({ query: '{ __typename }' });
          const floorGraphql = await time(runs, async () => {
            const response = await fetch(`${app.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: floorBody,
            });
            await response.json();
          });
          const floorSql = await time(runs, () => direct.query('select 1'));
          console.log(
            `| (floor: \`{ __typename }\` / \`select 1\`) | ${floorGraphql.toFixed(2)} | ${floorSql.toFixed(2)} | ${(floorGraphql / floorSql).toFixed(2)}× |`,
          );
          for (const aggregate of AGGREGATES) {
            const body = JSON.stringify({
              query: `query($filter: ReportFilter) { ${aggregate.graphql} }`,
              variables: { filter: { asOf } },
            });
            // As an admin: the exact figures, computed by the very statement timed below (the
            // public's go through suppression, which for the ESF indicators is another statement).
            const viaGraphql = await time(runs, async () => {
              const response = await fetch(`${app.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${adminSecret}` },
                body,
              });
              const result = (await response.json()) as { errors?: unknown };
              if (result.errors) throw new Error(JSON.stringify(result.errors));
            });
            const viaSql = await time(runs, () => direct.query(aggregate.sql, [null, asOf]));
            console.log(`| ${aggregate.name} | ${viaGraphql.toFixed(2)} | ${viaSql.toFixed(2)} | ${(viaGraphql / viaSql).toFixed(2)}× |`);
          }
          if (importRows > 0) {
            // One import of a register of importRows rows (2,000 new people at importRows / 2,000 activities), through GraphQL.
            const csv = attendanceRegister(2000, Math.ceil(importRows / 2000), { project: 'SESTOINSIEME' });
            const started = process.hrtime.bigint();
            const response = await fetch(`${app.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${adminSecret}` },
              body: JSON.stringify({
                query:
                  'mutation($csv: String!) { importFile(kind: ATTENDANCE, csv: $csv) { written rows created { people attendances } errors { row } } }',
                variables: { csv },
              }),
            });
            const result = (await response.json()) as { data?: { importFile: { written: boolean; rows: number } }; errors?: unknown };
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            if (!result.data?.importFile.written) throw new Error(`import failed: ${JSON.stringify(result)}`);
            console.log(
              `\nImport of a ${result.data.importFile.rows.toLocaleString('en')}-row attendance register (importFile over HTTP, one run): ${(ms / 1000).toFixed(2)} s`,
            );
          }
          if (dashboard && scale === scales[0]) await measureDashboard(app.url, runs);
        } finally {
          await direct.end();
          await app.stop();
        }
      } finally {
        await database.drop();
      }
    }
  } finally {
    await server.stop();
  }
}

runCli(main);
