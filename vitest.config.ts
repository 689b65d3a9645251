import { defineConfig } from 'vitest/config'

import DemoReadersFirst from './tests/support/sequencer.ts'

/**
 * Three tiers. `unit`: pure code, no database, no servers; the whole tier runs in seconds
 * (`npm run test:unit`). `integration`: one real stack for the run (a fresh PostgreSQL
 * database, migrations, the production admin), set up once by the global setup; the
 * API, builds, PDFs, faults. `browser` (`*.browser.test.ts`): a stack like it driven
 * through real Chromium as editors and residents use it (`npm run test:browser`).
 * `npm test` runs all three, one tier after the other; each of the last two has a fresh stack
 * of its own, and its suites that read the demo content as seeded run first
 * (tests/support/sequencer.ts).
 */
export default defineConfig({
  test: {
    // The integration files share one CMS and one machine's two cores; running them one
    // after another keeps builds and browsers from starving each other.
    fileParallelism: false,
    // Within a tier: the suites that read the demo content as seeded first.
    sequence: { sequencer: DemoReadersFirst },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Admin pages reload after a review step; a browser assertion may wait that long.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'integration',
          // One tier after the other: the browser tier's Chromium does not compete with builds.
          sequence: { groupOrder: 1 },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
})
