/**
 * Load (issue 7), on `npm start` with the demo content on a fresh embedded database:
 * - the static site under 200 concurrent readers for 60 s (autocannon, keep-alive, gzip
 *   accepted, the pages residents open: home, lists, detail pages, a PDF): requests/s,
 *   p99 latency, errors and non-2xx answers; then the same on plain sirv, nginx and Caddy
 *   over the same build (bench/staticAnchors.ts), with the ratios;
 * - the public REST API (published figures, depth 1) under 50 concurrent readers for 60 s;
 * - 20 editors saving their drafts concurrently (10 saves each) while a full site build
 *   runs: p95 save time, and whether every draft ends with exactly its own last save.
 * BENCH=load runs only this; LOAD_SECONDS shortens the two reader runs. Writes
 * bench/results/load.json.
 */
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { paragraphs } from '../cms/seed/richText.ts'
import { rootDir } from '../contract/paths.ts'
import { hammer } from './hammer.ts'
import { call, percentile, type Stack, startStack } from './stack.ts'
import { servingAnchors } from './staticAnchors.ts'

const SECONDS = Number(process.env.LOAD_SECONDS || 60)

/** 20 editors, 10 saves each, while a full site build runs. */
async function concurrentEditors(stack: Stack): Promise<Record<string, unknown>> {
  const editor = await stack.token('editor')
  const area = (await call<{ docs: { id: number }[] }>(stack.cms, '/api/areas?where[name][equals]=涧河街道&depth=0')).docs[0]?.id
  const ids: number[] = []
  for (let n = 0; n < 20; n++) {
    const created = await call<{ doc: { id: number } }>(stack.cms, '/api/figures?draft=true', {
      method: 'POST',
      token: editor,
      body: { name: `并发编辑${n}`, honourTitle: '测试', honourKind: 'good-neighbour', area, summary: '初稿', _status: 'draft' },
    })
    ids.push(created.doc.id)
  }
  const build = spawn(path.join(rootDir, 'node_modules/.bin/tsx'), ['ops/build-site.ts', '--full'], {
    cwd: rootDir,
    env: stack.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const built = new Promise<number | null>((resolve) => build.once('exit', resolve))
  const times: number[] = []
  const started = performance.now()
  const saves = Promise.all(
    ids.map(async (id, n) => {
      for (let save = 1; save <= 10; save++) {
        const at = performance.now()
        await call(stack.cms, `/api/figures/${id}?draft=true`, {
          method: 'PATCH',
          token: editor,
          body: { summary: `编辑${n}第${save}次`, story: paragraphs([`编辑${n}的第${save}次保存。`]), _status: 'draft' },
        })
        times.push(performance.now() - at)
      }
    }),
  )
  // A server that stops answering is a finding, not a hang of the bench.
  const STALL_MS = 180_000
  const finished = await Promise.race([saves.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), STALL_MS))])
  if (!finished) {
    build.kill('SIGTERM')
    return { editors: ids.length, stalled: true, completedSaves: times.length, of: ids.length * 10, waitedSeconds: STALL_MS / 1000 }
  }
  const savingSeconds = (performance.now() - started) / 1000
  const buildExit = await built
  let wrong = 0
  for (const [n, id] of ids.entries()) {
    const doc = await call<{ summary: string; story: unknown }>(stack.cms, `/api/figures/${id}?draft=true&depth=0`, { token: editor })
    if (doc.summary !== `编辑${n}第10次` || !JSON.stringify(doc.story).includes(`编辑${n}的第10次保存。`)) wrong++
  }
  return {
    editors: ids.length,
    saves: times.length,
    p50Ms: Math.round(percentile(times, 50)),
    p95Ms: Math.round(percentile(times, 95)),
    savingSeconds: Number(savingSeconds.toFixed(1)),
    fullBuildDuringSaves: buildExit === 0 ? 'completed' : `failed (${buildExit})`,
    lostOrMixedEdits: wrong,
  }
}

export async function benchLoad(): Promise<void> {
  console.log('load: starting the stack on a fresh embedded database…')
  const stack = await startStack('xhl-bench-load-')
  try {
    const pages = [
      '/',
      '/figures/',
      '/articles/',
      '/figures/hao-jing-quan/',
      '/streets/hao-ren-jie/',
      '/places/',
      '/regulations/',
      '/print/',
      '/print/figures/hao-jing-quan/leaflet-a5.pdf',
    ]
    const siteUrl = stack.site
    for (const page of pages) {
      const response = await fetch(`${siteUrl}${page}`)
      if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`)
    }
    console.log(`load: static site, 200 readers for ${SECONDS} s, in three rounds taking turns with plain sirv, nginx and Caddy…`)
    const serving = await servingAnchors(String(stack.env.SITE_DIR), siteUrl, (url, seconds) => hammer(url, 200, pages, seconds), SECONDS)
    const site = serving.ours
    console.log(`load: REST API, 50 readers for ${SECONDS} s…`)
    const apiRun = await hammer(
      stack.cms,
      50,
      ['/api/figures?depth=1&limit=10&where[_status][equals]=published', '/api/articles?depth=1&limit=10&where[_status][equals]=published'],
      SECONDS,
    )
    console.log('load: 20 editors saving while a full build runs…')
    const editors = (await concurrentEditors(stack)) as Record<string, number | string | boolean | undefined>
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      node: process.version,
      seconds: SECONDS,
      staticSite200: site,
      servingSideBySide: serving,
      restApi50: apiRun,
      editors20: editors,
    }
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/load.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.table({
      'static site req/s (200 readers)': site.requestsPerSecond,
      'static site p99 ms': site.p99Ms,
      'static site errors + non-2xx': site.errors + site.non2xx + site.timeouts,
      'static site vs plain sirv (req/s ratio)': serving.oursToPlainSirv ?? 'not run',
      'static site vs nginx (req/s ratio)': serving.oursToNginx ?? 'not run',
      'REST API req/s (50 readers)': apiRun.requestsPerSecond,
      'REST API p99 ms': apiRun.p99Ms,
      'REST API errors + non-2xx': apiRun.errors + apiRun.non2xx + apiRun.timeouts,
      'editor save p95 ms (20 editors, build running)': editors.p95Ms ?? 'stalled',
      'lost or mixed-up edits': editors.lostOrMixedEdits ?? `${editors.completedSaves} of ${editors.of} saves answered`,
    })
  } finally {
    await stack.stop()
  }
}
