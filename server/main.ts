/**
 * npm start: configuration → database (embedded unless DATABASE_URL) → migrations → seed when
 * empty → schema → HTTP. Ctrl-C (SIGINT) or SIGTERM stops the server and the embedded PostgreSQL.
 */
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { buildDashboard, dashboardBuilt } from './http/static.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(`Usage: npm start

Starts Quartieri: an embedded PostgreSQL under DATA_DIR (unless DATABASE_URL is set), the
committed migrations, the article's projects and the synthetic demo population when the
database is empty, then the GraphQL API and the dashboard on PORT. See .env.example.`);
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
    log.info('building the dashboard (first start)…');
    await buildDashboard();
  }
  const app = await createApp(config, { log });
  const database = app.db.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';
  log.info(`Quartieri is running: dashboard ${app.url}/ · GraphQL ${app.url}/graphql · health ${app.url}/healthz · ${database}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`received ${signal}, stopping`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Quartieri could not start: ${error.message}` : error);
  process.exit(1);
});
