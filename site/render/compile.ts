/**
 * Compiles the renderer (entry.ts and the Astro views it imports) with Vite and Astro's
 * own plugins into `.data/cache/renderer/<version>/entry.mjs`, once per version of the pages' code, and
 * loads it. The folder sits outside node_modules, so `npm ci` keeps it.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { rootDir } from '../../contract/paths.ts'
import type { ViewName, ViewProps } from '../views/props.ts'
import { type CodeVersions, codeVersions } from './versions.ts'

export interface Renderer {
  /** The pages' code version: the compiled renderer is made once per version. */
  version: string
  /** Every product family's code version (versions.ts): what output keys are made with. */
  versions: CodeVersions
  renderView<V extends ViewName>(view: V, props: ViewProps[V]): Promise<string>
}

/** Inside the project, so the compiled module finds the project's packages. */
const cacheDir = path.join(rootDir, '.data', 'cache', 'renderer')

const loaded = new Map<string, Promise<Renderer>>()

/**
 * Vite decides "production" (and so React's JSX runtime, jsx or jsxDEV) from NODE_ENV when
 * it is already set: a renderer compiled by a test runner (NODE_ENV=test) called jsxDEV,
 * which the production React of `npm start` and the site worker lacks. The renderer is one
 * cached file for every process, so it is always compiled as production.
 */
async function asProduction<T>(work: () => Promise<T>): Promise<T> {
  const before = process.env.NODE_ENV
  // @ts-expect-error Next declares NODE_ENV read-only; Vite reads it to decide "production".
  process.env.NODE_ENV = 'production'
  try {
    return await work()
  } finally {
    // @ts-expect-error as above
    if (before === undefined) delete process.env.NODE_ENV
    // @ts-expect-error as above
    else process.env.NODE_ENV = before
  }
}

async function compile(outDir: string): Promise<void> {
  await asProduction(() => compileAs(outDir))
}

async function compileAs(outDir: string): Promise<void> {
  const [{ build }, { getViteConfig }] = await Promise.all([import('vite'), import('astro/config')])
  const partial = `${outDir}.partial-${process.pid}`
  const config = await getViteConfig(
    {
      root: rootDir,
      logLevel: 'warn',
      build: {
        ssr: path.join(rootDir, 'site/render/entry.ts'),
        outDir: partial,
        emptyOutDir: true,
        minify: false,
        // Astro's runtime is loaded from node_modules, as one shared instance.
        rollupOptions: { external: [/^astro(\/|$)/], output: { format: 'es', entryFileNames: 'entry.mjs', codeSplitting: false } },
      },
    },
    { root: rootDir, logLevel: 'error' },
  )({ mode: 'production', command: 'build' })
  await build({ ...config, configFile: false })
  await rm(outDir, { recursive: true, force: true })
  await rename(partial, outDir)
  // Older versions are no longer needed: a process that loaded one holds it in memory.
  for (const name of await readdir(path.dirname(outDir))) {
    if (name !== path.basename(outDir) && !name.includes('.partial-'))
      await rm(path.join(path.dirname(outDir), name), { recursive: true, force: true })
  }
}

export function loadRenderer(): Promise<Renderer> {
  const pending = codeVersions().then((versions) => {
    const version = versions.pages
    const all = JSON.stringify(versions)
    let renderer = loaded.get(all)
    if (!renderer) {
      renderer = (async () => {
        const outDir = path.join(cacheDir, version)
        if (!existsSync(path.join(outDir, 'entry.mjs'))) {
          await mkdir(path.dirname(outDir), { recursive: true })
          await compile(outDir)
        }
        const module = (await import(pathToFileURL(path.join(outDir, 'entry.mjs')).href)) as Pick<Renderer, 'renderView'>
        return { version, versions, renderView: module.renderView }
      })()
      loaded.set(all, renderer)
      renderer.catch(() => loaded.delete(all))
    }
    return renderer
  })
  return pending
}
