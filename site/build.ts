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
import { dropCompactions, readSearchMeta, readyCompaction, updateSearch } from './builds/search.ts'
import type { Spare } from './builds/spare.ts'
import { fetchBytes, loadSnapshot, type Snapshot } from './loaders/cms.ts'
import { publicContent } from './model/publicContent.ts'
import { planSite } from './plan/index.ts'
import { fileOf, type Output } from './plan/keys.ts'
import { Printer } from './print/index.ts'
import { signJob } from './print/layouts/sign.ts'
import { loadRenderer, type Renderer } from './render/compile.ts'
import { driftFrom, type SearchRecord, searchRecords } from './search/index.ts'
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

/**
 * One output's bytes. Only a dispatcher: the bytes come from the renderer and the printer,
 * whose code is versioned per product family (render/versions.ts); anything that changed
 * bytes here would not change any key.
 */
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
    const outputs = planSite(content, renderer.versions)
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
