import { defineConfig } from 'vitest/config'

/**
 * Two tiers. `unit`: pure code, no database, no servers; the whole tier runs in seconds
 * (`npm run test:unit`). `integration`: one real stack for the run (a fresh PostgreSQL
 * database, migrations, the production admin, Chromium), set up once by the global setup.
 * `npm test` runs both.
 */
export default defineConfig({
  test: {
    // The integration files share one CMS and one machine's two cores; running them one
    // after another keeps builds and browsers from starving each other.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Admin pages reload after a review step; a browser assertion may wait that long.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
})
