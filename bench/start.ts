/**
 * Start-up figures on this machine — first start on an empty database, second start, a
 * full site rebuild, and peak memory of the whole `npm start` process tree. Prints a table
 * and writes bench/results/start.json.
 *
 * BENCH_REBUILD_ADMIN=1 deletes the admin build first, so the first start is a fresh clone's.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { cmsDir, rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { samplePeak } from './processTree.ts'

const MB = 1024 * 1024

interface Run {
  seconds: number
  peakMb: number
  output: string
}

function waitForLine(child: ChildProcess, pattern: RegExp, sink: { output: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      sink.output += chunk.toString()
      if (pattern.test(sink.output)) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${sink.output.slice(-2000)}`)))
  })
}

async function timedStart(env: NodeJS.ProcessEnv, then?: () => Promise<void>): Promise<Run> {
  const started = performance.now()
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'ops/start.ts'], { cwd: rootDir, env })
  const sampler = samplePeak(child.pid as number)
  const sink = { output: '' }
  await waitForLine(child, /全部就绪/, sink)
  const seconds = (performance.now() - started) / 1000
  await then?.()
  const peakMb = sampler.stop() / MB
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
  return { seconds, peakMb, output: sink.output }
}

async function buildSite(env: NodeJS.ProcessEnv): Promise<{ seconds: number; rendered: number }> {
  const started = performance.now()
  const child = spawn(path.join(rootDir, 'node_modules/.bin/tsx'), ['ops/build-site.ts', '--full'], { cwd: rootDir, env })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  const code = await new Promise((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`site build failed:\n${output}`)
  const rendered = Number(/生成 (\d+) 个文件/.exec(output)?.[1] ?? 0)
  return { seconds: (performance.now() - started) / 1000, rendered }
}

/**
 * A scratch folder and the environment for `npm start` on an embedded database in it, with
 * free ports: a fresh machine, as the README's first command meets it.
 */
export async function freshStart(prefix: string): Promise<{ work: string; env: NodeJS.ProcessEnv; sitePort: number }> {
  const work = await mkdtemp(path.join(os.tmpdir(), prefix))
  // The embedded database runs as the postgres user when we are root.
  await chmod(work, 0o755)
  const port = await findFreePort()
  const sitePort = await findFreePort()
  const previewPort = await findFreePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: path.join(work, 'data'),
    MEDIA_DIR: path.join(work, 'media'),
    SITE_DIR: path.join(work, 'dist'),
    PORT: String(port),
    SITE_PORT: String(sitePort),
    PRINT_PREVIEW_PORT: String(previewPort),
    CMS_URL: `http://127.0.0.1:${port}`,
  }
  return { work, env, sitePort }
}

export async function benchStart(): Promise<void> {
  const { work, env } = await freshStart('xhl-bench-')
  try {
    if (process.env.BENCH_REBUILD_ADMIN === '1') await rm(path.join(cmsDir, '.next'), { recursive: true, force: true })
    console.log('first start (empty embedded database)…')
    let rebuild = { seconds: 0, rendered: 0 }
    const first = await timedStart(env)
    console.log('second start, then a full site rebuild while it runs…')
    const second = await timedStart(env, async () => {
      rebuild = await buildSite(env)
    })
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
      date: new Date().toISOString(),
      adminRebuiltOnFirstStart: process.env.BENCH_REBUILD_ADMIN === '1',
      firstStartSeconds: Number(first.seconds.toFixed(1)),
      firstStartPeakMb: Math.round(first.peakMb),
      secondStartSeconds: Number(second.seconds.toFixed(1)),
      secondStartPeakMb: Math.round(second.peakMb),
      fullSiteBuildSeconds: Number(rebuild.seconds.toFixed(1)),
      fullSiteBuildFiles: rebuild.rendered,
    }
    console.table({
      'first start': { seconds: results.firstStartSeconds, 'peak MB (process tree)': results.firstStartPeakMb },
      'second start (+ site rebuild)': { seconds: results.secondStartSeconds, 'peak MB (process tree)': results.secondStartPeakMb },
      'full site rebuild (npm run build:site:full)': { seconds: results.fullSiteBuildSeconds, 'peak MB (process tree)': '' },
    })
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/start.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.log('written to bench/results/start.json')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
