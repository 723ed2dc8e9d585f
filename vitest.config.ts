import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel, each with its own database.
    pool: "forks",
    maxWorkers: 2,
    // Files run in a random order every time: each owns its database, so order must not matter.
    sequence: { shuffle: { files: true, tests: false } },
  },
});
