/**
 * Publish-to-live benchmark (issue 4): for each size N (BENCH_SIZES, default 1000,10000),
 * a fresh database filled with N synthetic documents, then
 *   - a full build: wall time, pages/s, peak memory of its process tree, output size;
 *   - publish-to-live: from the final approval's API response to the changed page being
 *     served with the new content, polled on the served site, and then its search entry
 *     found by the site's own search page in Chromium, over BENCH_PUBLISHES (≥ 20);
 *   - the same change made by a plain full rebuild (`npm run build:site:full`), as baseline;
 *   - a burst of 50 publishes: time until every one is served;
 *   - the background search compaction that follows once the site is quiet.
 * Prints a table and writes bench/results/publish-<N>.json.
 */
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from '../ops/admin.ts'
import { type Child, isMainModule, run, startChild } from '../ops/processes.ts'
import { createStaticServer } from '../ops/serve.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { createScratchDatabase } from '../tests/support/database.ts'
import { searchCompacted } from '../tests/support/search.ts'
import { samplePeak } from './processTree.ts'
import { dropSeeds, type SeedCache, type SeedFigures, seedCache } from './publishSeed.ts'
import { Cms, PASSWORD, publishSeries, waitServed, wallNow } from './publishSeries.ts'
import { breakdown, type Spread, slowest } from './publishTimings.ts'
import { percentile, scratchEnv } from './stack.ts'

const MB = 1024 * 1024
const round1 = (value: number) => Number(value.toFixed(1))
const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`

async function folderBytes(root: string): Promise<number> {
  const real = path.resolve(path.dirname(root), await readlink(root))
  let total = 0
  for (const entry of await readdir(real, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return total
}

/** N generated documents and a full build of them, with the figures of both. */
async function seedStack(
  size: number,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  startCms: () => Promise<void>,
  cache: SeedCache | null,
): Promise<SeedFigures> {
  await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
  const generated = performance.now()
  await run('tsx', ['bench/generate.ts', String(size)], { ...env, NODE_ENV: 'production' }, '生成数据')
  const generateSeconds = (performance.now() - generated) / 1000
  log(`generated ${size} documents in ${round1(generateSeconds)} s`)
  await cache?.keepDatabase(env.DATABASE_URL as string)
  await startCms()

  log('full build…')
  const fullStarted = performance.now()
  const full = startChild('tsx', ['ops/build-site.ts', '--full'], { ...env, NODE_ENV: 'production' }, '完整构建')
  const sampler = samplePeak(full.process.pid as number)
  const code = await full.exited
  const fullPeakMb = sampler.stop() / MB
  if (code !== 0) throw new Error(`full build failed (${code})`)
  const fullSeconds = (performance.now() - fullStarted) / 1000
  const liveDir = path.resolve(path.dirname(env.SITE_DIR as string), await readlink(env.SITE_DIR as string))
  const summary = JSON.parse(await readFile(path.join(liveDir, '_build/build.json'), 'utf8')) as {
    pages: number
    pdfs: number
    files: number
  }
  const outputMb = (await folderBytes(env.SITE_DIR as string)) / MB
  const fullBuild = {
    seconds: round1(fullSeconds),
    files: summary.files,
    pages: summary.pages,
    pdfs: summary.pdfs,
    pagesPerSecond: Math.round(summary.pages / fullSeconds),
    peakMb: Math.round(fullPeakMb),
    outputMb: round1(outputMb),
  }
  return { generateSeconds: round1(generateSeconds), fullBuild }
}

export async function benchPublish(size: number, publishes: number, burstSize = 50): Promise<Record<string, unknown>> {
  const log = (line: string) => console.log(`[N=${size}] ${line}`)
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-publish-'))
  const cache = seedCache(size)
  const fromSeed = (await cache?.database()) ?? null
  const database = fromSeed ?? (await createScratchDatabase())
  const port = await findFreePort()
  const env = scratchEnv(work, database.url, port, PASSWORD)
  const children: Child[] = []
  let site: http.Server | undefined
  let browser: Browser | undefined
  try {
    const startCms = async () => {
      await ensureAdminBuilt(env, log)
      const cms = startAdmin(port, env)
      children.push(cms)
      await adminReady(port, cms)
    }
    let seeded: SeedFigures
    if (cache && fromSeed) {
      log('BENCH_PUBLISH_SEED_CACHE=1: starting from the kept seed (its generation and full-build figures)')
      seeded = await cache.restore(work, env.SITE_DIR as string)
      await startCms()
    } else {
      seeded = await seedStack(size, env, log, startCms, cache)
      await cache?.keepFolders(work, seeded)
    }
    const { generateSeconds, fullBuild } = seeded

    const sitePort = await findFreePort()
    site = createStaticServer(env.SITE_DIR as string)
    await new Promise<void>((resolve) => site?.listen(sitePort, '127.0.0.1', resolve))
    const siteUrl = `http://127.0.0.1:${sitePort}`

    const worker = startChild('tsx', ['ops/worker.ts'], { ...env, NODE_ENV: 'production' }, '上线')
    children.push(worker)
    const api = new Cms(env.CMS_URL as string)
    // The worker's first build on start finds nothing changed; wait for it to be idle.
    const adminToken = await api.token('admin')
    const idle = async () => {
      for (;;) {
        const queue = await api.call<{ waiting: number; running: number }>('/api/site-builds/queue', { token: adminToken })
        if (queue.waiting + queue.running === 0) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await idle()

    const articles = await api.call<{ docs: { id: number; slug: string }[] }>(
      `/api/articles?where[_status][equals]=published&sort=id&limit=${publishes + burstSize + 1}&depth=0&select[slug]=true`,
    )
    const targets = articles.docs
    if (targets.length < publishes + burstSize + 1)
      throw new Error(`only ${targets.length} articles for ${publishes} publishes and a burst of ${burstSize}`)
    log(`publish-to-live × ${publishes}…`)
    browser = await launchBrowser()
    const loadBefore = os.loadavg()
    const timings = await publishSeries(api, adminToken, idle, browser, siteUrl, targets.slice(0, publishes), log)
    const latencies = timings.map((timing) => timing.searchMs)
    const pageLatencies = timings.map((timing) => timing.pageMs)
    const live = {
      measuredTo:
        'the page served with the new title, then a search for a word only the new title has finding it (site search page, Chromium)',
      count: latencies.length,
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      maxMs: Math.round(Math.max(...latencies)),
      allMs: latencies.map(Math.round),
      pageOnlyP50Ms: Math.round(percentile(pageLatencies, 50)),
      pageOnlyP95Ms: Math.round(percentile(pageLatencies, 95)),
      pageOnlyMaxMs: Math.round(Math.max(...pageLatencies)),
      /** The machine's load average (1, 5, 15 min) before and after the series: other work beside the bench shows here. */
      loadAverage: { before: loadBefore.map(round1), after: os.loadavg().map(round1) },
      breakdown: breakdown(timings),
      slowest: slowest(timings),
      all: timings,
    }
    if (process.env.BENCH_PUBLISH_ONLY_LIVE === '1') {
      log('BENCH_PUBLISH_ONLY_LIVE=1: no baseline, burst or compaction')
      return {
        size,
        machine: machine(),
        date: new Date().toISOString(),
        generateSeconds: round1(generateSeconds),
        fullBuild,
        publishToLive: live,
      }
    }

    log('baseline: the same change by a plain full rebuild…')
    await worker.stop()
    children.splice(children.indexOf(worker), 1)
    const baselineTarget = targets[publishes] as { id: number; slug: string }
    await api.prepare(baselineTarget.id, '基准修订标题 完整构建')
    await api.publish(baselineTarget.id)
    const baselineStarted = wallNow()
    await run('tsx', ['ops/build-site.ts', '--full'], { ...env, NODE_ENV: 'production' }, '完整构建')
    const baselineMs = (await waitServed(siteUrl, `/articles/${baselineTarget.slug}/`, '基准修订标题 完整构建')) - baselineStarted

    log(`burst of ${burstSize} publishes…`)
    // Compacts the search index after 5 s of quiet (30 s by default), so the run can time it.
    const burstWorker = startChild(
      'tsx',
      ['ops/worker.ts'],
      { ...env, NODE_ENV: 'production', SITE_SEARCH_COMPACT_IDLE_MS: '5000' },
      '上线',
    )
    children.push(burstWorker)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await idle()
    const burst = targets.slice(publishes + 1, publishes + 1 + burstSize)
    for (const [index, target] of burst.entries()) await api.prepare(target.id, `基准连发 ${index + 1}`)
    await idle()
    const burstStarted = wallNow()
    await Promise.all(burst.map((target) => api.publish(target.id)))
    const burstApprovedMs = wallNow() - burstStarted
    await Promise.all(burst.map((target, index) => waitServed(siteUrl, `/articles/${target.slug}/`, `基准连发 ${index + 1}`)))
    const burstMs = wallNow() - burstStarted
    const builds = await api.call<{ docs: { startedAt: string; rendered: number; reused: number; durationMs: number }[] }>(
      `/api/site-builds?where[startedAt][greater_than_equal]=${new Date(Date.now() - burstMs - 1000).toISOString()}&limit=100&depth=0`,
      { token: adminToken },
    )

    log('search compaction once the site is quiet…')
    const quietFrom = performance.now()
    while (!(await searchCompacted(env.SITE_DIR as string))) {
      if (performance.now() - quietFrom > 600_000) throw new Error('the search index was not compacted within 10 minutes')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const compactedMs = performance.now() - quietFrom
    const compaction = await api.call<{ docs: { reason: string; durationMs: number }[] }>(
      `/api/site-builds?where[reason][like]=${encodeURIComponent('整理搜索索引')}&sort=-startedAt&limit=1&depth=0`,
      { token: adminToken },
    )
    const backgroundSeconds = Number(/用时 ([\d.]+) 秒/.exec(compaction.docs[0]?.reason ?? '')?.[1] ?? Number.NaN)

    return {
      size,
      machine: machine(),
      date: new Date().toISOString(),
      generateSeconds: round1(generateSeconds),
      fullBuild,
      publishToLive: live,
      baselineFullRebuildMs: Math.round(baselineMs),
      baselineRatio: round1(baselineMs / live.p50Ms),
      burst: {
        publishes: burst.length,
        approvalsMs: Math.round(burstApprovedMs),
        allLiveMs: Math.round(burstMs),
        builds: builds.docs.length,
      },
      searchCompaction: {
        idleBeforeMs: 5000,
        backgroundSeconds,
        switchBuildMs: compaction.docs[0]?.durationMs ?? null,
        liveAfterBurstMs: Math.round(compactedMs),
      },
    }
  } finally {
    await browser?.close()
    for (const child of children.reverse()) await child.stop()
    await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()))
    await database.drop()
    await rm(work, { recursive: true, force: true })
  }
}

export async function main(): Promise<void> {
  if (process.env.BENCH_PUBLISH_SEED_CACHE === 'drop') return dropSeeds()
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
  const publishes = Math.max(1, Number(process.env.BENCH_PUBLISHES ?? 20))
  const rows: Record<string, Record<string, unknown>> = {}
  for (const size of sizes) {
    const result = await benchPublish(size, publishes)
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, `bench/results/publish-${size}.json`), `${JSON.stringify(result, null, 2)}\n`)
    const full = result.fullBuild as Record<string, number>
    const live = result.publishToLive as Record<string, number> & { breakdown: Record<string, Spread> }
    const burst = result.burst as Record<string, number> | undefined
    rows[`N = ${size}`] = {
      'full build s': full.seconds,
      'pages/s': full.pagesPerSecond,
      'peak MB': full.peakMb,
      'output MB': full.outputMb,
      'publish→live p50 ms': live.p50Ms,
      'p95 ms': live.p95Ms,
      'full rebuild ms': result.baselineFullRebuildMs,
      ratio: result.baselineRatio,
      '50-burst all live ms': burst?.allLiveMs,
      'search compaction s': (result.searchCompaction as Record<string, number> | undefined)?.backgroundSeconds,
    }
    console.log(`N = ${size}: where ${live.count} publishes' time went (ms)`)
    console.table(live.breakdown)
  }
  console.table(rows)
}

if (isMainModule(import.meta.url)) await main()
