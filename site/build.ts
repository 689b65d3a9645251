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
import { link, lstat, mkdir, open, readdir, readFile, readlink, rename, rm, rmdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { liveSiteLink, siteBuildsDir } from '../contract/paths.ts'
import { fetchBytes, loadSnapshot, type Snapshot } from './loaders/cms.ts'
import { publicContent } from './model/publicContent.ts'
import { planSite } from './plan/index.ts'
import { fileOf, type Output } from './plan/keys.ts'
import { Printer } from './print/index.ts'
import { signJob } from './print/layouts/sign.ts'
import { loadRenderer, type Renderer } from './render/compile.ts'
import {
  BASE_DIR,
  baseKeyOf,
  buildSearch,
  bundle,
  DELTA_DIR,
  driftFrom,
  type SearchRecord,
  type SearchState,
  searchRecords,
  versionMap,
} from './search/index.ts'
import { siteOrigin } from './settings.ts'
import type { PrintProps } from './views/props.ts'

export interface BuildOptions {
  /** Folder that holds one sub-folder per build. */
  buildsDir?: string
  /** Symlink that always points at the live build. */
  liveLink?: string
  /** Builds kept besides the live one, for rollback. */
  keep?: number
  /** Render every file, reusing nothing. */
  full?: boolean
  /** Published content; read afresh from the CMS when absent. */
  snapshot?: Snapshot
  renderer?: Renderer
  printer?: Printer
  /** Remove old builds after returning (the worker); the next build waits for it first. */
  pruneInBackground?: boolean
  /** A hard-linked copy of the live build made ahead of time (prepareSpare): saves linking every file now. */
  spare?: Spare | null
  log?: (line: string) => void
}

export interface Spare {
  dir: string
  /** The live build it copies. */
  base: string
}

export interface BuildReport {
  id: string
  dir: string
  /** True when nothing changed: no new build was made and the live one stays. */
  unchanged: boolean
  files: number
  pages: number
  pdfs: number
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

interface ManifestEntry {
  key: string
  bytes: number
  /** PDFs: the page count, which the 打印与下载 page states. */
  pages?: number
}
export interface Manifest {
  version: string
  files: Record<string, ManifestEntry>
}

const STAGE_NAMES: Record<string, string> = {
  load: '读取',
  content: '整理内容',
  plan: '规划',
  compare: '比对',
  'reuse (spare)': '沿用（预备副本）',
  'reuse (link)': '沿用（链接）',
  render: '生成',
  search: '搜索索引',
  switch: '切换',
}

/** Where a build keeps its own records; the static server never serves this folder. */
export const BUILD_META = '_build'

export class BuildLockedError extends Error {
  name = 'BuildLockedError'
}

/** Why a build failed, in Chinese for the editor and the operator: file-system faults by name. */
export function buildErrorMessage(error: unknown): string {
  const { code, path: where, message } = error as NodeJS.ErrnoException
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `构建文件夹所在的磁盘已满（${path.dirname(where ?? siteBuildsDir)}）。请清理磁盘空间或扩容后重试`
    case 'EROFS':
      return `构建文件夹所在的磁盘是只读的（${where ?? siteBuildsDir}）`
    case 'EACCES':
    case 'EPERM':
      return `没有写入构建文件夹的权限（${where ?? siteBuildsDir}）`
    default:
      return message
  }
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, BUILD_META, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** Replaces the symlink in one rename, so a reader sees the old build or the new one. */
export async function switchLive(liveLink: string, target: string): Promise<void> {
  const current = await lstat(liveLink).catch(() => null)
  if (current && !current.isSymbolicLink()) {
    // A plain folder left by running `astro build` by hand: keep it beside the builds.
    await rename(liveLink, path.join(path.dirname(target), `manual-${path.basename(target)}`))
  }
  const temporary = `${liveLink}.next-${process.pid}`
  await rm(temporary, { force: true })
  await symlink(target, temporary)
  await rename(temporary, liveLink).catch(async (error: unknown) => {
    await rm(temporary, { force: true })
    throw error
  })
}

/** Finished builds, oldest first. */
export async function listBuilds(buildsDir: string): Promise<string[]> {
  const names = await readdir(buildsDir).catch(() => [] as string[])
  return names.filter((name) => /^\d{8}T\d{9}-\d+$/.test(name)).sort()
}

async function pruneOldBuilds(buildsDir: string, live: string, keep: number): Promise<void> {
  const finished = (await listBuilds(buildsDir)).filter((name) => path.join(buildsDir, name) !== live)
  for (const name of finished.slice(0, Math.max(0, finished.length - keep))) {
    await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
  for (const name of await readdir(buildsDir)) {
    const spareOwner = /^spare-(\d+)$/.exec(name)?.[1]
    const owner = spareOwner ?? /^search-compact-(\d+)-\d+\.compacting$/.exec(name)?.[1]
    const stale = name.endsWith('.partial') || (owner !== undefined && Number(owner) !== process.pid && !isAlive(Number(owner)))
    if (stale) await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Runs fn over items with up to `width` in flight: file-system calls overlap in libuv's threads. */
async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++] as T)
    }),
  )
}

/** Hard-links every file of `from` into `to` (a new folder). */
async function linkTree(from: string, to: string, files: string[]): Promise<void> {
  const dirs = [...new Set(files.map((file) => path.dirname(path.join(to, file))))].sort()
  await inParallel(dirs, 16, (dir) => mkdir(dir, { recursive: true }).then(() => undefined))
  await inParallel(files, 32, (file) => link(path.join(from, file), path.join(to, file)))
}

/**
 * Makes a hard-linked copy of the live build beside it, ahead of the next build, so that
 * a publish only has to replace the files it changes. One spare per process.
 */
export async function prepareSpare(buildsDir = siteBuildsDir, liveLink = liveSiteLink): Promise<Spare | null> {
  const base = await readlink(liveLink)
    .then((target) => path.resolve(path.dirname(liveLink), target))
    .catch(() => null)
  const manifest = base ? await readManifest(base) : null
  if (!base || !manifest) return null
  const dir = path.join(buildsDir, `spare-${process.pid}`)
  await rm(dir, { recursive: true, force: true })
  // The search base has a file per page too: the spare carries it, so reusing it costs nothing.
  const search = await readSearchMeta(base)
  const meta = [`${BUILD_META}/manifest.json`, `${BUILD_META}/build.json`, ...(search ? [`${BUILD_META}/search.json`] : [])]
  await linkTree(base, dir, [...Object.keys(manifest.files), ...meta, ...(search?.baseFiles ?? [])])
  return { dir, base }
}

/** Writes a file by renaming a new one over it: a hard-linked file shared with the live build is never written through. */
async function replaceFile(target: string, body: string | Uint8Array): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}`
  await writeFile(temporary, body)
  await rename(temporary, target)
}

/**
 * One build at a time per builds folder, across processes: a lock file naming its owner's
 * pid. A lock whose owner is gone (killed) is taken over.
 */
async function acquireLock(buildsDir: string, waitMs: number): Promise<() => Promise<void>> {
  const file = path.join(buildsDir, 'build.lock')
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      const handle = await open(file, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number(await readFile(file, 'utf8').catch(() => ''))
    let alive = false
    try {
      if (owner > 0) process.kill(owner, 0)
      alive = owner > 0
    } catch {}
    if (!alive) {
      await rm(file, { force: true })
      continue
    }
    if (Date.now() > deadline) throw new BuildLockedError(`另一个网站构建正在进行（进程 ${owner}），请稍后再试。`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function produce(
  output: Output,
  renderer: Renderer,
  printer: () => Printer,
): Promise<{ body: Uint8Array | string; pages?: number; warnings?: string[] }> {
  switch (output.kind) {
    case 'page':
      return { body: await renderer.renderView(output.view, output.props) }
    case 'text':
      return { body: output.body }
    case 'image':
      return { body: await fetchBytes(output.image.sourceUrl, `图片 ${output.image.filename}`) }
    case 'print': {
      const { pdf, pages, warnings } = await printer().subject(output.product, output.subject, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'handbook': {
      const { pdf, pages, warnings } = await printer().handbook(output.handbook, output.site)
      return { body: pdf, pages, warnings }
    }
    case 'sign': {
      const { pdf, pages, warnings } = await printer().print(await signJob(output.sign, output.site))
      return { body: pdf, pages, warnings }
    }
    case 'share':
      return { body: await printer().shareCard(output.card) }
  }
}

/** Sorts by time; unique per builds folder (milliseconds, pid, and a check). */
function buildId(): string {
  return `${new Date().toISOString().replace(/[-:.Z]/g, '')}-${process.pid}`
}

interface SearchMeta extends SearchState {
  baseKey: string
  deltaKey: string
  baseFiles: string[]
  deltaFiles: string[]
}

const COMPACT_PREFIX = 'search-compact-'
const READY_COMPACTION = /^search-compact-(\d+)-(\d+)$/

interface Compaction extends SearchMeta {
  dir: string
}

/** Writes the named `files` (site-relative path → bytes) under `root`. */
async function writeFiles(root: string, files: Map<string, Uint8Array>, names: string[]): Promise<void> {
  for (const file of names) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), files.get(file) as Uint8Array)
  }
}

async function readSearchMeta(dir: string): Promise<SearchMeta | null> {
  return (await readFile(path.join(dir, BUILD_META, 'search.json'), 'utf8').then(JSON.parse, () => null)) as SearchMeta | null
}

/** The newest finished background compaction in the builds folder, if any. */
async function readyCompaction(buildsDir: string): Promise<Compaction | null> {
  const names = (await readdir(buildsDir).catch(() => [] as string[])).filter((name) => READY_COMPACTION.test(name))
  names.sort((a, b) => Number(READY_COMPACTION.exec(b)?.[2]) - Number(READY_COMPACTION.exec(a)?.[2]))
  for (const name of names) {
    const meta = await readSearchMeta(path.join(buildsDir, name))
    if (meta) return { ...meta, dir: path.join(buildsDir, name) }
  }
  return null
}

/** Removes `through` and any older finished compaction: a newer one may still be of use. */
async function dropCompactions(buildsDir: string, through: string): Promise<void> {
  const stamp = (name: string) => Number(READY_COMPACTION.exec(name)?.[2])
  const limit = stamp(path.basename(through))
  for (const name of await readdir(buildsDir).catch(() => [] as string[])) {
    if (READY_COMPACTION.test(name) && stamp(name) <= limit) await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

/**
 * Indexes every record into a new search base beside the builds, off the publish path:
 * the next build takes it in (and the delta empties). Takes as long as a full index
 * (≈ 26 s at 10,000 pages on two cores) but holds no lock; builds go on meanwhile.
 */
export async function compactSearch(records: SearchRecord[], buildsDir = siteBuildsDir): Promise<void> {
  const name = `${COMPACT_PREFIX}${process.pid}-${Date.now()}`
  const work = path.join(buildsDir, `${name}.compacting`)
  await rm(work, { recursive: true, force: true })
  try {
    const files = new Map<string, Uint8Array>()
    await bundle(records, BASE_DIR, files)
    await writeFiles(work, files, [...files.keys()])
    const base = versionMap(records)
    const meta: SearchMeta = { base, delta: {}, baseKey: baseKeyOf(base), deltaKey: '', baseFiles: [...files.keys()], deltaFiles: [] }
    await mkdir(path.join(work, BUILD_META), { recursive: true })
    await writeFile(path.join(work, BUILD_META, 'search.json'), JSON.stringify(meta))
    await rename(work, path.join(buildsDir, name))
  } catch (error) {
    await rm(work, { recursive: true, force: true })
    throw error
  }
}

/**
 * Brings `pagefind/` in the new build up to date: bundles whose key matches the live
 * build's are linked from it (or, for an adopted compaction, from that), the others are
 * built afresh (see search/index.ts).
 */
async function updateSearch(
  partial: string,
  liveDir: string | null,
  live: SearchMeta | null,
  adopt: Compaction | null,
  records: SearchRecord[],
  log: (line: string) => void,
): Promise<{ drift: number }> {
  const previous: SearchMeta | null = adopt ? { ...adopt, deltaKey: live?.deltaKey ?? '', deltaFiles: live?.deltaFiles ?? [] } : live
  const baseSource = adopt ? adopt.dir : liveDir
  const result = await buildSearch(records, previous)
  const baseReused = previous !== null && result.baseKey === previous.baseKey && previous.baseFiles.length > 0
  // A spare copy already holds the live base; anything else under pagefind/ is replaced.
  const spareHasBase = baseReused && !adopt && existsSync(path.join(partial, previous.baseFiles[0] as string))
  if (!spareHasBase) await rm(path.join(partial, BASE_DIR), { recursive: true, force: true })
  await rm(path.join(partial, DELTA_DIR), { recursive: true, force: true })
  const meta: SearchMeta = { ...result.state, baseKey: result.baseKey, deltaKey: result.deltaKey, baseFiles: [], deltaFiles: [] }
  for (const [dir, key, list, source] of [
    [BASE_DIR, result.baseKey, meta.baseFiles, baseSource],
    [DELTA_DIR, result.deltaKey, meta.deltaFiles, liveDir],
  ] as const) {
    const built = [...result.files.keys()].filter((file) => file.startsWith(dir))
    if (built.length > 0) {
      await writeFiles(partial, result.files, built)
      list.push(...built)
    } else if (source && previous) {
      const reused = dir === BASE_DIR ? previous.baseFiles : previous.deltaFiles
      if (key === (dir === BASE_DIR ? previous.baseKey : previous.deltaKey) && reused.length > 0) {
        if (!(dir === BASE_DIR && spareHasBase)) await linkTree(source, partial, reused)
        list.push(...reused)
      }
    }
  }
  await mkdir(path.join(partial, 'pagefind'), { recursive: true })
  await replaceFile(path.join(partial, 'pagefind/stale.json'), JSON.stringify({ stale: result.stale, delta: meta.deltaFiles.length > 0 }))
  await mkdir(path.join(partial, BUILD_META), { recursive: true })
  await replaceFile(path.join(partial, BUILD_META, 'search.json'), JSON.stringify(meta))
  const drift = Object.keys(result.state.delta).length + result.stale.length
  if (result.indexed > 0 || adopt)
    log(`  搜索索引：${Object.keys(result.state.base).length} 条基础记录${adopt ? '（后台整理后的新基础）' : ''}，${drift} 条待合并的修改`)
  return { drift }
}

let lastPrune: Promise<unknown> = Promise.resolve()

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
  let ownPrinter: Printer | undefined
  const printer = () => {
    if (options.printer) return options.printer
    ownPrinter ??= new Printer()
    return ownPrinter
  }
  try {
    const stages: Record<string, number> = {}
    let mark = performance.now()
    const stage = (name: string) => {
      const now = performance.now()
      stages[name] = Math.round(now - mark)
      mark = now
    }
    const [snapshot, renderer] = await Promise.all([options.snapshot ?? loadSnapshot(), options.renderer ?? loadRenderer()])
    stage('load')
    const content = publicContent(snapshot)
    stage('content')
    const outputs = planSite(content, renderer.version)
    stage('plan')
    const liveDir = await readlink(liveLink)
      .then((target) => path.resolve(path.dirname(liveLink), target))
      .catch(() => null)
    const previous = options.full || !liveDir ? null : await readManifest(liveDir)
    // The search: the live build's bundles, and a background compaction to take in if it
    // leaves less to patch than the live base does (an older one is dropped).
    const records = searchRecords(content)
    const liveSearch = previous && liveDir ? await readSearchMeta(liveDir) : null
    const compaction = await readyCompaction(buildsDir)
    const liveDrift = liveSearch ? driftFrom(liveSearch.base, records) : records.length
    const adopt = compaction && liveSearch && driftFrom(compaction.base, records) < liveDrift ? compaction : null
    if (compaction && !adopt) await dropCompactions(buildsDir, compaction.dir)
    const paths = new Set(outputs.map((output) => output.path))
    const toRender = outputs.filter((output) => previous?.files[output.path]?.key !== output.key)
    const removed = previous ? Object.keys(previous.files).filter((file) => !paths.has(file)) : []
    const counts = {
      files: outputs.length,
      pages: outputs.filter((output) => output.path.endsWith('.html')).length,
      pdfs: outputs.filter((output) => output.kind === 'print' || output.kind === 'handbook' || output.kind === 'sign').length,
    }
    stage('compare')
    if (previous && liveDir && toRender.length === 0 && removed.length === 0 && !adopt) {
      const ms = Math.round(performance.now() - started)
      log(`网站内容没有变化，线上网站保持不变（检查用时 ${ms} ms）。`)
      const report = { id: path.basename(liveDir), dir: liveDir, unchanged: true, ...counts }
      const search = { drift: liveDrift, records, adopted: false }
      return { ...report, rendered: 0, reused: outputs.length, removed: 0, changed: [], ms, stages, search }
    }

    let id = buildId()
    while (existsSync(path.join(buildsDir, id))) id = buildId()
    const partial = path.join(buildsDir, `${id}.partial`)
    const dir = path.join(buildsDir, id)
    let searched = { drift: 0 }
    log(
      `网站构建 ${id}：共 ${outputs.length} 个文件，需生成 ${toRender.length} 个，沿用 ${outputs.length - toRender.length} 个，删除 ${removed.length} 个`,
    )
    try {
      const made = new Set<string>()
      const ensureDir = async (file: string) => {
        const parent = path.dirname(file)
        if (made.has(parent)) return
        await mkdir(parent, { recursive: true })
        made.add(parent)
      }
      const files: Record<string, ManifestEntry> = {}
      const rendering = new Set(toRender)
      const reused = outputs.filter((output) => previous && !rendering.has(output))
      for (const output of reused) files[output.path] = previous?.files[output.path] as ManifestEntry
      if (previous && liveDir && options.spare?.base === liveDir && existsSync(options.spare.dir)) {
        // The spare already holds every file of the live build: drop what is gone.
        await rename(options.spare.dir, partial)
        await inParallel(removed, 16, async (file) => {
          await rm(path.join(partial, file), { force: true })
          await rmdir(path.dirname(path.join(partial, file))).catch(() => undefined)
        })
        stage('reuse (spare)')
      } else if (previous && liveDir) {
        await linkTree(
          liveDir,
          partial,
          reused.map((output) => output.path),
        )
        stage('reuse (link)')
      }
      let done = 0
      let lastReport = performance.now()
      const make = async (output: Output) => {
        const { body, pages, warnings } = await produce(output, renderer, printer)
        // What the print studio changed to make a piece fit, or could not print well: in the log, for the editor.
        if (warnings?.length) log(`  印刷提示 /${output.path}：${warnings.join('；')}`)
        const target = path.join(partial, output.path)
        await ensureDir(target)
        await replaceFile(target, body)
        const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length
        files[output.path] = pages === undefined ? { key: output.key, bytes } : { key: output.key, bytes, pages }
        done++
        if (performance.now() - lastReport > 2000 || done === toRender.length) {
          lastReport = performance.now()
          log(`  已生成 ${done}/${toRender.length}`)
        }
      }
      // The browser prints PDFs while this process renders pages and copies images, so on
      // two cores both stay busy.
      // A failure stops both lanes before the half-written folder is removed.
      let failed = false
      const lane = async (outputs: Output[]) => {
        for (const output of outputs) {
          if (failed) return
          await make(output).catch((error: unknown) => {
            failed = true
            throw error
          })
        }
      }
      // The browser's work is split over two lanes, one per warm press. 打印与下载 states
      // each handbook's page count, so it is rendered once the PDFs are made.
      const inBrowser = (o: Output) => o.kind === 'print' || o.kind === 'share' || o.kind === 'handbook' || o.kind === 'sign'
      const needsPageCounts = (o: Output) => o.kind === 'page' && o.view === 'PrintPage'
      const browserWork = toRender.filter(inBrowser)
      const lanes = await Promise.allSettled([
        lane(browserWork.filter((_o, index) => index % 2 === 0)),
        lane(browserWork.filter((_o, index) => index % 2 === 1)),
        lane(toRender.filter((o) => !inBrowser(o) && !needsPageCounts(o))),
      ])
      for (const result of lanes) if (result.status === 'rejected') throw result.reason
      for (const output of toRender.filter(needsPageCounts)) {
        const props = (output as Extract<Output, { kind: 'page' }>).props as PrintProps
        for (const entry of props.handbooks) entry.pages = files[fileOf(entry.href)]?.pages ?? null
        await make(output)
      }
      const manifest: Manifest = {
        version: renderer.version,
        files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))),
      }
      stage('render')
      searched = await updateSearch(partial, previous && liveDir ? liveDir : null, liveSearch, adopt, records, log)
      stage('search')
      await mkdir(path.join(partial, BUILD_META), { recursive: true })
      await replaceFile(path.join(partial, BUILD_META, 'manifest.json'), JSON.stringify(manifest))
      const summary = { id, origin: siteOrigin(), builtAt: new Date().toISOString(), full: !previous, ...counts, rendered: toRender.length }
      await replaceFile(path.join(partial, BUILD_META, 'build.json'), JSON.stringify(summary, null, 2))
      await rename(partial, dir)
    } catch (error) {
      await rm(partial, { recursive: true, force: true })
      throw error
    }
    await switchLive(liveLink, dir)
    if (adopt) await dropCompactions(buildsDir, adopt.dir)
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
    const where = Object.entries(stages)
      .map(([name, value]) => `${STAGE_NAMES[name] ?? name} ${value}`)
      .join('，')
    log(
      `网站构建完成：${counts.pages} 个页面，${counts.pdfs} 个 PDF；生成 ${toRender.length} 个文件，沿用 ${outputs.length - toRender.length} 个，用时 ${(ms / 1000).toFixed(1)} 秒（毫秒：${where}）。`,
    )
    return {
      id,
      dir,
      unchanged: false,
      ...counts,
      rendered: toRender.length,
      reused: outputs.length - toRender.length,
      removed: removed.length,
      changed: toRender.map((output) => output.path),
      ms,
      stages,
      search: { drift: searched.drift, records, adopted: adopt !== null },
    }
  } finally {
    await ownPrinter?.close()
    if (!releaseLater) await release()
  }
}
