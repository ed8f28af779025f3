// `npm start`: one process, which runs the hub either compiled or from its TypeScript sources.
//
// - NODE_ENV=production: the compiled JavaScript of `npm run build` (dist/server/main.js), with no
//   TypeScript loader on the request path. A missing build, or one older than a source file of
//   server/ or seeds/ (a `git pull` without a build), stops the start and says to run the build.
// - otherwise (a fresh clone: `npm install && npm start`): the sources through tsx, as a loader
//   registered in this very process, so a Ctrl-C or a SIGTERM reaches the hub itself and nothing
//   forwards or repeats the signal.
//
// Plain JavaScript on purpose: it must run before anything is compiled and before tsx is loaded.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const compiled = path.join(root, 'dist', 'server', 'main.js');

/** The source file of server/ and seeds/ changed last (tests aside), and when. */
function newestSource() {
  let newest = { file: '', mtimeMs: 0 };
  for (const folder of ['server', 'seeds']) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const { mtimeMs } = statSync(path.join(dir, name));
      if (mtimeMs > newest.mtimeMs) newest = { file: path.join(folder, name), mtimeMs };
    }
  }
  return newest;
}

if (process.env.NODE_ENV === 'production') {
  const stop = (why) => {
    console.error(
      `Quartieri could not start: ${why}. With NODE_ENV=production \`npm start\` runs the compiled JavaScript: ` +
        'run `npm run build` first (again after every update of the sources).',
    );
    process.exit(1);
  };
  if (!existsSync(compiled)) stop(`the compiled server is missing (${compiled})`);
  const newest = newestSource();
  if (newest.mtimeMs > statSync(compiled).mtimeMs) stop(`the compiled server (dist/) is older than ${newest.file}`);
  await import(pathToFileURL(compiled).href);
} else {
  const [esm, cjs] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
  esm.register();
  cjs.register();
  await import('./main.ts');
}
