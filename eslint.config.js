// ESLint: typescript-eslint with type information, and the layering rules of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What the services, the imports, reporting and disclosure may never import: they know nothing of GraphQL or HTTP. */
const TRANSPORT = [
  { group: ['**/graphql/*'], message: 'Below the adapters nothing depends on the GraphQL adapter (server/graphql/).' },
  { group: ['**/http/*'], message: 'Below the adapters nothing depends on the HTTP edge (server/http/).' },
  { group: ['**/app.js', '**/main.js'], message: 'Below the adapters nothing depends on the composition root (server/app.ts).' },
  { group: ['**/*.resolver.js'], message: 'Resolvers are adapters: nothing below them calls them.' },
  {
    regex: '^(graphql|fastify|type-graphql)$|^@(apollo|fastify|as-integrations)/',
    message: 'A transport library has no place below the adapters.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dashboard/dist/',
      'dashboard/src/gql/',
      'dashboard/src/workspace/gql/',
      'test/gql/',
      '.data/',
      '.bench-peer/',
      'test/artifacts/',
      'dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // The services, the imports, reporting and disclosure: no GraphQL, no HTTP.
    files: ['server/modules/**/*.service.ts', 'server/imports/**/*.ts', 'server/reporting/**/*.ts', 'server/disclosure/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: TRANSPORT }] },
  },
  {
    // The domain core: only itself, Node's own modules and the pure helpers for money and dates.
    files: ['server/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!node:|\\./|\\.\\./(money|dates)\\.js$)',
              message: 'The domain core imports only itself, node: modules and the pure helpers (../money.js, ../dates.js).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // npm start's launcher: plain JavaScript run by Node before any TypeScript.
    files: ['server/start.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
