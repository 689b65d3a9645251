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
import { mkdir, mkdtemp, readdir, readlink, rm, stat, writeFile } from 'node:fs/promises'
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
import { searchCompacted, searchHits } from '../tests/support/search.ts'
import { samplePeak } from './processTree.ts'
import { percentile, scratchEnv } from './stack.ts'

const MB = 1024 * 1024
const PASSWORD = 'bench-demo-password'

async function folderBytes(root: string): Promise<number> {
  const real = path.resolve(path.dirname(root), await readlink(root))
  let total = 0
  for (const entry of await readdir(real, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return total
}

class Cms {
  tokens = new Map<string, string>()
  constructor(readonly url: string) {}

  async call<T>(pathAndQuery: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
    const response = await fetch(`${this.url}${pathAndQuery}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `JWT ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const body = (await response.json()) as T
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathAndQuery}: ${response.status} ${JSON.stringify(body)}`)
    return body
  }

  async token(who: string): Promise<string> {
    let token = this.tokens.get(who)
    if (!token) {
      const body = await this.call<{ token: string }>('/api/users/login', {
        method: 'POST',
        body: { email: `${who}@xinghualing.example`, password: PASSWORD },
      })
      token = body.token
      this.tokens.set(who, token)
    }
    return token
  }

  /** An edited draft of a published article, submitted and approved up to the last level. */
  async prepare(id: number, title: string): Promise<void> {
    const editor = await this.token('editor')
    await this.call(`/api/articles/${id}?draft=true`, { method: 'PATCH', token: editor, body: { title, _status: 'draft' } })
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: editor, body: { action: 'submit' } })
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: await this.token('reviewer1'), body: { action: 'approve' } })
  }

  /** The final approval: the publish call. */
  async publish(id: number): Promise<void> {
    await this.call(`/api/articles/${id}/workflow`, { method: 'POST', token: await this.token('reviewer2'), body: { action: 'approve' } })
  }
}

async function servedContains(siteUrl: string, pagePath: string, text: string): Promise<boolean> {
  const response = await fetch(`${siteUrl}${pagePath}`).catch(() => null)
  return response?.ok ? (await response.text()).includes(text) : false
}

async function waitServed(siteUrl: string, pagePath: string, text: string, timeoutMs = 600_000): Promise<number> {
  const started = performance.now()
  while (!(await servedContains(siteUrl, pagePath, text))) {
    if (performance.now() - started > timeoutMs) throw new Error(`not served within ${timeoutMs} ms: ${pagePath} «${text}»`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return performance.now()
}

/**
 * Polls the site's search page in Chromium until a query finds `url`; returns when it did.
 * Each try loads the page afresh, as a reader would, so it sees the index then served.
 */
async function waitSearchable(browser: Browser, siteUrl: string, query: string, url: string, timeoutMs = 600_000): Promise<number> {
  const started = performance.now()
  const page = await browser.newPage()
  try {
    for (;;) {
      if ((await searchHits(page, siteUrl, query)).some((hit) => hit.href === url)) return performance.now()
      if (performance.now() - started > timeoutMs) throw new Error(`search did not find ${url} for «${query}» within ${timeoutMs} ms`)
    }
  } finally {
    await page.close()
  }
}

export async function benchPublish(size: number, publishes: number, burstSize = 50): Promise<Record<string, unknown>> {
  const log = (line: string) => console.log(`[N=${size}] ${line}`)
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-publish-'))
  const database = await createScratchDatabase()
  const port = await findFreePort()
  const env = scratchEnv(work, database.url, port, PASSWORD)
  const children: Child[] = []
  let site: http.Server | undefined
  let browser: Browser | undefined
  try {
    await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
    const generated = performance.now()
    await run('tsx', ['bench/generate.ts', String(size)], { ...env, NODE_ENV: 'production' }, '生成数据')
    const generateSeconds = (performance.now() - generated) / 1000
    await ensureAdminBuilt(env, log)
    const cms = startAdmin(port, env)
    children.push(cms)
    await adminReady(port, cms)

    log('full build…')
    const fullStarted = performance.now()
    const full = startChild('tsx', ['ops/build-site.ts', '--full'], { ...env, NODE_ENV: 'production' }, '完整构建')
    const sampler = samplePeak(full.process.pid as number)
    const code = await full.exited
    const fullPeakMb = sampler.stop() / MB
    if (code !== 0) throw new Error(`full build failed (${code})`)
    const fullSeconds = (performance.now() - fullStarted) / 1000
    const liveDir = path.resolve(path.dirname(env.SITE_DIR as string), await readlink(env.SITE_DIR as string))
    const summary = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(liveDir, '_build/build.json'), 'utf8')) as {
      pages: number
      pdfs: number
      files: number
    }
    const outputMb = (await folderBytes(env.SITE_DIR as string)) / MB

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
    const latencies: number[] = []
    const pageLatencies: number[] = []
    for (let index = 0; index < publishes; index++) {
      const target = targets[index] as { id: number; slug: string }
      // A word no other page has, for the search check.
      const marker = `bench${index + 1}mark`
      const title = `基准修订标题 第${index + 1}次 ${marker}`
      await api.prepare(target.id, title)
      await idle()
      await api.publish(target.id)
      const returned = performance.now()
      const served = await waitServed(siteUrl, `/articles/${target.slug}/`, title)
      const searchable = await waitSearchable(browser, siteUrl, marker, `/articles/${target.slug}/`)
      pageLatencies.push(served - returned)
      latencies.push(searchable - returned)
    }

    log('baseline: the same change by a plain full rebuild…')
    await worker.stop()
    children.splice(children.indexOf(worker), 1)
    const baselineTarget = targets[publishes] as { id: number; slug: string }
    await api.prepare(baselineTarget.id, '基准修订标题 完整构建')
    await api.publish(baselineTarget.id)
    const baselineStarted = performance.now()
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
    const burstStarted = performance.now()
    await Promise.all(burst.map((target) => api.publish(target.id)))
    const burstApprovedMs = performance.now() - burstStarted
    await Promise.all(burst.map((target, index) => waitServed(siteUrl, `/articles/${target.slug}/`, `基准连发 ${index + 1}`)))
    const burstMs = performance.now() - burstStarted
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

    const p50 = percentile(latencies, 50)
    return {
      size,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
      generateSeconds: Number(generateSeconds.toFixed(1)),
      fullBuild: {
        seconds: Number(fullSeconds.toFixed(1)),
        files: summary.files,
        pages: summary.pages,
        pdfs: summary.pdfs,
        pagesPerSecond: Math.round(summary.pages / fullSeconds),
        peakMb: Math.round(fullPeakMb),
        outputMb: Number(outputMb.toFixed(1)),
      },
      publishToLive: {
        measuredTo:
          'the page served with the new title, then a search for a word only the new title has finding it (site search page, Chromium)',
        count: latencies.length,
        p50Ms: Math.round(p50),
        p95Ms: Math.round(percentile(latencies, 95)),
        maxMs: Math.round(Math.max(...latencies)),
        allMs: latencies.map(Math.round),
        pageOnlyP50Ms: Math.round(percentile(pageLatencies, 50)),
        pageOnlyP95Ms: Math.round(percentile(pageLatencies, 95)),
      },
      baselineFullRebuildMs: Math.round(baselineMs),
      baselineRatio: Number((baselineMs / p50).toFixed(1)),
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
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
  const publishes = Math.max(1, Number(process.env.BENCH_PUBLISHES ?? 20))
  const rows: Record<string, Record<string, unknown>> = {}
  for (const size of sizes) {
    const result = await benchPublish(size, publishes)
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, `bench/results/publish-${size}.json`), `${JSON.stringify(result, null, 2)}\n`)
    const full = result.fullBuild as Record<string, number>
    const live = result.publishToLive as Record<string, number>
    const burst = result.burst as Record<string, number>
    rows[`N = ${size}`] = {
      'full build s': full.seconds,
      'pages/s': full.pagesPerSecond,
      'peak MB': full.peakMb,
      'output MB': full.outputMb,
      'publish→live p50 ms': live.p50Ms,
      'p95 ms': live.p95Ms,
      'full rebuild ms': result.baselineFullRebuildMs,
      ratio: result.baselineRatio,
      '50-burst all live ms': burst.allLiveMs,
      'search compaction s': (result.searchCompaction as Record<string, number>).backgroundSeconds,
    }
  }
  console.table(rows)
}

if (isMainModule(import.meta.url)) await main()
