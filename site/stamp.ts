import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { hashSources } from '../cms/runtime/hash.ts'
import { contentFingerprint } from './loaders/cms.ts'
import { siteOrigin } from './settings.ts'

/**
 * What a build depends on: the site's code, the installed packages, the public origin
 * and the published content. A live build with the same stamp need not be rebuilt.
 */
export async function siteStamp(): Promise<string> {
  return hashSources(['site', 'astro.config.mjs', 'package-lock.json', 'cms/vocabulary.ts'], [siteOrigin(), await contentFingerprint()])
}

export async function liveStamp(liveLink: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(liveLink, 'build.json'), 'utf8')) as { stamp?: string }
    return manifest.stamp ?? null
  } catch {
    return null
  }
}
