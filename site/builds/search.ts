/** The search index inside the builds: its record of what each build holds, background compaction, and the update a build makes. */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { siteBuildsDir } from '../../contract/paths.ts'
import {
  BASE_DIR,
  baseKeyOf,
  buildSearch,
  bundle,
  DELTA_DIR,
  type SearchFiles,
  type SearchRecord,
  type SearchState,
  versionMap,
} from '../search/index.ts'
import { BUILD_META, linkTree, replaceFile, writeFiles } from './folders.ts'
import { linkCompanions, precompress } from './precompress.ts'

export interface SearchMeta extends SearchState {
  baseKey: string
  deltaKey: string
  baseFiles: string[]
  deltaFiles: string[]
}

const COMPACT_PREFIX = 'search-compact-'
/** Base versions the search page drops; rewritten by every build. */
const STALE_FILE = 'pagefind/stale.json'
const READY_COMPACTION = /^search-compact-(\d+)-(\d+)$/

export interface Compaction extends SearchMeta {
  dir: string
}

export async function readSearchMeta(dir: string): Promise<SearchMeta | null> {
  return (await readFile(path.join(dir, BUILD_META, 'search.json'), 'utf8').then(JSON.parse, () => null)) as SearchMeta | null
}

/** The newest finished background compaction in the builds folder, if any. */
export async function readyCompaction(buildsDir: string): Promise<Compaction | null> {
  const names = (await readdir(buildsDir).catch(() => [] as string[])).filter((name) => READY_COMPACTION.test(name))
  names.sort((a, b) => Number(READY_COMPACTION.exec(b)?.[2]) - Number(READY_COMPACTION.exec(a)?.[2]))
  for (const name of names) {
    const meta = await readSearchMeta(path.join(buildsDir, name))
    if (meta) return { ...meta, dir: path.join(buildsDir, name) }
  }
  return null
}

/** Removes `through` and any older finished compaction: a newer one may still be of use. */
export async function dropCompactions(buildsDir: string, through: string): Promise<void> {
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
    // Compressed here, off the publish path: the build that adopts this base links the copies.
    await precompress(work, [...files.keys()])
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

export interface SearchUpdate {
  drift: number
  /** Every file of the search in the new build, site-relative. */
  files: string[]
  /** The files to precompress: written in this build, or linked without copies to link. */
  toCompress: string[]
}

/** What a build's search starts from: the live bundles, or an adopted compaction's base with the live delta. */
const previousOf = (live: SearchMeta | null, adopt: Compaction | null): SearchMeta | null =>
  adopt ? { ...adopt, deltaKey: live?.deltaKey ?? '', deltaFiles: live?.deltaFiles ?? [] } : live

/**
 * Indexes what the new build's search needs (Pagefind, in its own process). A build starts
 * it beside the rendering, which does not need it, and hands it to updateSearch after.
 */
export function indexSearch(records: SearchRecord[], live: SearchMeta | null, adopt: Compaction | null): Promise<SearchFiles> {
  return buildSearch(records, previousOf(live, adopt))
}

/**
 * Brings `pagefind/` in the new build up to date from `indexed` (indexSearch): bundles
 * whose key matches the live build's are linked from it (or, for an adopted compaction,
 * from that) with their precompressed copies, the others are written afresh (see search/index.ts).
 */
export async function updateSearch(
  partial: string,
  liveDir: string | null,
  live: SearchMeta | null,
  adopt: Compaction | null,
  indexed: Promise<SearchFiles>,
  log: (line: string) => void,
): Promise<SearchUpdate> {
  const previous = previousOf(live, adopt)
  const baseSource = adopt ? adopt.dir : liveDir
  const result = await indexed
  const baseReused = previous !== null && result.baseKey === previous.baseKey && previous.baseFiles.length > 0
  // A spare copy already holds the live base; anything else under pagefind/ is replaced.
  const spareHasBase = baseReused && !adopt && existsSync(path.join(partial, previous.baseFiles[0] as string))
  if (!spareHasBase) await rm(path.join(partial, BASE_DIR), { recursive: true, force: true })
  await rm(path.join(partial, DELTA_DIR), { recursive: true, force: true })
  const meta: SearchMeta = { ...result.state, baseKey: result.baseKey, deltaKey: result.deltaKey, baseFiles: [], deltaFiles: [] }
  const toCompress = [STALE_FILE]
  for (const [dir, key, list, source] of [
    [BASE_DIR, result.baseKey, meta.baseFiles, baseSource],
    [DELTA_DIR, result.deltaKey, meta.deltaFiles, liveDir],
  ] as const) {
    const built = [...result.files.keys()].filter((file) => file.startsWith(dir))
    if (built.length > 0) {
      await writeFiles(partial, result.files, built)
      list.push(...built)
      toCompress.push(...built)
    } else if (source && previous) {
      const reused = dir === BASE_DIR ? previous.baseFiles : previous.deltaFiles
      if (key === (dir === BASE_DIR ? previous.baseKey : previous.deltaKey) && reused.length > 0) {
        if (!(dir === BASE_DIR && spareHasBase)) {
          await linkTree(source, partial, reused)
          toCompress.push(...(await linkCompanions(source, partial, reused)))
        }
        list.push(...reused)
      }
    }
  }
  await mkdir(path.join(partial, 'pagefind'), { recursive: true })
  await replaceFile(path.join(partial, STALE_FILE), JSON.stringify({ stale: result.stale, delta: meta.deltaFiles.length > 0 }))
  await mkdir(path.join(partial, BUILD_META), { recursive: true })
  await replaceFile(path.join(partial, BUILD_META, 'search.json'), JSON.stringify(meta))
  const drift = Object.keys(result.state.delta).length + result.stale.length
  if (result.indexed > 0 || adopt)
    log(`  搜索索引：${Object.keys(result.state.base).length} 条基础记录${adopt ? '（后台整理后的新基础）' : ''}，${drift} 条待合并的修改`)
  return { drift, files: [...meta.baseFiles, ...meta.deltaFiles, STALE_FILE], toCompress }
}
