import { configDefaults, defineConfig } from 'vitest/config';

// Two projects, so only the contract suite starts Prism: a run of any other test file (a client test,
// a script test) starts no mock it does not use. `vitest run` runs both; `vitest run test/contract`
// only the contract one.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          // The contract suite's server: a Prism mock on a free port, or CONTRACT_BASE_URL; and, against
          // CONTRACT_BASE_URL, the deletion of every contact the run created.
          globalSetup: ['test/contract/prism.global-setup.ts', 'test/contract/created-contacts.global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'rest',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/contract/**'],
          // Type tests (*.test-d.ts) are never run: `npm run typecheck` (tsc over src/ and test/) compiles
          // them, and an unmet expectTypeOf or an unused @ts-expect-error fails it.
        },
      },
    ],
  },
});
