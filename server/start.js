// `npm start`: one process, which runs the hub either compiled or from its TypeScript sources.
//
// - NODE_ENV=production: the compiled JavaScript of `npm run build` (dist/server/main.js), with no
//   TypeScript loader on the request path; a missing build stops the start and says to run it.
// - otherwise (a fresh clone: `npm install && npm start`): the sources through tsx, as a loader
//   registered in this very process, so a Ctrl-C or a SIGTERM reaches the hub itself and nothing
//   forwards or repeats the signal.
//
// Plain JavaScript on purpose: it must run before anything is compiled and before tsx is loaded.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/server/main.js', import.meta.url);

if (process.env.NODE_ENV === 'production') {
  if (!existsSync(compiled)) {
    console.error(
      `Quartieri could not start: the compiled server is missing (${fileURLToPath(compiled)}). ` +
        'With NODE_ENV=production `npm start` runs the compiled JavaScript: run `npm run build` first (again after every update).',
    );
    process.exit(1);
  }
  await import(compiled.href);
} else {
  const [esm, cjs] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
  esm.register();
  cjs.register();
  await import('./main.ts');
}
