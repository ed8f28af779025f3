/**
 * Prometheus metrics (prom-client) for the people who run the hub: HTTP requests and GraphQL
 * operations with their latency, errors by code, the database pool, and the summaries' last
 * check. Served at /metrics only when METRICS_TOKEN is set, to a caller that presents it
 * (`Authorization: Bearer …`): never public, and absent by default.
 *
 * Label values come from a closed set or are capped: the operation name is the client's, so a
 * name that is not a plain identifier, or any past the first MAX_OPERATION_NAMES, counts as
 * "other" (a client cannot grow the registry without bound).
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { ReportCache } from '../db/report-cache.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReadCounts } from '../db/database.js';
import type { ReplicaSet } from '../db/replicas.js';

export const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The outcome of a check of the summaries against their recomputation. */
export interface SummariesCheckResult {
  at: Date;
  seconds: number;
  /** Differing keys over every summary table; 0 = exact. */
  differences: number;
}

export class HubMetrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly httpRequests: Counter<'route' | 'method' | 'status'>;
  private readonly httpSeconds: Histogram<'route' | 'method'>;
  private readonly operations: Counter<'operation' | 'type'>;
  private readonly operationSeconds: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;
  private lastCheck: SummariesCheckResult | undefined;

  constructor(pool: pg.Pool, reports?: ReportCache) {
    collectDefaultMetrics({ register: this.registry, prefix: 'quartieri_process_' });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'quartieri_http_requests_total',
      help: 'HTTP requests answered, by route (as declared, never the raw path), method and status',
      labelNames: ['route', 'method', 'status'],
      registers,
    });
    this.httpSeconds = new Histogram({
      name: 'quartieri_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route and method',
      labelNames: ['route', 'method'],
      buckets: SECONDS,
      registers,
    });
    this.operations = new Counter({
      name: 'quartieri_graphql_operations_total',
      help: 'GraphQL operations answered, by operation name ("anonymous", or "other" past the cap) and type',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.operationSeconds = new Histogram({
      name: 'quartieri_graphql_operation_duration_seconds',
      help: 'Time from the start of a GraphQL request to its answer, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: SECONDS,
      registers,
    });
    this.errors = new Counter({
      name: 'quartieri_graphql_errors_total',
      help: 'GraphQL errors sent to callers, by their extensions.code',
      labelNames: ['code'],
      registers,
    });
    new Gauge({
      name: 'quartieri_db_pool_connections',
      help: 'Database pool connections: in use, idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    const lastCheck = () => this.lastCheck;
    const checkGauge = (name: string, help: string, value: (check: SummariesCheckResult) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const check = lastCheck();
          if (check) this.set(value(check));
        },
      });
    checkGauge(
      'quartieri_summaries_last_check_timestamp_seconds',
      'When the summaries were last compared with their recomputation (Unix time; absent before the first check)',
      (c) => c.at.getTime() / 1000,
    );
    checkGauge(
      'quartieri_summaries_last_check_differences',
      'Keys of the summary tables that differed from their recomputation at the last check (0 = exact)',
      (c) => c.differences,
    );
    checkGauge('quartieri_summaries_last_check_duration_seconds', 'How long the last check of the summaries took', (c) => c.seconds);
    if (reports) {
      new Gauge({
        name: 'quartieri_report_cache_reads',
        help: 'Report reads since the start, by how they were answered: hit (kept at the current data version), shared (joined a computation under way), computed',
        labelNames: ['answer'],
        registers,
        collect() {
          this.set({ answer: 'hit' }, reports.stats.hits);
          this.set({ answer: 'shared' }, reports.stats.shared);
          this.set({ answer: 'computed' }, reports.stats.computed);
        },
      });
      new Gauge({
        name: 'quartieri_report_cache_version_checks',
        help: 'Data version checks since the start (each one statement, shared by the requests that asked while one was under way)',
        registers,
        collect() {
          this.set(reports.stats.checks);
        },
      });
      new Gauge({
        name: 'quartieri_report_cache_entries',
        help: 'Report answers kept (REPORT_CACHE_ENTRIES at most)',
        registers,
        collect() {
          this.set(reports.statistics().entries);
        },
      });
    }
  }

  /**
   * The read replicas (DATABASE_REPLICA_URLS): the reports' reads by the server that answered them,
   * the reads a replica handed back to the primary (by reason), and each replica's state.
   */
  watchReplicas(db: { reads: ReadCounts; replicas: ReplicaSet | undefined }): void {
    const replicas = db.replicas;
    if (!replicas) return;
    const registers = [this.registry];
    /** A counter kept elsewhere, brought up to date at each scrape. */
    const mirrored = <L extends string>(name: string, help: string, labelNames: L[], read: () => [Record<L, string>, number][]) => {
      const seen = new Map<string, number>();
      new Counter({
        name,
        help,
        labelNames,
        registers,
        collect() {
          for (const [labels, value] of read()) {
            const key = JSON.stringify(labels);
            const delta = value - (seen.get(key) ?? 0);
            seen.set(key, value);
            this.inc(labels, delta);
          }
        },
      });
    };
    mirrored(
      'quartieri_report_reads_total',
      'Report statements (reads), by the server that answered them: primary or replica',
      ['target'],
      () => [
        [{ target: 'primary' }, db.reads.primary],
        [{ target: 'replica' }, db.reads.replica],
      ],
    );
    mirrored(
      'quartieri_replica_fallbacks_total',
      "Reads a replica handed to the primary, by reason: unavailable, lagging (not replayed the writer's last write in REPLICA_WAIT_MS), conflict (cancelled by replay), not-a-standby",
      ['reason'],
      () => Object.entries(replicas.fallbacks).map(([reason, n]) => [{ reason }, n]),
    );
    new Gauge({
      name: 'quartieri_replica_available',
      help: 'Each read replica: 1 while it is used, 0 while it is skipped (unreachable, or not a standby)',
      labelNames: ['replica'],
      registers,
      collect() {
        for (const state of replicas.states()) this.set({ replica: state.name }, state.available && state.standby ? 1 : 0);
      },
    });
  }

  /** The label of a client's operation name: itself, "anonymous", or "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }

  observeHttp(request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = request.method;
    this.httpRequests.inc({ route, method, status: String(reply.statusCode) });
    this.httpSeconds.observe({ route, method }, reply.elapsedTime / 1000);
  }

  recordSummariesCheck(result: SummariesCheckResult): void {
    this.lastCheck = result;
  }

  /** Counts operations, their latency and the errors sent, as Apollo answers. */
  plugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: () => {
        const started = process.hrtime.bigint();
        return Promise.resolve({
          willSendResponse: ({ request, operation, response }) => {
            const labels = {
              operation: this.operationLabel(request.operationName ?? operation?.name?.value),
              type: operation?.operation ?? 'none',
            };
            this.operations.inc(labels);
            this.operationSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
            if (response.body.kind === 'single') {
              for (const error of response.body.singleResult.errors ?? []) {
                const code = error.extensions?.code;
                this.errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
              }
            }
            return Promise.resolve();
          },
        });
      },
    };
  }
}

/** Whether the Authorization header carries the metrics token (compared in constant time). */
export function presentsToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}
