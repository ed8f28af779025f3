/**
 * Which Chromium the browser tests use (test/helpers/browser.ts): CHROMIUM_PATH, then the system's,
 * then the one inside the @sparticuz/chromium development dependency, which a machine with only
 * Node and npm has. Unpacking it is safe when two test files do it at once.
 */
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledChromium, findChromium } from './helpers/browser.js';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'quartieri-browser-helper-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and refuses one that is not an executable file', async () => {
    const executable = path.join(scratch, 'my-chromium');
    await writeFile(executable, '#!/bin/sh\n');
    await chmod(executable, 0o755);
    expect(await findChromium({ CHROMIUM_PATH: executable, PATH: '' })).toMatchObject({
      source: 'CHROMIUM_PATH',
      executablePath: executable,
    });
    const plain = path.join(scratch, 'not-executable');
    await writeFile(plain, '');
    await expect(findChromium({ CHROMIUM_PATH: plain })).rejects.toThrow(`CHROMIUM_PATH is ${plain}, which is not an executable file.`);
    await expect(findChromium({ CHROMIUM_PATH: path.join(scratch, 'missing') })).rejects.toThrow('CHROMIUM_PATH');
  });

  it('refuses an unknown QUARTIERI_CHROMIUM, naming it', async () => {
    await expect(findChromium({ QUARTIERI_CHROMIUM: 'firefox' })).rejects.toThrow(
      'QUARTIERI_CHROMIUM must be auto, system or bundled, got "firefox"',
    );
  });

  it('uses the bundled Chromium with QUARTIERI_CHROMIUM=bundled, whatever CHROMIUM_PATH says', async () => {
    const choice = await findChromium({ QUARTIERI_CHROMIUM: 'bundled', CHROMIUM_PATH: '/nowhere/chromium' });
    expect(choice.source).toBe('bundled');
    expect(choice.detail).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+$/);
    expect(choice.env.LD_LIBRARY_PATH!.split(':')[0]).toBe(path.join(path.dirname(choice.executablePath), 'al2023', 'lib'));
    expect(choice.env.FONTCONFIG_FILE).toBe(path.join(path.dirname(choice.executablePath), 'fonts.conf'));
  }, 120_000);
});

describe('bundledChromium', () => {
  it('unpacks once into one complete folder when two test files ask at the same time', async () => {
    const tmp = path.join(scratch, 'tmp');
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    await mkdir(tmp);
    try {
      const [first, second] = await Promise.all([bundledChromium(), bundledChromium()]);
      expect(second.executablePath).toBe(first.executablePath);
      expect(path.dirname(first.executablePath)).toBe(path.join(tmp, path.basename(path.dirname(first.executablePath))));
      // No half-unpacked folder is left behind, and the one folder has the browser, its libraries and its fonts.
      expect(await readdir(tmp)).toEqual([path.basename(path.dirname(first.executablePath))]);
      const folder = await readdir(path.dirname(first.executablePath));
      expect(folder).toEqual(expect.arrayContaining(['chromium', 'al2023', 'fonts', 'fonts.conf']));
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  }, 120_000);
});
