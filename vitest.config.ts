import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // The files share one CMS and one machine's two cores; running them one after
    // another keeps builds and browsers from starving each other.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Admin pages reload after a review step; a browser assertion may wait that long.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
  },
})
