import { readlink, rm } from 'node:fs/promises'
import path from 'node:path'

import { liveSiteLink, siteBuildsDir } from '../../contract/paths.ts'
import { BUILD_META, linkTree, readManifest } from './folders.ts'
import { linkCompanions } from './precompress.ts'
import { readSearchMeta } from './search.ts'

export interface Spare {
  dir: string
  /** The live build it copies. */
  base: string
  /** Text files copied without precompressed copies beside them (too small, or made before precompression). */
  uncopied: string[]
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
  const served = [...Object.keys(manifest.files), ...(search?.baseFiles ?? [])]
  await linkTree(base, dir, [...served, ...meta])
  const uncopied = await linkCompanions(base, dir, served)
  return { dir, base, uncopied }
}
