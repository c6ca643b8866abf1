import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The contract suite's server: a Prism mock on a free port, or CONTRACT_BASE_URL (test/contract/).
    globalSetup: ['test/fixtures/prism.global-setup.ts'],
    // Type tests (*.test-d.ts) are compiled by tsc through vitest's typecheck, never run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 20_000,
  },
});
