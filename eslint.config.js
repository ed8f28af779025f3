// ESLint: typescript-eslint with type information, and the layering rules of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What the domain core may never import: it knows nothing of GraphQL or HTTP. */
const TRANSPORT = [
  { group: ['**/graphql/*', '**/graphql/**'], message: 'The domain core does not depend on the GraphQL adapter (server/graphql/).' },
  { group: ['**/http/*', '**/http/**'], message: 'The domain core does not depend on the HTTP edge (server/http/).' },
  { group: ['**/app.js', '**/main.js'], message: 'The domain core does not depend on the composition root (server/app.ts).' },
  { group: ['**/*.resolver.js'], message: 'Resolvers are adapters: the core does not call them.' },
  { group: ['graphql', '@apollo/*', 'fastify', '@fastify/*', '@as-integrations/*'], message: 'A transport library has no place in the domain core.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dashboard/dist/', 'dashboard/src/gql/', '.data/', 'test/artifacts/'] },
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
    // The domain core and the services: no GraphQL, no HTTP.
    files: ['server/domain/**/*.ts', 'server/modules/**/*.service.ts', 'server/imports/**/*.ts', 'server/reporting/**/*.ts', 'server/disclosure/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: TRANSPORT }] },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
