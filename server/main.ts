/**
 * npm start: configuration → database (embedded unless DATABASE_URL) → migrations → seed when
 * empty → schema → HTTP. Ctrl-C (SIGINT) or SIGTERM stops it in order: no new connections, the
 * requests in flight finish (within SHUTDOWN_GRACE_MS), the ORM and the pool close, the embedded
 * PostgreSQL stops; exit status 0.
 * The dashboard is built at install/build time (npm install runs `prepare`); a production start
 * never builds it. `npm start` runs server/start.js, which loads this module compiled (dist/, with
 * NODE_ENV=production) or through tsx (otherwise).
 */
import { createApp, type App } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { buildDashboard, dashboardBuilt } from './http/static.js';
import { createLogger } from './logger.js';

const HELP = `Usage: npm start [-- --help]

Starts Quartieri: an embedded PostgreSQL under DATA_DIR (unless DATABASE_URL is set), the
committed migrations, the article's projects and (outside production) the synthetic demo
population when the database is empty, then the GraphQL API (/graphql), the dashboard (/),
the GraphQL IDE (/graphiql), the downloads (/reports/*.csv|xlsx) and the probes (/healthz,
/readyz) on PORT.
With NODE_ENV=production it runs the compiled JavaScript of \`npm run build\` (dist/), else the
TypeScript sources through tsx. The dashboard is built by \`npm install\` / \`npm run build\`; with
NODE_ENV=production and no build (of the server or of the dashboard), the start stops and says so.

Environment variables (all optional outside production; see .env.example):
  NODE_ENV               development | production | test (default development). production:
                         ADMIN_SECRET and PSEUDONYM_KEY required, DEMO_SCALE refused, no demo
                         population, the dashboard must be built already
  PORT                   HTTP port, 0 = any free one (default 4000)
  HOST                   interface to listen on (default 127.0.0.1)
  DATABASE_URL           external PostgreSQL, postgres://user@host:port/database
                         (unset: an embedded PostgreSQL under DATA_DIR)
  DATABASE_REPLICA_URLS  comma-separated postgres:// URLs of streaming hot standbys of the
                         primary; the reports read from them, a writer's reports only once
                         they have replayed its last write (empty: none)
  REPLICA_WAIT_MS        how long a writer's report waits for a replica to replay its last
                         write before reading the primary, 0-10000 (default 200)
  DATA_DIR               folder of the embedded PostgreSQL and the generated key (default .data)
  SEED_ON_START          seed an empty database at start: true | false (default true): the
                         article's projects, and the demo population outside production
  DEMO_SCALE             size of the synthetic demo population, 0-1000 (default 1); refused in
                         production (any value but 0)
  ADMIN_SECRET           the admin bearer token, 16+ characters; required in production
                         (unset elsewhere: nothing can be written)
  PSEUDONYM_KEY          key of the fiscal-code hashes, 32+ characters; required in production
                         (unset: DATA_DIR/pseudonym-key, generated for a new database). The
                         database keeps its fingerprint: a start with another key is refused
  SUPPRESSION_THRESHOLD  public breakdown counts published below this are shown as null (default 10;
                         docs/disclosure.md)
  GRAPHQL_INTROSPECTION  schema introspection: true | false (default true)
  REQUEST_TIMEOUT_MS     a GraphQL request running longer is answered 503 and its SQL
                         cancelled, 100-600000 (default 30000)
  SHUTDOWN_GRACE_MS      on SIGTERM/SIGINT, how long requests in flight may take to finish
                         before their connections are closed, 0-600000 (default 10000)
  TRUSTED_DOCUMENTS      ANALYST keys may run only schema/operations/, the dashboard's documents
                         and introspection: true | false (default false)
  METRICS_TOKEN          bearer token of GET /metrics (Prometheus), 16+ characters
                         (unset: no /metrics)
  SUMMARIES_CHECK_MINUTES  minutes between the hub's checks of its summaries, reported in
                         /metrics; 0 = never (default 60; 0 under NODE_ENV=test)
  REPORT_CACHE_ENTRIES   report answers kept, keyed by the database's data version (never stale);
                         0 = no cache and no sharing, 0-1000000 (default 1000)
  LOG_LEVEL              debug | info | warn | error | silent (default info)
  LOG_FORMAT             json | pretty (default: JSON in production or when stderr is not a
                         terminal, pretty otherwise)`;

/** What runs: this module compiled by `npm run build` (dist/server/main.js), or its source through tsx. */
const RUNS = import.meta.url.endsWith('.js') ? 'compiled JavaScript (dist/)' : 'TypeScript through tsx';

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  if (!dashboardBuilt()) {
    if (config.nodeEnv === 'production') {
      console.error(
        'Quartieri could not start: the dashboard is not built (dashboard/dist is missing). Run `npm run build` (npm install does it too) before `npm start`.',
      );
      process.exit(1);
    }
    log.info('building the dashboard (development start, dashboard/dist is missing)…');
    await buildDashboard();
  }
  // Signals are handled from here on, also during the start: the embedded PostgreSQL runs in a
  // process group of its own (a Ctrl-C reaches only the hub), so the hub must always stop it.
  const started: { app?: App } = {};
  let stopping = false;
  const stop = () => {
    started.app!.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn(`received ${signal} again: already stopping (at most SHUTDOWN_GRACE_MS for the requests in flight)`);
      return;
    }
    stopping = true;
    log.info(`received ${signal}, stopping`);
    if (started.app) stop();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const app = (started.app = await createApp(config, { log }));
  const database = app.db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';
  log.info(`Quartieri is running: dashboard ${app.url}/ · GraphQL ${app.url}/graphql · health ${app.url}/healthz · ${database} · ${RUNS}`);
  // A signal that came during the start stops the hub now that it can be stopped in order.
  if (stopping) stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Quartieri could not start: ${error.message}` : error);
  process.exit(1);
});
