import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Only a guard against a hang: CI shares two cores with other work, and a test slowed
    // tenfold by load must still pass (tests wait for conditions, never for time).
    testTimeout: 300_000,
    // beforeAll hooks build whole corpora; vitest's default 10 s hook limit failed them under load.
    hookTimeout: 300_000,
  },
});
