/**
 * Ours against plain Astro (issue 20: "a full build of 10k documents, HTML only, within
 * 1.5× of plain Astro measured in the same bench run"), `BENCH=build` (size: BENCH_SIZES,
 * default 10000). A scratch database with N synthetic documents (bench/generate.ts) and the
 * admin on it; then, taking turns over BENCH_BUILD_ROUNDS rounds (default 2):
 *   - plain Astro: the project in bench/astro-anchor/ (copied under .data/bench/), which
 *     reads the same published documents from the same admin's REST API through a content
 *     loader and renders a page per figure, article, street, place, regulation, 条, area
 *     and list page (20 cards a page, the same filters), with `astro build`;
 *   - ours, pages only: a full build without images, PDFs, share cards, feeds or search
 *     (bench/pagesOnlyBuild.ts, BuildOptions.pagesOnly).
 * Then one full build of ours as it is deployed (BENCH_BUILD_FULL=0 skips it). Each run is
 * a process of its own: wall time, peak memory of its process tree, HTML pages written and
 * their mean size. The ratios take each side's fastest round. Writes bench/results/build-<N>.json.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from '../ops/admin.ts'
import { isMainModule, run } from '../ops/processes.ts'
import { createScratchDatabase } from '../tests/support/database.ts'
import { samplePeak } from './processTree.ts'
import { scratchEnv } from './stack.ts'

const MB = 2 ** 20
const ANCHOR_TEMPLATE = path.join(rootDir, 'bench', 'astro-anchor')
const ANCHOR_DIR = path.join(rootDir, '.data', 'bench', 'astro-anchor')
const ASTRO_BIN = path.join(rootDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
const TSX_BIN = path.join(rootDir, 'node_modules', '.bin', 'tsx')

export interface Run {
  seconds: number
  peakMb: number
  /** HTML files written, and their mean size in bytes. */
  pages: number
  meanPageBytes: number
  /** HTML files by top folder; dropped from the rounds once summed up. */
  sections?: Record<string, number>
  /** The machine's 1-minute load average as the run started and as it ended. */
  load: [number, number]
}

const load1 = () => Number(os.loadavg()[0]?.toFixed(2))

/**
 * Runs a program to its end in a process group of its own, sampling its tree's memory.
 * Its output is echoed under the label `echo`, or else only kept: the last 200 lines for
 * an error, and every line `keep` matches, without colours.
 */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv, echo: string | null, keep: RegExp) {
  const started = performance.now()
  const child = spawn(command, args, { cwd: rootDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const sampler = samplePeak(child.pid as number, 100)
  const lines: string[] = []
  const kept: string[] = []
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue
      if (echo) console.log(`[${echo}] ${line}`)
      lines.push(line)
      if (lines.length > 200) lines.shift()
      const plain = stripVTControlCharacters(line)
      if (keep.test(plain)) kept.push(plain)
    }
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const peakMb = Math.round(sampler.stop() / MB)
  const seconds = Number(((performance.now() - started) / 1000).toFixed(1))
  if (code !== 0) throw new Error(`${path.basename(args[0] ?? command)} exited with ${code}:\n${lines.slice(-40).join('\n')}`)
  return { seconds, peakMb, kept }
}

/** The HTML files under `dir`: how many, their mean size, and how many under each top folder (the site's sections). */
export async function htmlPages(dir: string): Promise<{ pages: number; meanPageBytes: number; sections: Record<string, number> }> {
  let pages = 0
  let bytes = 0
  const sections: Record<string, number> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    pages++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
    const section = path.relative(dir, entry.parentPath).split(path.sep)[0] || '/'
    sections[section] = (sections[section] ?? 0) + 1
  }
  return { pages, meanPageBytes: pages ? Math.round(bytes / pages) : 0, sections }
}

/** The plain Astro project, fresh under .data/bench/, with the site's stylesheet (its pages inline it, as ours do). */
export async function prepareAnchor(dir = ANCHOR_DIR): Promise<string> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(path.dirname(dir), { recursive: true })
  await cp(ANCHOR_TEMPLATE, dir, { recursive: true })
  await mkdir(path.join(dir, 'src', 'styles'), { recursive: true })
  await cp(path.join(rootDir, 'site', 'styles', 'base.css'), path.join(dir, 'src', 'styles', 'base.css'))
  return dir
}

/** One `astro build` of the anchor from scratch: no output, data store or cache of an earlier round. */
export async function astroBuild(dir: string, cmsUrl: string): Promise<Run & { stages: string[] }> {
  for (const leftover of ['dist', '.cache', '.astro', 'node_modules']) await rm(path.join(dir, leftover), { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ANCHOR_CMS_URL: cmsUrl }
  const before = load1()
  // Astro's own stage lines: the content sync, the server build, the static routes.
  const stageLines = /Synced content|Generated|built in|Completed in/
  const { seconds, peakMb, kept } = await timed(process.execPath, [ASTRO_BIN, 'build', '--root', dir], env, null, stageLines)
  const load: [number, number] = [before, load1()]
  return { seconds, peakMb, ...(await htmlPages(path.join(dir, 'dist'))), load, stages: kept }
}

/** One pages-only full build of ours (bench/pagesOnlyBuild.ts), with its stages. */
export async function oursPagesOnly(
  env: NodeJS.ProcessEnv,
  work: string,
): Promise<Run & { buildMs: number; stages: Record<string, number>; compressBusyMs: number | null }> {
  const reportFile = path.join(work, 'pages-only.json')
  const before = load1()
  const pagesOnly = ['bench/pagesOnlyBuild.ts', reportFile]
  const { seconds, peakMb, kept } = await timed(TSX_BIN, pagesOnly, { ...env, NODE_ENV: 'production' }, '只生成网页', /压缩用时共/)
  const load: [number, number] = [before, load1()]
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
    dir: string
    pages: number
    ms: number
    stages: Record<string, number>
  }
  const counted = await htmlPages(report.dir)
  if (counted.pages !== report.pages) throw new Error(`the build reports ${report.pages} pages, its folder holds ${counted.pages}`)
  // The zlib threads' busy time, summed (they compress beside the rendering): from the build's log line.
  const compressed = kept.map((line) => /压缩用时共 (\d+) 毫秒/.exec(line)?.[1]).find(Boolean)
  const compressBusyMs = compressed ? Number(compressed) : null
  return { seconds, peakMb, ...counted, load, buildMs: report.ms, stages: report.stages, compressBusyMs }
}

/**
 * One full build of ours as `npm run build:site:full` makes it: pages first, and, when more
 * PDFs are due than it prints first, a second build for them. `liveSeconds` is when the
 * site went live with pages, images, share cards and search (the build's own line).
 */
async function oursFull(env: NodeJS.ProcessEnv): Promise<Run & { files: number; pdfs: number; liveSeconds: number | null }> {
  const before = load1()
  const liveLine = /网站已上线（([\d.]+) 秒）/
  const { seconds, peakMb, kept } = await timed(
    TSX_BIN,
    ['ops/build-site.ts', '--full'],
    { ...env, NODE_ENV: 'production' },
    null,
    liveLine,
  )
  const live1 = kept.map((line) => liveLine.exec(line)?.[1]).find(Boolean)
  const liveSeconds = live1 === undefined ? null : Number(live1)
  const load: [number, number] = [before, load1()]
  const live = path.resolve(path.dirname(env.SITE_DIR as string), await readlink(env.SITE_DIR as string))
  const summary = JSON.parse(await readFile(path.join(live, '_build', 'build.json'), 'utf8')) as { files: number; pdfs: number }
  return {
    seconds,
    peakMb,
    ...(await htmlPages(live)),
    load,
    files: summary.files,
    pdfs: summary.pdfs,
    liveSeconds: liveSeconds ?? seconds,
  }
}

const fastest = <T extends Run>(runs: T[]): T => runs.reduce((best, run) => (run.seconds < best.seconds ? run : best))
const ratio = (x: number, y: number) => Number((x / y).toFixed(2))

export async function benchBuild(size: number, rounds: number, full: boolean): Promise<Record<string, unknown>> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-build-'))
  const database = await createScratchDatabase()
  const port = await findFreePort()
  const env = scratchEnv(work, database.url, port, 'bench-demo-password')
  try {
    await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
    await run('tsx', ['bench/generate.ts', String(size)], { ...env, NODE_ENV: 'production' }, '生成数据')
    await ensureAdminBuilt(env, console.log)
    const cms = startAdmin(port, env)
    try {
      await adminReady(port, cms)
      const anchor = await prepareAnchor()
      const astro: Awaited<ReturnType<typeof astroBuild>>[] = []
      const ours: Awaited<ReturnType<typeof oursPagesOnly>>[] = []
      for (let round = 1; round <= rounds; round++) {
        console.log(`[N=${size}] round ${round}/${rounds}: plain Astro…`)
        astro.push(await astroBuild(anchor, env.CMS_URL as string))
        console.log(`[N=${size}]   ${JSON.stringify(astro.at(-1))}`)
        console.log(`[N=${size}] round ${round}/${rounds}: ours, pages only…`)
        ours.push(await oursPagesOnly(env, work))
        console.log(`[N=${size}]   ${JSON.stringify(ours.at(-1))}`)
      }
      const oursFullBuild = full ? await oursFull(env) : null
      const [a, o] = [fastest(astro), fastest(ours)]
      // Pages per section, ours beside Astro's: where the two sites differ.
      const sections = Object.fromEntries(
        [...new Set([...Object.keys(o.sections ?? {}), ...Object.keys(a.sections ?? {})])]
          .sort()
          .map((name) => [name, [o.sections?.[name] ?? 0, a.sections?.[name] ?? 0]]),
      )
      for (const run of [...astro, ...ours]) delete run.sections
      // The anchor should make about as many pages as ours: a family of pages added on one side only skews the ratio.
      if (Math.abs(a.pages - o.pages) > 0.05 * o.pages)
        console.warn(`[N=${size}] plain Astro wrote ${a.pages} pages, ours ${o.pages}: bench/astro-anchor/ no longer matches the site`)
      return {
        size,
        machine: `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        date: new Date().toISOString(),
        astroVersion: JSON.parse(await readFile(path.join(rootDir, 'node_modules', 'astro', 'package.json'), 'utf8')).version,
        figures: 'each side: its fastest round (wall seconds, peak MB of the process tree)',
        plainAstro: { seconds: a.seconds, peakMb: a.peakMb, pages: a.pages, meanPageBytes: a.meanPageBytes, rounds: astro },
        oursPagesOnly: { seconds: o.seconds, peakMb: o.peakMb, pages: o.pages, meanPageBytes: o.meanPageBytes, rounds: ours },
        oursFull: oursFullBuild && { ...oursFullBuild, sections: undefined },
        pagesBySection: { columns: ['ours, pages only', 'plain Astro'], ...sections },
        ratio: {
          seconds: ratio(o.seconds, a.seconds),
          peakMb: ratio(o.peakMb, a.peakMb),
          target: 1.5,
          // Each round's pair ran back to back, under much the same load: the spread says how noisy the machine was.
          secondsByRound: ours.map((run, index) => ratio(run.seconds, astro[index]?.seconds ?? Number.NaN)),
        },
      }
    } finally {
      await cms.stop()
    }
  } finally {
    await database.drop()
    await rm(work, { recursive: true, force: true })
    await rm(ANCHOR_DIR, { recursive: true, force: true })
  }
}

export async function main(): Promise<void> {
  const rounds = Math.max(1, Number(process.env.BENCH_BUILD_ROUNDS ?? 2))
  const full = process.env.BENCH_BUILD_FULL !== '0'
  const rows: Record<string, Record<string, unknown>> = {}
  for (const size of (process.env.BENCH_SIZES ?? '10000').split(',').map(Number)) {
    const result = await benchBuild(size, rounds, full)
    await mkdir(path.join(rootDir, 'bench', 'results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench', 'results', `build-${size}.json`), `${JSON.stringify(result, null, 2)}\n`)
    const figure = (name: string, value: unknown) => {
      const run = value as Run | null
      if (run)
        rows[`N = ${size}: ${name}`] = { seconds: run.seconds, 'peak MB': run.peakMb, pages: run.pages, 'bytes/page': run.meanPageBytes }
    }
    figure('plain Astro', result.plainAstro)
    figure('ours, pages only', result.oursPagesOnly)
    figure('ours, full build', result.oursFull)
    const live = result.oursFull as { liveSeconds?: number } | null
    if (live?.liveSeconds) rows[`N = ${size}: ours, full build: site live (PDFs follow)`] = { seconds: live.liveSeconds }
    const { seconds, peakMb, secondsByRound } = result.ratio as { seconds: number; peakMb: number; secondsByRound: number[] }
    rows[`N = ${size}: ours ÷ Astro`] = { seconds, 'peak MB': peakMb, 'seconds by round': secondsByRound.join(' / ') }
  }
  console.table(rows)
}

if (isMainModule(import.meta.url)) await main()
