import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/temp-report.ts'],
    // One temp root per test file, removed when the file ends (HEE_KEEP_TMP=1 keeps a failed one).
    setupFiles: ['test/support/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] }
      },
      {
        // These run the committed bundles (as the runner does) or sit beside tests that do:
        // a dist/ older than its sources would test old code, so the run stops before it starts.
        extends: true,
        test: {
          name: 'integration',
          // Whole workflows and real tools in child processes: generous on a loaded 2-core machine.
          testTimeout: 180_000,
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/fresh-dist.mjs']
        }
      }
    ]
  }
})
