/**
 * Builds the whole public site — pages, images and printed PDFs — into a fresh folder,
 * then switches the live site to it in one step. A failed build leaves the live site as
 * it was. Run directly (`npm run build:site`) or call buildSite() from code.
 */
import { lstat, mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { build } from 'astro'

import { liveSiteLink, rootDir, siteBuildsDir } from '../cms/paths.ts'
import { loadPublishedFigures, loadSiteSettings } from './loaders/cms.ts'
import { printFigureLeaflets } from './print/index.ts'
import { siteOrigin } from './settings.ts'
import { siteStamp } from './stamp.ts'

export interface BuildOptions {
  /** Folder that holds one sub-folder per build. */
  buildsDir?: string
  /** Symlink that always points at the live build. */
  liveLink?: string
  /** Builds kept besides the live one, for rollback. */
  keep?: number
  log?: (line: string) => void
}

export interface BuildReport {
  id: string
  dir: string
  pages: number
  pdfs: number
  ms: number
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((entry) => entry.endsWith('.html')).length
}

/** Replaces the symlink in one rename, so a reader sees the old build or the new one. */
async function switchLive(liveLink: string, target: string): Promise<void> {
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

async function pruneOldBuilds(buildsDir: string, live: string, keep: number): Promise<void> {
  const builds = (await readdir(buildsDir)).sort()
  const finished = builds.filter((name) => !name.endsWith('.partial') && path.join(buildsDir, name) !== live)
  for (const name of finished.slice(0, Math.max(0, finished.length - keep))) {
    await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
  for (const name of builds.filter((n) => n.endsWith('.partial'))) {
    await rm(path.join(buildsDir, name), { recursive: true, force: true })
  }
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line))
  const buildsDir = options.buildsDir ?? siteBuildsDir
  const liveLink = options.liveLink ?? liveSiteLink
  const started = performance.now()
  const id = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  const partial = path.join(buildsDir, `${id}.partial`)
  const dir = path.join(buildsDir, id)
  await mkdir(buildsDir, { recursive: true })
  let pages: number
  let pdfs: number
  try {
    const stamp = await siteStamp()
    log(`网站构建 ${id}：生成页面……`)
    await build({ root: rootDir, outDir: partial, logLevel: 'warn', site: siteOrigin() })
    log('网站构建：生成打印 PDF……')
    const figures = await loadPublishedFigures()
    const printed = await printFigureLeaflets(figures, await loadSiteSettings(), partial, (line) => log(`  ${line}`))
    pages = await countHtml(partial)
    pdfs = printed.length
    const report = { id, stamp, pages, pdfs, origin: siteOrigin(), builtAt: new Date().toISOString() }
    await writeFile(path.join(partial, 'build.json'), JSON.stringify(report, null, 2))
    await rename(partial, dir)
  } catch (error) {
    await rm(partial, { recursive: true, force: true })
    throw error
  }
  await switchLive(liveLink, dir)
  await pruneOldBuilds(buildsDir, dir, options.keep ?? 2)
  const ms = Math.round(performance.now() - started)
  log(`网站构建完成：${pages} 个页面，${pdfs} 个 PDF，用时 ${(ms / 1000).toFixed(1)} 秒。`)
  return { id, dir, pages, pdfs, ms }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSite().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`✖ 网站构建失败，线上网站保持不变：${(error as Error).message}`)
      process.exit(1)
    },
  )
}
