/**
 * The layers lean one way: the domain core and the services know nothing of the transports
 * (GraphQL, HTTP); the domain knows nothing of the modules built on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = path.resolve(import.meta.dirname, '..');
const TRANSPORT = [/^graphql$/, /^@apollo\//, /^fastify$/, /^@fastify\//, /^@as-integrations\//, /\/graphql\//, /\/http\//];
/** Services another branch of the same change moves off the GraphQL context; remove them once it has. */
const PENDING = new Set(['modules/report/report.service.ts', 'modules/snapshot/snapshot.service.ts']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.relative(SERVER, path.join(e.parentPath, e.name)));
}

const importsOf = (file: string): string[] =>
  [...readFileSync(path.join(SERVER, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);

describe('layering', () => {
  const domain = filesUnder(path.join(SERVER, 'domain'));
  const services = filesUnder(SERVER).filter((f) => f.endsWith('.service.ts') && !PENDING.has(f));

  it('finds the files it checks', () => {
    expect(domain).toContain('domain/errors.ts');
    expect(services).toContain('modules/enrolment/enrolment.service.ts');
    expect(services).toContain('imports/import.service.ts');
  });

  it.each([...domain, ...services])('%s imports no transport', (file) => {
    const offending = importsOf(file).filter((spec) => TRANSPORT.some((pattern) => pattern.test(spec)));
    expect(offending).toEqual([]);
  });

  it.each(domain)('%s imports only the domain and pure helpers', (file) => {
    const offending = importsOf(file).filter((spec) => !/^(node:|\.\/|\.\.\/(money|dates)\.js$)/.test(spec));
    expect(offending).toEqual([]);
  });
});
