/**
 * Lab performance of the public site (issue 5): Lighthouse's mobile audit (simulated slow
 * 4G, 4× CPU slowdown, a mid-range phone's screen) in the same Chromium the project uses,
 * for the home page, a list and a detail page of the demo content, as `npm start` serves
 * them. BENCH=lab runs only this. Writes bench/results/lab.json.
 */
import { spawn } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'

import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { chromiumPath } from '../site/print/browser.ts'
import { freshStart } from './start.ts'

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'list', path: '/figures/' },
  { name: 'detail', path: '/figures/hao-jing-quan/' },
  { name: 'regulation article', path: '/regulations/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li/articles/12/' },
]

/** One page of each type, for the page-weight table (HTML with its inline CSS and JS, gzip). */
const WEIGHED = [
  ['home', '/'],
  ['list', '/figures/'],
  ['filtered list', '/figures/kind/most-beautiful/'],
  ['figure', '/figures/hao-jing-quan/'],
  ['article', '/articles/dui-biao-bu-cha-zhong-dian-tu-po/'],
  ['street', '/streets/hao-ren-jie/'],
  ['place', '/places/jian-he-xin-shi-dai-wen-ming-shi-jian-yuan/'],
  ['regulation (full text)', '/regulations/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li/'],
  ['regulation article', '/regulations/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li/articles/12/'],
  ['areas', '/areas/'],
  ['search', '/search/'],
  ['screen', '/screen/'],
  ['404', '/404.html'],
] as const

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    if (Date.now() > deadline) throw new Error(`${url} not served within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export async function benchLab(): Promise<Record<string, unknown>> {
  const { work, env, sitePort } = await freshStart('xhl-bench-lab-')
  console.log('lab: npm start with the demo content…')
  const app = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'ops/start.ts'], {
    cwd: rootDir,
    env,
    stdio: 'ignore',
  })
  const debugPort = await findFreePort()
  const browserServer = await chromium.launchServer({
    executablePath: await chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--remote-debugging-port=${debugPort}`],
    headless: true,
  })
  try {
    const siteUrl = `http://127.0.0.1:${sitePort}`
    for (const page of PAGES) await waitFor(`${siteUrl}${page.path}`, 300_000)
    const weights: Record<string, { bytes: number; gzip: number; scripts: number }> = {}
    for (const [name, urlPath] of WEIGHED) {
      const body = Buffer.from(await (await fetch(`${siteUrl}${urlPath}`)).arrayBuffer())
      weights[`${name} ${urlPath}`] = {
        bytes: body.length,
        gzip: gzipSync(body).length,
        scripts: (body.toString('utf8').match(/<script/g) ?? []).length,
      }
    }
    console.table(weights)
    const rows: Record<string, Record<string, number>> = {}
    const results: Record<string, unknown>[] = []
    for (const page of PAGES) {
      // Lighthouse's default config is the mobile one: simulated throttling, 4× CPU.
      const run = await lighthouse(`${siteUrl}${page.path}`, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const lhr = run?.lhr
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`)
      const score = (name: string) => Math.round((lhr.categories[name]?.score ?? 0) * 100)
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)
      const row = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
        'FCP ms': metric('first-contentful-paint'),
        'LCP ms': metric('largest-contentful-paint'),
        'TBT ms': metric('total-blocking-time'),
        CLS: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        'bytes (transfer)': metric('total-byte-weight'),
      }
      rows[`${page.name} ${page.path}`] = row
      results.push({ page: page.path, ...row, lighthouse: lhr.lighthouseVersion, formFactor: lhr.configSettings.formFactor })
    }
    console.table(rows)
    const output = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
      throttling: 'Lighthouse mobile defaults (simulated slow 4G, 4× CPU slowdown, Moto G Power screen)',
      pages: results,
      weights,
    }
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/lab.json'), `${JSON.stringify(output, null, 2)}\n`)
    return output
  } finally {
    await browserServer.close()
    const exited = new Promise((resolve) => app.once('exit', resolve))
    app.kill('SIGTERM')
    await exited
    await rm(work, { recursive: true, force: true })
  }
}
