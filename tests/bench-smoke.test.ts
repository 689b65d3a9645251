/**
 * The publish-to-live benchmark's harness, at N = 50: generator, full build, publishes
 * measured on the served site, the full-rebuild baseline and a burst. Checks that it
 * works and reports every figure; the figures themselves come from `npm run bench`.
 */
import { describe, expect, it } from 'vitest'

import { benchPublish } from '../bench/publish.ts'

describe('npm run bench (smoke, N = 50)', () => {
  it('fills a fresh database, builds, publishes and reports every figure', { timeout: 400_000 }, async () => {
    const result = (await benchPublish(50, 3, 5)) as {
      size: number
      fullBuild: { seconds: number; pages: number; pdfs: number; peakMb: number; outputMb: number }
      publishToLive: { count: number; p50Ms: number; p95Ms: number }
      baselineFullRebuildMs: number
      burst: { publishes: number; allLiveMs: number }
      searchCompaction: { backgroundSeconds: number; liveAfterBurstMs: number }
    }
    expect(result.size).toBe(50)
    expect(result.fullBuild.pages).toBeGreaterThan(45)
    expect(result.fullBuild.pdfs).toBeGreaterThan(0)
    expect(result.fullBuild.peakMb).toBeGreaterThan(0)
    expect(result.fullBuild.outputMb).toBeGreaterThan(0)
    expect(result.publishToLive.count).toBe(3)
    expect(result.publishToLive.p50Ms).toBeGreaterThan(0)
    expect(result.publishToLive.p95Ms).toBeGreaterThanOrEqual(result.publishToLive.p50Ms)
    expect(result.baselineFullRebuildMs).toBeGreaterThan(0)
    expect(result.burst.publishes).toBe(5)
    expect(result.burst.allLiveMs).toBeGreaterThan(0)
    expect(result.searchCompaction.backgroundSeconds).toBeGreaterThan(0)
    expect(result.searchCompaction.liveAfterBurstMs).toBeGreaterThan(0)
  })
})
