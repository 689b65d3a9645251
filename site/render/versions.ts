/**
 * Code versions per product. Each product family is keyed by the code that makes it: the
 * files its entry modules import, followed through every relative import (`.ts`, `.tsx`,
 * `.js`, `.astro` frontmatter, `?raw` scripts and styles), plus the lockfile (packages, fonts),
 * `contract/` and the public origin. A change to a poster layout re-keys posters only; a
 * change to a view re-keys pages only; a change to the static server re-keys nothing.
 *
 * Everything that shapes an output is reached by import from its entries: the plan and the
 * model (which decide what each output holds) are entries of every family.
 */
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../../contract/paths.ts'
import { siteOrigin } from '../settings.ts'
import { hashSources } from './hash.ts'

export type PrintFamily = 'poster' | 'leaflet' | 'handbook' | 'sign' | 'questionnaire' | 'menu'

export interface CodeVersions {
  /** Web pages, feeds and the screen deck. */
  pages: string
  /**
   * The island bundle (site/islands/build.ts), built once per version. Its files are named
   * by their content and pages link them by name, so the pages follow it: its entry is an
   * entry of the pages too.
   */
  islands: string
  share: string
  print: Record<PrintFamily, string>
}

/** What decides what each output holds, shared by every family. */
const PLANNING = ['site/plan/index.ts', 'site/model/publicContent.ts']
const PRINTING = ['site/print/index.ts', 'site/print/render.ts', 'site/print/cmyk.ts']

const LAYOUTS: Record<PrintFamily, string> = {
  poster: 'site/print/layouts/poster.ts',
  leaflet: 'site/print/layouts/leaflet.ts',
  handbook: 'site/print/layouts/handbook.ts',
  sign: 'site/print/layouts/sign.ts',
  questionnaire: 'site/print/layouts/questionnaire.ts',
  menu: 'site/print/services/menu.ts',
}

/** The island bundle's entry (site/islands/build.ts ISLANDS_ENTRY). */
const ISLANDS = 'site/islands/client.tsx'

export const FAMILY_ENTRIES: { pages: string[]; islands: string[]; share: string[]; print: Record<PrintFamily, string[]> } = {
  // base.css is the web's half of the token set (tests/unit/tokens.test.ts): a token change re-renders pages too.
  pages: [...PLANNING, 'site/render/entry.ts', 'astro.config.mjs', 'site/styles/tokens.ts', ISLANDS],
  islands: [ISLANDS, 'site/islands/build.ts'],
  share: [...PLANNING, ...PRINTING, 'site/print/share.ts'],
  print: {
    poster: [...PLANNING, ...PRINTING, LAYOUTS.poster],
    leaflet: [...PLANNING, ...PRINTING, LAYOUTS.leaflet],
    handbook: [...PLANNING, ...PRINTING, LAYOUTS.handbook],
    sign: [...PLANNING, ...PRINTING, LAYOUTS.sign],
    questionnaire: [...PLANNING, ...PRINTING, LAYOUTS.questionnaire],
    menu: [...PLANNING, ...PRINTING, LAYOUTS.menu],
  },
}

const SPECIFIERS = [
  /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /@import\s+(?:url\()?['"](\.{1,2}\/[^'"]+)['"]/g,
]
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts']

function resolveImport(from: string, specifier: string): string | null {
  const bare = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''))
  for (const extension of EXTENSIONS) {
    const candidate = `${bare}${extension}`
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate
  }
  return null
}

/**
 * Every project file `entries` reach by relative imports (paths relative to the project),
 * not passing through `stops` (the print dispatcher imports every layout; a poster's code
 * is not the leaflet layout).
 */
export async function importClosure(entries: string[], stops: string[] = [], root = rootDir): Promise<string[]> {
  const seen = new Set<string>(stops.map((stop) => path.join(root, stop)))
  const queue = entries.map((entry) => path.join(root, entry))
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.(ts|tsx|mjs|js|astro|css)$/.test(file)) continue
    // Type-only imports are erased before anything runs: they make no output.
    const text = (await readFile(file, 'utf8').catch(() => '')).replace(/\b(import|export) type\b[^;'"]*?from\s*['"][^'"]+['"]/g, '')
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const target = resolveImport(file, match[1] as string)
        if (target && !seen.has(target)) queue.push(target)
      }
    }
  }
  for (const stop of stops) if (!entries.includes(stop)) seen.delete(path.join(root, stop))
  return [...seen].map((file) => path.relative(root, file)).sort()
}

/** The files of one print family: its layout and what it shares with the others, not the other layouts. */
export const printClosure = (family: PrintFamily) =>
  importClosure(
    FAMILY_ENTRIES.print[family],
    Object.values(LAYOUTS).filter((layout) => layout !== LAYOUTS[family]),
  )

async function versionOf(closure: Promise<string[]>, shared: string): Promise<string> {
  const files = (await closure).filter((file) => !file.startsWith('contract/'))
  const digest = createHash('sha256').update(shared)
  digest.update(await hashSources(files))
  return digest.digest('hex').slice(0, 16)
}

/** The version of every product family, from the code as it is on disk now. */
export async function codeVersions(): Promise<CodeVersions> {
  const shared = await hashSources(['contract', 'package-lock.json'], [siteOrigin()])
  const print = {} as Record<PrintFamily, string>
  for (const family of Object.keys(FAMILY_ENTRIES.print) as PrintFamily[]) {
    print[family] = await versionOf(printClosure(family), shared)
  }
  const layouts = Object.values(LAYOUTS)
  return {
    pages: await versionOf(importClosure(FAMILY_ENTRIES.pages), shared),
    islands: await versionOf(importClosure(FAMILY_ENTRIES.islands), shared),
    share: await versionOf(importClosure(FAMILY_ENTRIES.share, layouts), shared),
    print,
  }
}
