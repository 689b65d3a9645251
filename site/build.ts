/**
 * Builds the public site — pages, images, PDFs, sitemap, RSS — into a fresh folder, then
 * switches the live site to it in one step. A failed or killed build leaves the live site
 * as it was.
 *
 * Incremental by default: every output file has a key (content digest plus code version,
 * see plan/keys.ts); files whose key matches the live build's are hard-linked from it,
 * byte for byte, and only the others are rendered. `--full` renders everything; both ways
 * give the same tree. `npm run build:site` runs it (ops/build-site.ts); the publishing
 * worker (ops/worker.ts) calls buildSite() with a snapshot and renderer it keeps warm.
 */
import { existsSync } from 'node:fs'
import { mkdir, readlink, rename, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'

import { stageName } from '../contract/buildStages.ts'
import { liveSiteLink, siteBuildsDir } from '../contract/paths.ts'
import {
  acquireLock,
  BUILD_META,
  buildId,
  inParallel,
  linkTree,
  type Manifest,
  type ManifestEntry,
  pruneOldBuilds,
  readManifest,
  replaceFile,
  switchLive,
} from './builds/folders.ts'
import { holdBackPdfs } from './builds/holdBack.ts'
import { companionsOf, linkCompanions, PRECOMPRESSION, type Precompressor, precompressor } from './builds/precompress.ts'
import { renderOutputs } from './builds/render.ts'
import { dropCompactions, indexSearch, readSearchMeta, readyCompaction, type SearchUpdate, updateSearch } from './builds/search.ts'
import type { Spare } from './builds/spare.ts'
import { type Islands, loadIslands } from './islands/build.ts'
import { stopwatch } from './lib/stopwatch.ts'
import { loadSnapshot, type Snapshot } from './loaders/cms.ts'
import { publicContent } from './model/publicContent.ts'
import type { PublicContent } from './model/types.ts'
import { planSite } from './plan/index.ts'
import { type Output, PDF_KINDS } from './plan/keys.ts'
import { Printer } from './print/index.ts'
import { loadRenderer, type Renderer } from './render/compile.ts'
import { driftFrom, type SearchRecord, searchRecords } from './search/index.ts'
import { siteOrigin } from './settings.ts'

export interface BuildOptions {
  /** Folder that holds one sub-folder per build. */
  buildsDir?: string
  /** Symlink that always points at the live build. */
  liveLink?: string
  /** Builds kept besides the live one, for rollback. */
  keep?: number
  /** Render every file, reusing nothing. */
  full?: boolean
  /** Pages only: no images, PDFs, share cards, feeds or search records (the HTML-only figure of BENCH=build). */
  pagesOnly?: boolean
  /** Published content; read afresh from the CMS when absent. */
  snapshot?: Snapshot
  renderer?: Renderer
  /** The island bundle, built once per version (a long-lived worker passes the one it keeps). */
  islands?: Islands | Promise<Islands>
  printer?: Printer
  /** Remove old builds after returning (the worker); the next build waits for it first. */
  pruneInBackground?: boolean
  /**
   * The most PDFs this build makes of those due (builds/holdBack.ts); the rest wait for a
   * later build, and the pages name them without a link meanwhile. All of them by default.
   */
  pdfs?: number
  /** A hard-linked copy of the live build made ahead of time (prepareSpare): saves linking every file now. */
  spare?: Spare | null
  log?: (line: string) => void
}

export interface BuildReport {
  id: string
  dir: string
  /** True when nothing changed: no new build was made and the live one stays. */
  unchanged: boolean
  files: number
  pages: number
  pdfs: number
  /** PDFs left to a later build (options.pdfs): not in this build, named without a link on their pages. */
  waiting: number
  rendered: number
  reused: number
  removed: number
  /** Files rendered anew, site-relative. */
  changed: string[]
  ms: number
  /** Where the time went, in ms: planning, linking unchanged files, rendering, switching. */
  stages: Record<string, number>
  search: {
    /** Records the live search patches over its base (delta plus stale): 0 once compacted. */
    drift: number
    /** The records it was made from, for a background compaction (compactSearch). */
    records: SearchRecord[]
    /** A background compaction's base was taken into this build. */
    adopted: boolean
  }
}

let lastPrune: Promise<unknown> = Promise.resolve()

/** What a build must do: the planned outputs against the live build's manifest, and the search's state. */
interface Comparison {
  outputs: Output[]
  liveDir: string | null
  previous: Manifest | null
  toRender: Output[]
  removed: string[]
  counts: { files: number; pages: number; pdfs: number; waiting: number }
  /** PDFs left for a later build (builds/holdBack.ts). */
  waiting: string[]
  records: SearchRecord[]
  liveSearch: Awaited<ReturnType<typeof readSearchMeta>>
  liveDrift: number
  /** A background compaction's base to take in, when it leaves less to patch than the live base does. */
  adopt: Awaited<ReturnType<typeof readyCompaction>>
}

async function compare(
  planned: Output[],
  content: PublicContent,
  options: BuildOptions,
  buildsDir: string,
  liveLink: string,
): Promise<Comparison> {
  const liveDir = await readlink(liveLink)
    .then((target) => path.resolve(path.dirname(liveLink), target))
    .catch(() => null)
  const previous = options.full || !liveDir ? null : await readManifest(liveDir)
  const { outputs, waiting } = holdBackPdfs(planned, previous, options.pdfs ?? Number.POSITIVE_INFINITY)
  const records = options.pagesOnly ? [] : searchRecords(content)
  const liveSearch = previous && liveDir ? await readSearchMeta(liveDir) : null
  const compaction = await readyCompaction(buildsDir)
  const liveDrift = liveSearch ? driftFrom(liveSearch.base, records) : records.length
  const adopt = compaction && liveSearch && driftFrom(compaction.base, records) < liveDrift ? compaction : null
  // An older compaction than the live base is dropped.
  if (compaction && !adopt) await dropCompactions(buildsDir, compaction.dir)
  const paths = new Set(outputs.map((output) => output.path))
  const toRender = outputs.filter((output) => previous?.files[output.path]?.key !== output.key)
  const removed = previous ? Object.keys(previous.files).filter((file) => !paths.has(file)) : []
  const counts = {
    files: outputs.length,
    pages: outputs.filter((output) => output.path.endsWith('.html')).length,
    pdfs: outputs.filter((output) => PDF_KINDS.has(output.kind)).length,
    waiting: waiting.length,
  }
  return { outputs, liveDir, previous, toRender, removed, counts, waiting, records, liveSearch, liveDrift, adopt }
}

/**
 * The new build's folder starts as the live build minus what changed: the spare copy when
 * there is one, else hard links. Reused files bring their precompressed copies. Returns
 * the stage's name and the reused text files that came without copies.
 */
async function seedFromLive(
  c: Comparison,
  partial: string,
  spare: Spare | null | undefined,
  reused: Output[],
): Promise<{ stage: string; uncopied: string[] } | null> {
  if (!c.previous || !c.liveDir) return null
  if (spare?.base === c.liveDir && existsSync(spare.dir)) {
    // The spare already holds every file of the live build: drop what is gone.
    await rename(spare.dir, partial)
    await inParallel(c.removed, 16, async (file) => {
      for (const gone of [file, ...companionsOf(file)]) await rm(path.join(partial, gone), { force: true })
      await rmdir(path.dirname(path.join(partial, file))).catch(() => undefined)
    })
    return { stage: 'reuse (spare)', uncopied: spare.uncopied }
  }
  const files = reused.map((output) => output.path)
  await linkTree(c.liveDir, partial, files)
  return { stage: 'reuse (link)', uncopied: await linkCompanions(c.liveDir, partial, files) }
}

interface Assembly {
  id: string
  partial: string
  renderer: Renderer
  printer: () => Printer
  /** Nothing more is printed: a browser the build launched itself is closed, so it holds no memory while the search is indexed. */
  printed: () => Promise<void>
  log: (line: string) => void
  stage: (name: string) => void
  spare?: Spare | null
}

/** Fills the new build's folder: reused files, rendered files, the search, the manifest and summary. Returns the search's drift. */
async function assemble(c: Comparison, a: Assembly): Promise<number> {
  const files: Record<string, ManifestEntry> = {}
  const rendering = new Set(c.toRender)
  const reused = c.outputs.filter((output) => c.previous && !rendering.has(output))
  for (const output of reused) files[output.path] = c.previous?.files[output.path] as ManifestEntry
  const seeded = await seedFromLive(c, a.partial, a.spare, reused)
  if (seeded) a.stage(seeded.stage)
  // Pages are compressed as they are written, in zlib's threads beside the rendering.
  const compressor = precompressor(a.partial)
  await renderOutputs(c.toRender, {
    partial: a.partial,
    renderer: a.renderer,
    printer: a.printer,
    log: a.log,
    files,
    written: compressor.add,
  }).catch(async (error: unknown) => {
    // Nothing may still be writing into the folder the caller removes.
    await compressor.done().catch(() => undefined)
    throw error
  })
  await a.printed()
  const manifest: Manifest = {
    version: a.renderer.version,
    precompressed: PRECOMPRESSION,
    files: Object.fromEntries(Object.entries(files).sort(([x], [y]) => (x < y ? -1 : 1))),
    ...(c.waiting.length > 0 ? { waiting: c.waiting } : {}),
  }
  a.stage('render')
  const fromLive = c.previous && c.liveDir ? c.liveDir : null
  // After the rendering: beside it, a 10k pages-first build took 294 s against 308 s (load 7–9,
  // no clear gain) and held Pagefind's 3 GB and the rendering's memory at once.
  const indexed = indexSearch(c.records, c.liveSearch, c.adopt)
  const searched = await updateSearch(a.partial, fromLive, c.liveSearch, c.adopt, indexed, a.log)
  a.stage('search')
  await precompressBuild(c, a, compressor, seeded?.uncopied ?? [], searched)
  a.stage('precompress')
  await mkdir(path.join(a.partial, BUILD_META), { recursive: true })
  await replaceFile(path.join(a.partial, BUILD_META, 'manifest.json'), JSON.stringify(manifest))
  const summary = {
    id: a.id,
    origin: siteOrigin(),
    builtAt: new Date().toISOString(),
    full: !c.previous,
    ...c.counts,
    rendered: c.toRender.length,
  }
  await replaceFile(path.join(a.partial, BUILD_META, 'build.json'), JSON.stringify(summary, null, 2))
  return searched.drift
}

/**
 * Compresses what else this build wrote (the search), and what it reused without copies,
 * and waits for the pages queued while rendering. A live build whose copies were made with
 * other settings has every text file compressed again.
 */
async function precompressBuild(
  c: Comparison,
  a: Assembly,
  compressor: Precompressor,
  uncopied: string[],
  searched: SearchUpdate,
): Promise<void> {
  const all = [...c.outputs.map((output) => output.path), ...searched.files]
  const present = new Set(all)
  const rest = c.previous?.precompressed === PRECOMPRESSION ? [...uncopied, ...searched.toCompress] : all
  for (const file of rest) if (present.has(file)) compressor.add(file)
  const done = await compressor.done()
  if (done.files > 0) {
    const share = (bytes: number) => `${Math.round((100 * bytes) / done.bytes)}%`
    a.log(
      `  预压缩：${done.files} 个文本文件，brotli ${share(done.br)}，gzip ${share(done.gz)}，压缩用时共 ${done.busyMs} 毫秒（与生成同时进行）`,
    )
  }
}

function unchangedReport(
  c: Comparison,
  liveDir: string,
  started: number,
  stages: Record<string, number>,
  log: (line: string) => void,
): BuildReport {
  const ms = Math.round(performance.now() - started)
  log(`网站内容没有变化，线上网站保持不变（检查用时 ${ms} ms）。`)
  const search = { drift: c.liveDrift, records: c.records, adopted: false }
  const report = { id: path.basename(liveDir), dir: liveDir, unchanged: true, ...c.counts }
  return { ...report, rendered: 0, reused: c.outputs.length, removed: 0, changed: [], ms, stages, search }
}

function freshId(buildsDir: string): string {
  let id = buildId()
  while (existsSync(path.join(buildsDir, id))) id = buildId()
  return id
}

function finishedLine(c: Comparison, ms: number, stages: Record<string, number>): string {
  const where = Object.entries(stages)
    .map(([name, value]) => `${stageName(name)} ${value}`)
    .join('，')
  const reused = c.outputs.length - c.toRender.length
  const later = c.counts.waiting > 0 ? `，另有 ${c.counts.waiting} 个 PDF 稍后生成` : ''
  return `网站构建完成：${c.counts.pages} 个页面，${c.counts.pdfs} 个 PDF${later}；生成 ${c.toRender.length} 个文件，沿用 ${reused} 个，用时 ${(ms / 1000).toFixed(1)} 秒（毫秒：${where}）。`
}

/**
 * The build's printer: the caller's (kept warm by the worker), else a browser launched on
 * first use. `printed` closes that one once the PDFs are made: at 10,000 documents its
 * 1.2 GB were still held while the search was indexed, the build's peak.
 */
function printing(given: Printer | undefined): { printer: () => Printer; printed: () => Promise<void> } {
  let own: Printer | undefined
  return {
    printer() {
      if (given) return given
      own ??= new Printer()
      return own
    },
    async printed() {
      const launched = own
      own = undefined
      await launched?.close()
    },
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line))
  const buildsDir = options.buildsDir ?? siteBuildsDir
  const liveLink = options.liveLink ?? liveSiteLink
  const started = performance.now()
  await mkdir(buildsDir, { recursive: true })
  await lastPrune
  const release = await acquireLock(buildsDir, 10 * 60_000)
  // A background prune keeps the lock until it is done (no build may start meanwhile).
  let releaseLater = false
  const { printer, printed } = printing(options.printer)
  try {
    const { stages, stage } = stopwatch()
    const [snapshot, renderer] = await Promise.all([options.snapshot ?? loadSnapshot(), options.renderer ?? loadRenderer()])
    stage('load')
    const content = publicContent(snapshot)
    stage('content')
    const islands = await (options.islands ?? loadIslands(renderer.versions.islands))
    stage('islands')
    const planned = planSite(content, renderer.versions, islands)
    const outputs = options.pagesOnly ? planned.filter((output) => output.kind === 'page') : planned
    stage('plan')
    const c = await compare(outputs, content, options, buildsDir, liveLink)
    stage('compare')
    // A live build without copies made as this code makes them gets a new build all the same.
    const copiesHold = c.previous?.precompressed === PRECOMPRESSION
    if (c.previous && c.liveDir && c.toRender.length === 0 && c.removed.length === 0 && !c.adopt && copiesHold)
      return unchangedReport(c, c.liveDir, started, stages, log)

    const id = freshId(buildsDir)
    const partial = path.join(buildsDir, `${id}.partial`)
    const dir = path.join(buildsDir, id)
    log(
      `网站构建 ${id}：共 ${outputs.length} 个文件，需生成 ${c.toRender.length} 个，沿用 ${outputs.length - c.toRender.length} 个，删除 ${c.removed.length} 个${c.counts.waiting > 0 ? `；${c.counts.waiting} 个 PDF 留待下一次构建` : ''}`,
    )
    let drift: number
    try {
      drift = await assemble(c, { id, partial, renderer, printer, printed, log, stage, spare: options.spare })
      await rename(partial, dir)
    } catch (error) {
      await rm(partial, { recursive: true, force: true })
      throw error
    }
    await switchLive(liveLink, dir)
    if (c.adopt) await dropCompactions(buildsDir, c.adopt.dir)
    stage('switch')
    const ms = Math.round(performance.now() - started)
    // Old builds go after the report: a worker lets it run on beside the next build.
    const pruning = pruneOldBuilds(buildsDir, dir, options.keep ?? 2)
    if (options.pruneInBackground) {
      releaseLater = true
      lastPrune = pruning.catch((error: unknown) => log(`清理旧构建失败：${(error as Error).message}`)).finally(release)
    } else {
      await pruning
    }
    log(finishedLine(c, ms, stages))
    const changed = c.toRender.map((output) => output.path)
    const search = { drift, records: c.records, adopted: c.adopt !== null }
    return {
      id,
      dir,
      unchanged: false,
      ...c.counts,
      rendered: changed.length,
      reused: outputs.length - changed.length,
      removed: c.removed.length,
      changed,
      ms,
      stages,
      search,
    }
  } finally {
    await printed()
    if (!releaseLater) await release()
  }
}
