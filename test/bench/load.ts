/**
 * npm run load: what the hub holds when a monitoring committee opens the dashboard at once while
 * the labs record. autocannon drives N concurrent clients for a while against a hub on the demo
 * population at a scale, each client cycling through a mix of the dashboard's reads (public, and
 * with an ANALYST key) and operator writes; then every acknowledged write is looked for and the
 * summaries are compared with their recomputation. Results go in BENCHMARKS.md.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { createApp } from '../../server/app.js';
import { runCli } from '../../server/cli/run.js';
import { loadConfig, PROJECT_ROOT } from '../../server/config.js';
import { migrateUp, openOrm } from '../../server/db/orm.js';
import { checkSummaries } from '../../server/db/summaries.js';
import { benchServer } from './server.js';
import { createLogger } from '../../server/logger.js';
import { seedDatabase } from '../../seeds/seed.js';

const HELP = `Usage: npm run load [-- options]

Seeds the demo population at a scale into a fresh database, starts the hub on it, and runs
autocannon: concurrent clients for a duration, each cycling through the dashboard's seven
documents as the public, an operator recording an activity, the seven with an ANALYST key, and
another activity (2 writes in every 16 requests). Then: every acknowledged write must be in the database, and the summaries
equal to their recomputation. Prints requests, failures, throughput and latency percentiles.

Options:
  --scale N         demo scale (default 100: about 410,000 people, 1.5 million attendances)
  --connections N   concurrent clients (default 100)
  --duration S      seconds (default 60)
  --as-of DATE      the reports' asOf (default 2020-08-31)
  --documents       also a line per document (its failures are counted in its kind's line)
  -h, --help        show this help

Uses the server of DATABASE_URL when set (creating and dropping its own database), otherwise
a throw-away embedded PostgreSQL. Exit code 1 when a request failed, a write is missing or a
summary differs.`;

/** The dashboard's documents, as its panels send them when it opens (dashboard/src/panels/). */
const PANELS = [
  'headline/headline',
  'funding/funding',
  'reach/reach',
  'reach-over-time/reach-over-time',
  'outcomes/outcomes',
  'debt/debt',
  'esf/esf',
];

const WRITE = `mutation LoadRecordActivity($input: ActivityInput!) { recordActivity(input: $input) { id } }`;

type Kind = 'public read' | 'analyst read' | 'operator write';

interface Tally {
  latencies: number[];
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100' },
      connections: { type: 'string', default: '100' },
      duration: { type: 'string', default: '60' },
      'as-of': { type: 'string', default: '2020-08-31' },
      documents: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const scale = Number(values.scale);
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const asOf = values['as-of'];
  if (!(scale > 0) || !(connections > 0) || !(duration > 0)) throw new Error('--scale, --connections and --duration take positive numbers');

  const log = createLogger('warn');
  const server = await benchServer('load', log);
  const { admin } = server;
  const name = `quartieri_load_${process.pid}`;
  let failed: boolean | undefined;
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const databaseUrl = server.urlFor(name);
    const orm = await openOrm(databaseUrl, { logger: () => undefined });
    await migrateUp(orm);
    await orm.close(true);
    const seedPool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    const seeded = Date.now();
    const summary = await seedDatabase(seedPool, { demoScale: scale });
    await seedPool.query('analyze');
    await seedPool.end();
    console.log(
      `Quartieri load test · node ${process.version} · scale ${scale}: ${summary.people.toLocaleString('en')} people, ` +
        `${summary.attendances.toLocaleString('en')} attendances (seeded in ${((Date.now() - seeded) / 1000).toFixed(0)} s) · ` +
        `${connections} clients for ${duration} s`,
    );

    const adminSecret = randomBytes(24).toString('hex');
    const app = await createApp(
      {
        ...loadConfig({ PORT: '0', LOG_LEVEL: 'warn', ADMIN_SECRET: adminSecret, PSEUDONYM_KEY: randomBytes(24).toString('hex') }),
        databaseUrl,
        seedOnStart: false,
      },
      { log },
    );
    try {
      const key = async (role: string, projectCodes?: string[]) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${adminSecret}` },
          body: JSON.stringify({
            query: 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
            variables: { i: { label: `load ${role}`, role, projectCodes } },
          }),
        });
        const body = (await response.json()) as { data?: { createApiKey: { token: string } }; errors?: unknown };
        if (!body.data) throw new Error(`no ${role} key: ${JSON.stringify(body.errors)}`);
        return body.data.createApiKey.token;
      };
      const analyst = await key('ANALYST');
      const operator = await key('OPERATOR', ['GOLAB']);

      const tallies: Record<Kind, Tally> = {
        'public read': { latencies: [], failures: 0 },
        'analyst read': { latencies: [], failures: 0 },
        'operator write': { latencies: [], failures: 0 },
      };
      const acknowledged: string[] = [];
      const failures = new Map<string, number>();
      const json = { 'content-type': 'application/json' };
      const documents = await Promise.all(
        PANELS.map((panel) => readFile(path.join(PROJECT_ROOT, 'dashboard', 'src', 'panels', `${panel}.graphql`), 'utf8')),
      );
      const read = (query: string, token?: string) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: token ? { ...json, authorization: `Bearer ${token}` } : json,
        body: JSON.stringify({ query, variables: { filter: { asOf }, asOf } }),
      });
      const write = { method: 'POST' as const, path: '/graphql', headers: { ...json, authorization: `Bearer ${operator}` } };
      // One client's cycle: the dashboard opened by the public, an activity recorded, the dashboard with an ANALYST key, another activity.
      const cycle: { kind: Kind; name: string; request: autocannon.Request }[] = [
        ...documents.map((query, i) => ({ kind: 'public read' as const, name: PANELS[i]!, request: read(query) })),
        { kind: 'operator write' as const, name: 'recordActivity', request: write },
        ...documents.map((query, i) => ({ kind: 'analyst read' as const, name: PANELS[i]!, request: read(query, analyst) })),
        { kind: 'operator write' as const, name: 'recordActivity', request: write },
      ];
      /** Latencies per kind and document, for the breakdown. */
      const byDocument = new Map<string, number[]>();
      interface Context {
        started?: bigint;
        /** This client's place in the cycle: each client starts at its own, so every kind runs from the first second. */
        step?: number;
      }
      let clients = 0;
      // One request slot that each client fills in turn from the cycle.
      const requests: autocannon.Request[] = [
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (_req: autocannon.Request, context: Context) => {
            context.started = process.hrtime.bigint();
            context.step = context.step === undefined ? (clients++ * 7) % cycle.length : (context.step + 1) % cycle.length;
            const { kind, request } = cycle[context.step]!;
            if (kind !== 'operator write') return request;
            const input = { projectCode: 'GOLAB', heldOn: '2020-06-15', kind: 'COMMUNITY_ANIMATION', title: `Load ${randomUUID()}` };
            return { ...request, body: JSON.stringify({ query: WRITE, variables: { input } }) };
          },
          onResponse: (status: number, body: string, context: Context) => {
            const { kind: k, name } = cycle[context.step!]!;
            const tally = tallies[k];
            const ms = Number(process.hrtime.bigint() - context.started!) / 1e6;
            tally.latencies.push(ms);
            const label = `${k}: ${name}`;
            const latencies = byDocument.get(label) ?? [];
            latencies.push(ms);
            byDocument.set(label, latencies);
            let errors: { extensions?: { code?: string } }[] | undefined;
            let id: string | undefined;
            try {
              const parsed = JSON.parse(body) as { errors?: typeof errors; data?: { recordActivity?: { id: string } } };
              errors = parsed.errors;
              id = parsed.data?.recordActivity?.id;
            } catch {
              errors = [{ extensions: { code: 'NOT_JSON' } }];
            }
            if (status !== 200 || errors) {
              tally.failures += 1;
              const reason = `${k}: ${status} ${errors?.[0]?.extensions?.code ?? ''}`;
              failures.set(reason, (failures.get(reason) ?? 0) + 1);
            } else if (id) acknowledged.push(id);
          },
        },
      ];

      const result = await autocannon({ url: app.url, connections, duration, requests, timeout: 60 });
      const elapsed = result.duration;
      const all = Object.values(tallies).flatMap((t) => t.latencies);
      console.log('\n| requests | kind | failed | throughput, req/s | p50 ms | p95 ms | p99 ms |');
      console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
      const row = (label: string, latencies: number[], failures: number) => {
        const sorted = [...latencies].sort((a, b) => a - b);
        const f = (p: number) => percentile(sorted, p).toFixed(0);
        console.log(
          `| ${sorted.length.toLocaleString('en')} | ${label} | ${failures} | ${(sorted.length / elapsed).toFixed(0)} | ${f(50)} | ${f(95)} | ${f(99)} |`,
        );
      };
      for (const [kind, tally] of Object.entries(tallies)) row(kind, tally.latencies, tally.failures);
      if (values.documents) for (const [label, latencies] of [...byDocument].sort()) row(label, latencies, 0);
      const failedRequests = Object.values(tallies).reduce((sum, t) => sum + t.failures, 0);
      row('all', all, failedRequests);
      console.log(
        `\nautocannon: ${result.requests.total.toLocaleString('en')} requests in ${elapsed.toFixed(1)} s, ` +
          `${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      );
      for (const [reason, n] of failures) console.log(`  failed: ${reason} × ${n}`);

      const { rows } = await app.db.pool.query<{ n: number }>(`select count(*)::int as n from activity where id = any($1::uuid[])`, [
        acknowledged,
      ]);
      const present = rows[0]!.n;
      console.log(`Acknowledged writes: ${acknowledged.length.toLocaleString('en')}; present afterwards: ${present.toLocaleString('en')}.`);
      const checks = await checkSummaries(app.db.pool);
      console.log(
        checks.length === 0
          ? 'Summaries: every one equals its recomputation.'
          : `Summaries: ${checks.map((c) => c.table).join(', ')} differ.`,
      );
      failed = failedRequests > 0 || result.errors > 0 || result.timeouts > 0 || present !== acknowledged.length || checks.length > 0;
    } finally {
      await app.stop();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await server.stop();
  }
  if (failed) process.exitCode = 1;
}

runCli(main);
