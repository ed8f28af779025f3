/**
 * npm run bench -- --peer: the hub side by side with its own SQL and with PostGraphile 5, on one
 * database per scale. Contenders:
 *   hub        the hub over HTTP, its own process, report cache off (REPORT_CACHE_ENTRIES=0);
 *   hub+cache  the same with REPORT_CACHE_ENTRIES=1000 (has effect once the hub has that cache);
 *   R          the hub's SQL statements through `pg` (the baseline);
 *   P          PostGraphile on the base tables (SQL functions in the `peer` schema where its
 *              filters cannot express a question);
 *   P'         PostGraphile on the hub's summary tables.
 * Answers are checked equal (each against R) before any timing; a contender whose answer differs
 * is not timed on that question. Then, in `sets` interleaved sets (the contenders' order rotates
 * from one set to the next), one client's latency and the throughput of several; the figures are
 * the medians over the sets. Then statements per request (pg_stat_statements) and each server's
 * memory. Prints a Markdown table ready for BENCHMARKS.md.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../../../server/logger.js';
import { seededDatabase } from '../seeded.js';
import { benchServer } from '../server.js';
import type { ServerProcess } from './child.js';
import { memoryOf } from './child.js';
import { startHub } from './hub.js';
import { answer, firstDifference, latency, median, quiesce, statementsPerRequest, throughput, type Endpoint } from './measure.js';
import { PEER_SCHEMA_SQL } from './peer-schema.js';
import { ensurePeerInstalled, PEER_PACKAGES, startPostGraphile } from './postgraphile.js';
import { peerQuestions, type ContenderKey, type Question } from './questions.js';

export interface PeerOptions {
  scales: number[];
  sets: number;
  runs: number;
  seconds: number;
  /** The hub processes' --max-old-space-size (MiB); 0 = Node.js's default. */
  hubHeapMb: number;
  asOf: string;
  /** The command line, printed at the top. */
  command: string;
  log: Logger;
}

interface Contender {
  key: ContenderKey;
  label: string;
  endpoint: Endpoint;
  process?: ServerProcess;
}

const CONTENDER_ORDER: ContenderKey[] = ['hub', 'hubCached', 'R', 'P', "P'"];
const LABELS: Record<ContenderKey, string> = { hub: 'hub', hubCached: 'hub, cache on', R: 'R', P: 'P', "P'": "P'" };
const CACHE_ENTRIES = 1000;

/** How a contender asks a question (the hub with its cache asks as the hub); undefined: not asked. */
const askOf = (question: Question, contender: Contender) => question.ask[contender.key === 'hubCached' ? 'hub' : contender.key];

/** The contenders in the order of set `set` (rotated by one each set). */
const rotated = <T>(items: T[], set: number) => items.map((_, i) => items[(i + set) % items.length]!);

const fmt = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

export async function runPeer(options: PeerOptions): Promise<void> {
  const { scales, sets, runs, seconds, asOf, command, log } = options;
  console.log(`\`${command}\``);
  await ensurePeerInstalled();
  const server = await benchServer('peer', log, {
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track_utility': 'off',
    // Two hubs, two PostGraphiles and R's 50 connections at once.
    max_connections: '300',
  });
  console.log(
    `\nQuartieri peer benchmark · node ${process.version} · ${Object.entries(PEER_PACKAGES)
      .map(([n, v]) => `${n} ${v}`)
      .join(', ')} · asOf ${asOf} · ${sets} sets of ${runs} runs (latency) and ${seconds} s (throughput) per contender`,
  );
  try {
    for (const scale of scales) await runScale(server, scale, options);
  } finally {
    await server.stop();
  }
}

async function runScale(server: Awaited<ReturnType<typeof benchServer>>, scale: number, options: PeerOptions): Promise<void> {
  const { sets, runs, seconds, asOf } = options;
  const database = await seededDatabase(server, `quartieri_peer_${String(scale).replace('.', '_')}_${process.pid}`, scale);
  const started: ServerProcess[] = [];
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  pool.on('error', () => undefined);
  const stats = new pg.Client({ connectionString: database.url });
  try {
    console.log(`\nScale ${scale}: ${database.description}`);
    await stats.connect();
    // pg_stat_statements needs shared_preload_libraries: set on the embedded server, maybe not on DATABASE_URL's.
    const statementsCounted = await stats
      .query('create extension if not exists pg_stat_statements')
      .then(() => stats.query('select 1 from pg_stat_statements limit 1'))
      .then(
        () => true,
        (error: Error) => {
          console.log(`Statements per request not counted: pg_stat_statements is not available (${error.message})`);
          return false;
        },
      );
    await stats.query(PEER_SCHEMA_SQL);
    const { rows: projectRows } = await stats.query<{ code: string }>('select code from project order by code');
    const questions = await peerQuestions(
      asOf,
      projectRows.map((r) => r.code),
    );

    const pseudonymKey = randomBytes(24).toString('hex');
    const hub = await startHub(database.url, pseudonymKey, 0, options.hubHeapMb);
    started.push(hub);
    const hubCached = await startHub(database.url, pseudonymKey, CACHE_ENTRIES, options.hubHeapMb);
    started.push(hubCached);
    const p = await startPostGraphile('base', database.url, ['public', 'peer']);
    started.push(p);
    const p2 = await startPostGraphile('summaries', database.url, ['public']);
    started.push(p2);
    console.log(`The hub: \`${hub.command}\`; the hub with the cache: REPORT_CACHE_ENTRIES=${CACHE_ENTRIES}`);
    const contenders: Contender[] = [
      {
        key: 'hub',
        label: LABELS.hub,
        process: hub,
        endpoint: { kind: 'graphql', url: hub.url, headers: { authorization: `Bearer ${hub.adminSecret}` } },
      },
      {
        key: 'hubCached',
        label: LABELS.hubCached,
        process: hubCached,
        endpoint: { kind: 'graphql', url: hubCached.url, headers: { authorization: `Bearer ${hubCached.adminSecret}` } },
      },
      { key: 'R', label: LABELS.R, endpoint: { kind: 'sql', pool } },
      { key: 'P', label: LABELS.P, process: p, endpoint: { kind: 'graphql', url: p.url, headers: {} } },
      { key: "P'", label: LABELS["P'"], process: p2, endpoint: { kind: 'graphql', url: p2.url, headers: {} } },
    ];

    // 1. The answers, each against R's, before any timing.
    console.log('\nAnswers (each compared with R before timing):');
    const timed = new Map<string, Contender[]>();
    for (const question of questions) {
      const reference = await answer({ kind: 'sql', pool }, question.ask.R!);
      const ok: Contender[] = [];
      const verdicts: string[] = [];
      for (const contender of contenders) {
        const ask = askOf(question, contender);
        if (!ask) {
          verdicts.push(`${contender.label}: not asked`);
          continue;
        }
        try {
          const difference = contender.key === 'R' ? undefined : firstDifference(await answer(contender.endpoint, ask), reference);
          if (difference) verdicts.push(`${contender.label}: DIFFERS, not timed (${difference})`);
          else {
            ok.push(contender);
            verdicts.push(`${contender.label}: equal${ask.note ? ` (${ask.note})` : ''}`);
          }
        } catch (error) {
          verdicts.push(`${contender.label}: FAILED, not timed (${(error as Error).message.slice(0, 300)})`);
        }
      }
      timed.set(question.key, ok);
      console.log(`- ${question.label} [compared: ${question.compared}]`);
      for (const verdict of verdicts) console.log(`  - ${verdict}`);
    }

    // 2. Latency, then throughput, in interleaved sets.
    const latencies = new Map<string, number[]>();
    const rates = new Map<string, number[]>();
    const failures = new Map<string, string>();
    const cell = (question: Question, contender: Contender) => `${question.key}/${contender.key}`;
    for (let set = 0; set < sets; set += 1) {
      for (const question of questions) {
        for (const contender of rotated(timed.get(question.key)!, set)) {
          const ask = askOf(question, contender)!;
          const ms = await latency(contender.endpoint, ask, runs);
          latencies.set(cell(question, contender), [...(latencies.get(cell(question, contender)) ?? []), ms]);
        }
      }
      for (const question of questions.filter((q) => q.connections)) {
        for (const contender of rotated(timed.get(question.key)!, set)) {
          const ask = askOf(question, contender)!;
          const result = await throughput(contender.endpoint, ask, question.connections!, seconds);
          await quiesce(stats);
          rates.set(cell(question, contender), [...(rates.get(cell(question, contender)) ?? []), result.requestsPerSecond]);
          if (result.failures > 0 && !failures.has(cell(question, contender)))
            failures.set(cell(question, contender), `${result.failures} (first: ${result.firstFailure ?? 'unknown'})`);
        }
      }
      console.log(`  set ${set + 1} of ${sets} done`);
    }
    // 3. Memory of each server process, right after the throughput runs.
    const memory = new Map<ContenderKey, { rss: number; peak: number }>();
    for (const contender of contenders) if (contender.process) memory.set(contender.key, await memoryOf(contender.process.pid));
    // 4. Statements per request.
    const statements = new Map<string, number>();
    for (const question of statementsCounted ? questions : []) {
      for (const contender of timed.get(question.key)!) {
        const ask = askOf(question, contender)!;
        statements.set(cell(question, contender), await statementsPerRequest(stats, contender.endpoint, ask));
      }
    }

    // 5. The table.
    const value = (map: Map<string, number[]>, question: Question, key: ContenderKey) => {
      const samples = map.get(`${question.key}/${key}`);
      return samples ? median(samples) : undefined;
    };
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);
    console.log(`\n| workload (scale ${scale}) | ${CONTENDER_ORDER.map((k) => LABELS[k]).join(' | ')} | hub/R | hub/P' | cache on/off |`);
    console.log(`| --- | ${CONTENDER_ORDER.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`);
    for (const question of questions) {
      const v = (k: ContenderKey) => value(latencies, question, k);
      console.log(
        `| ${question.label}, median ms | ${CONTENDER_ORDER.map((k) => fmt(v(k), 2)).join(' | ')} | ${ratio(v('hub'), v('R'))} | ${ratio(v('hub'), v("P'"))} | ${ratio(v('hubCached'), v('hub'))} |`,
      );
    }
    for (const question of questions.filter((q) => q.connections)) {
      const v = (k: ContenderKey) => value(rates, question, k);
      console.log(
        `| ${question.key}, ${question.connections} connections, requests/s | ${CONTENDER_ORDER.map((k) => fmt(v(k), 0)).join(' | ')} | ${ratio(v('hub'), v('R'))} | ${ratio(v('hub'), v("P'"))} | ${ratio(v('hubCached'), v('hub'))} |`,
      );
    }
    for (const question of questions) {
      const v = (k: ContenderKey) => statements.get(`${question.key}/${k}`);
      console.log(
        `| ${question.key}, statements per request | ${CONTENDER_ORDER.map((k) => fmt(v(k), 1)).join(' | ')} | ${ratio(v('hub'), v('R'))} | ${ratio(v('hub'), v("P'"))} | ${ratio(v('hubCached'), v('hub'))} |`,
      );
    }
    console.log(
      `| server RSS after the throughput runs, MiB (peak) | ${CONTENDER_ORDER.map((k) => {
        const m = memory.get(k);
        return m ? `${m.rss.toFixed(0)} (${m.peak.toFixed(0)})` : '–';
      }).join(' | ')} | | | |`,
    );
    console.log(
      '\nLatency: one client, median over the sets of each set\'s median; "whole dashboard": its documents (or statements) sent in parallel, until the last answer. ' +
        "Throughput: autocannon (R: as many pg connections in a loop), median over the sets. hub/R and hub/P': the hub's figure divided by theirs " +
        '(above 1 is slower for latency and statements, faster for throughput); cache on/off: the hub with its report cache divided by the hub without. ' +
        'Statements per request: pg_stat_statements, top-level statements ' +
        'without utility commands, over 10 requests one after another. "–": not asked, or not timed (see the answers above).',
    );
    if (failures.size > 0)
      console.log(
        `Failed requests in the throughput runs (first set with failures): ${[...failures].map(([k, n]) => `${k}: ${n}`).join('; ')}`,
      );
  } finally {
    await Promise.allSettled(started.map((s) => s.stop()));
    await stats.end().catch(() => undefined);
    await pool.end();
    await database.drop();
  }
}
