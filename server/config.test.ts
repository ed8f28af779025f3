import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, PROJECT_ROOT } from './config.js';

/** The least a production start needs. */
const PRODUCTION = {
  NODE_ENV: 'production',
  ADMIN_SECRET: 'a production admin secret',
  PSEUDONYM_KEY: 'a production pseudonymisation key, 32+ characters',
};

function refusal(env: Record<string, string>): ConfigError | undefined {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  return undefined;
}

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

  it('reads DATABASE_REPLICA_URLS as a list (empty: none) and REPLICA_WAIT_MS, refusing what is not a database URL', () => {
    expect(loadConfig({})).toMatchObject({ databaseReplicaUrls: [], replicaWaitMs: 200 });
    expect(loadConfig({ DATABASE_REPLICA_URLS: ' ' }).databaseReplicaUrls).toEqual([]);
    const two = 'postgres://reader@10.0.0.2:5432/quartieri, postgresql://reader@10.0.0.3/quartieri';
    expect(loadConfig({ DATABASE_REPLICA_URLS: two, REPLICA_WAIT_MS: '0' })).toMatchObject({
      databaseReplicaUrls: ['postgres://reader@10.0.0.2:5432/quartieri', 'postgresql://reader@10.0.0.3/quartieri'],
      replicaWaitMs: 0,
    });
    for (const bad of ['replica-1', 'http://10.0.0.2/quartieri', 'postgres://10.0.0.2:5432', 'postgres://a/q,,postgres://b/q']) {
      expect(refusal({ DATABASE_REPLICA_URLS: bad })?.variable).toBe('DATABASE_REPLICA_URLS');
    }
    expect(refusal({ REPLICA_WAIT_MS: '10001' })?.variable).toBe('REPLICA_WAIT_MS');
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
    [{ NODE_ENV: 'production', ADMIN_SECRET: PRODUCTION.ADMIN_SECRET }, 'PSEUDONYM_KEY'],
    [{ NODE_ENV: 'production', PSEUDONYM_KEY: PRODUCTION.PSEUDONYM_KEY }, 'ADMIN_SECRET'],
    [{ ...PRODUCTION, DEMO_SCALE: '1' }, 'DEMO_SCALE'],
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

describe('loadConfig in production', () => {
  it('starts with the two secrets, seeding the article only: no demo population', () => {
    const config = loadConfig(PRODUCTION);
    expect(config).toMatchObject({ nodeEnv: 'production', seedOnStart: true, demoScale: 0 });
    expect(loadConfig({ ...PRODUCTION, DEMO_SCALE: '0' }).demoScale).toBe(0);
  });

  it('refuses every demo scale above 0, naming DEMO_SCALE, which development takes as it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.boolean(), (scale, seedOnStart) => {
        const env = { DEMO_SCALE: String(scale), SEED_ON_START: String(seedOnStart) };
        const error = refusal({ ...PRODUCTION, ...env });
        expect(error?.variable).toBe('DEMO_SCALE');
        expect(error?.message).toContain('refused in production');
        expect(loadConfig({ ...env, NODE_ENV: 'development' }).demoScale).toBe(scale);
      }),
    );
  });

  it.each([
    ['ADMIN_SECRET', undefined],
    ['ADMIN_SECRET', ''],
    ['PSEUDONYM_KEY', undefined],
    ['PSEUDONYM_KEY', ''],
  ] as const)('refuses %s missing (%j), naming it; outside production the same environment starts', (missing, value) => {
    const env: Record<string, string> = { ...PRODUCTION };
    if (value === undefined) delete env[missing];
    else env[missing] = value;
    const error = refusal(env);
    expect(error?.variable).toBe(missing);
    expect(error?.message).toContain('is required in production');
    expect(refusal({ ...env, NODE_ENV: 'development' })).toBeUndefined();
  });
});
