/**
 * The island bundle (client.tsx, React, altcha/external and its PBKDF2 worker, their CSS):
 * built by Vite into content-hashed files under `_astro/`, once per islands code version,
 * into `.data/cache/islands/<version>/`, like the renderer (render/compile.ts). A site
 * build plans its files as outputs (plan/participation.ts) and gives the views the file
 * names (`IslandAssets`); ops/serve.ts serves `/_astro/` as immutable.
 *
 * The page loads the bundle with `<script type="module" src>` ('self' in the CSP) and the
 * stylesheet with `<link>`. Nothing may be inlined as a data: URL: the CSP refuses a worker
 * from data: (and blob:), so `assetsInlineLimit` is 0.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { rootDir } from '../../contract/paths.ts'
import type { IslandAssets } from './types.ts'

export const ISLANDS_ENTRY = 'site/islands/client.tsx'

/** Inside the project, so npm ci keeps it (the renderer's cache sits beside it). */
const cacheDir = path.join(rootDir, '.data', 'cache', 'islands')

interface ManifestChunk {
  file: string
  css?: string[]
  assets?: string[]
  isEntry?: boolean
}

/**
 * Builds the bundle into `outDir` (replaced whole): `_astro/*` and `.vite/manifest.json`.
 * `development`: React's development build, unminified, for tests that must see React's
 * hydration warnings (the production build only reports mismatches it has to repair).
 */
export async function buildIslands(outDir: string, { development = false } = {}): Promise<void> {
  const { build } = await import('vite')
  const partial = `${outDir}.partial-${process.pid}`
  await build({
    configFile: false,
    root: rootDir,
    publicDir: false,
    logLevel: 'warn',
    mode: development ? 'development' : 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production') },
    base: '/',
    // TSX with React's automatic runtime, as tsconfig.json says (jsx: react-jsx).
    // `development` said outright: left to Vite it follows NODE_ENV (a test runner's 'test' gave jsxDEV calls that React's production build lacks).
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development } },
    build: {
      outDir: partial,
      emptyOutDir: true,
      manifest: true,
      assetsInlineLimit: 0,
      modulePreload: false,
      sourcemap: false,
      minify: !development,
      rolldownOptions: {
        input: { islands: path.join(rootDir, ISLANDS_ENTRY) },
        output: {
          entryFileNames: '_astro/[name]-[hash].js',
          chunkFileNames: '_astro/[name]-[hash].js',
          assetFileNames: '_astro/[name]-[hash][extname]',
        },
      },
    },
  })
  await rm(outDir, { recursive: true, force: true })
  await rename(partial, outDir)
}

/** The page's view of a built bundle: its entry module and stylesheets, site-relative. */
export async function islandAssets(outDir: string): Promise<IslandAssets> {
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const entry = manifest[ISLANDS_ENTRY]
  if (!entry?.isEntry) throw new Error(`island bundle: no entry ${ISLANDS_ENTRY} in its manifest`)
  return { script: `/${entry.file}`, styles: (entry.css ?? []).map((file) => `/${file}`) }
}

/** The bundle as a site build takes it: what pages link, and every file under `_astro/` to copy. */
export interface Islands {
  version: string
  assets: IslandAssets
  files: { path: string; source: string }[]
}

async function filesOf(dir: string): Promise<Islands['files']> {
  const names = (await readdir(path.join(dir, '_astro'))).sort()
  return names.map((name) => ({ path: `_astro/${name}`, source: path.join(dir, '_astro', name) }))
}

const loaded = new Map<string, Promise<Islands>>()

/** The bundle of this islands code version, built on first use and kept; older versions are removed. */
export function loadIslands(version: string): Promise<Islands> {
  let islands = loaded.get(version)
  if (!islands) {
    islands = (async () => {
      const dir = path.join(cacheDir, version)
      if (!existsSync(path.join(dir, '.vite', 'manifest.json'))) {
        await mkdir(cacheDir, { recursive: true })
        await buildIslands(dir)
        for (const name of await readdir(cacheDir)) {
          if (name !== version && !name.includes('.partial-')) await rm(path.join(cacheDir, name), { recursive: true, force: true })
        }
      }
      return { version, assets: await islandAssets(dir), files: await filesOf(dir) }
    })()
    loaded.set(version, islands)
    islands.catch(() => loaded.delete(version))
  }
  return islands
}
