import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard's build: `npm run build:dashboard` writes dashboard/dist, which the server serves at /. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
