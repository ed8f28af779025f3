import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PROJECT_ROOT } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database under .data on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.join(PROJECT_ROOT, '.data'),
      seedOnStart: true,
      demoScale: 1,
    });
  });

  it('reads DATABASE_URL and DATA_DIR', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/quartieri', DATA_DIR: '/srv/quartieri' });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/quartieri');
    expect(config.dataDir).toBe('/srv/quartieri');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DEMO_SCALE: '-1' }, 'DEMO_SCALE'],
    [{ ADMIN_SECRET: 'short' }, 'ADMIN_SECRET'],
    [{ PSEUDONYM_KEY: 'too short' }, 'PSEUDONYM_KEY'],
    [{ NODE_ENV: 'production' }, 'PSEUDONYM_KEY'],
  ])('refuses %j, naming %s', (env, variable) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toContain(variable);
  });
});
