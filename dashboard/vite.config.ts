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
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's modules start with React's "use client"; it means nothing in this build.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      // The dashboard, the offline GraphQL IDE and the operators' workspace: separate pages, so the dashboard ships none of GraphiQL.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
        workspace: fileURLToPath(new URL('./workspace.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
