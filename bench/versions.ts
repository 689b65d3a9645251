/**
 * Code versions per product (issue 15): what a code change costs at N documents
 * (BENCH_VERSIONS_SIZE, default 10000). A fresh database with N synthetic documents and a
 * full build, then, one after another, a change of code that each product family is keyed
 * by, each followed by an ordinary incremental build (`npm run build:site`, a new process,
 * so a changed view's renderer is compiled as a deploy would):
 *
 *   - nothing changed;
 *   - the static server (ops/serve.ts): re-renders nothing;
 *   - one view (site/views/ArticlePage.astro): re-renders the web pages, prints nothing;
 *   - the poster layout: reprints posters only;
 *   - the print renderer every PDF goes through (site/print/render.ts): reprints every PDF.
 *
 * A change is a comment added to the file (the code's bytes change, what it makes does
 * not); every file is put back afterwards, also on failure. Each row gives the files
 * rendered, their share of all files, and the build's time beside the full build's, from
 * the same run. Writes bench/results/versions-<N>.json.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from '../ops/admin.ts'
import { type Child, isMainModule, run } from '../ops/processes.ts'
import { createScratchDatabase } from '../tests/support/database.ts'
import { scratchEnv } from './stack.ts'

interface Change {
  name: string
  /** Files to touch, the first that exists (a layout may be .ts or .tsx). */
  files: string[]
}

const CHANGES: Change[] = [
  { name: '无改动', files: [] },
  { name: '静态服务器 ops/serve.ts', files: ['ops/serve.ts'] },
  { name: '一个页面视图 ArticlePage.astro', files: ['site/views/ArticlePage.astro'] },
  { name: '海报版式', files: ['site/print/layouts/poster.tsx', 'site/print/layouts/poster.ts'] },
  { name: '印刷渲染器 site/print/render.ts（所有 PDF）', files: ['site/print/render.ts'] },
]

/** A comment that changes the file's bytes, not what it does. `.astro`: inside the frontmatter. */
function touched(file: string, text: string, stamp: string): string {
  if (file.endsWith('.astro')) return text.replace(/^---\n/, `---\n// ${stamp}\n`)
  return `${text}\n// ${stamp}\n`
}

interface BuildSummary {
  files: number
  pages: number
  pdfs: number
  rendered: number
}

async function liveSummary(siteDir: string): Promise<BuildSummary> {
  const live = path.resolve(path.dirname(siteDir), await readlink(siteDir))
  return JSON.parse(await readFile(path.join(live, '_build/build.json'), 'utf8')) as BuildSummary
}

async function timedBuild(env: NodeJS.ProcessEnv, args: string[]): Promise<{ seconds: number; summary: BuildSummary }> {
  const siteDir = env.SITE_DIR as string
  const before = await readlink(siteDir).catch(() => null)
  const started = performance.now()
  await run('tsx', ['ops/build-site.ts', ...args], { ...env, NODE_ENV: 'production' }, '构建')
  const seconds = (performance.now() - started) / 1000
  const summary = await liveSummary(siteDir)
  // Nothing to render: the live build stays, and its summary is the last build's.
  if ((await readlink(siteDir)) === before) return { seconds, summary: { ...summary, rendered: 0 } }
  return { seconds, summary }
}

export async function benchVersions(size: number): Promise<Record<string, unknown>> {
  const log = (line: string) => console.log(`[版本 N=${size}] ${line}`)
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-versions-'))
  const database = await createScratchDatabase()
  const port = await findFreePort()
  const env = scratchEnv(work, database.url, port, 'bench-demo-password')
  const originals = new Map<string, string>()
  let cms: Child | undefined
  try {
    await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
    await run('tsx', ['bench/generate.ts', String(size)], { ...env, NODE_ENV: 'production' }, '生成数据')
    await ensureAdminBuilt(env, log)
    cms = startAdmin(port, env)
    await adminReady(port, cms)
    log('完整构建……')
    const full = await timedBuild(env, ['--full'])
    const rows = []
    for (const change of CHANGES) {
      const file = change.files.find((candidate) => existsSync(path.join(rootDir, candidate)))
      if (change.files.length > 0 && !file) throw new Error(`no file for «${change.name}»: ${change.files.join(', ')}`)
      if (file) {
        const absolute = path.join(rootDir, file)
        const text = await readFile(absolute, 'utf8')
        if (!originals.has(absolute)) originals.set(absolute, text)
        await writeFile(absolute, touched(file, text, `bench: code change ${Date.now()}`))
      }
      log(`${change.name}：增量构建……`)
      const built = await timedBuild(env, [])
      rows.push({
        change: change.name,
        file: file ?? null,
        rendered: built.summary.rendered,
        share: Number((built.summary.rendered / built.summary.files).toFixed(3)),
        seconds: Number(built.seconds.toFixed(1)),
        ofFullBuild: Number((built.seconds / full.seconds).toFixed(3)),
      })
      log(`  生成 ${built.summary.rendered}/${built.summary.files} 个文件，用时 ${built.seconds.toFixed(1)} 秒`)
    }
    return {
      size,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
      fullBuild: { seconds: Number(full.seconds.toFixed(1)), ...full.summary },
      changes: rows,
    }
  } finally {
    for (const [file, text] of originals) await writeFile(file, text)
    await cms?.stop()
    await database.drop()
    await rm(work, { recursive: true, force: true })
  }
}

export async function main(): Promise<void> {
  const size = Number(process.env.BENCH_VERSIONS_SIZE ?? 10_000)
  const result = await benchVersions(size)
  await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
  await writeFile(path.join(rootDir, `bench/results/versions-${size}.json`), `${JSON.stringify(result, null, 2)}\n`)
  const full = result.fullBuild as { seconds: number; files: number }
  console.log(`完整构建：${full.files} 个文件，${full.seconds} 秒`)
  console.table(result.changes)
}

if (isMainModule(import.meta.url)) await main()
