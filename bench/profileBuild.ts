/**
 * Where a full build's time goes (issue 20), `BENCH=profile-build` (size: BENCH_SIZES,
 * default 10000): a scratch database with N synthetic documents, the admin on it, then one
 * full build under `node --cpu-prof`. Prints the build's stages, the CPU seconds of its
 * process tree by program and thread, the memory at its peak, and the build process's
 * main thread by part and by function. Writes bench/results/profile-build-<N>.json.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, ensureAdminBuilt, startAdmin } from '../ops/admin.ts'
import { run, startChild } from '../ops/processes.ts'
import { createScratchDatabase } from '../tests/support/database.ts'
import { summariseProfile } from './cpuProfile.ts'
import { sampleTrees } from './cpuTree.ts'
import { scratchEnv } from './stack.ts'

const MB = 2 ** 20
const row = (name: string, seconds: number, total: number) =>
  `  ${seconds.toFixed(1).padStart(7)} s ${((100 * seconds) / total).toFixed(1).padStart(5)} %  ${name}`

/** One full build under the profiler, with the admin `env` names already running. */
async function profiledBuild(env: NodeJS.ProcessEnv, adminPid: number, profiles: string): Promise<Record<string, unknown>> {
  const started = performance.now()
  const options = `--cpu-prof --cpu-prof-dir=${profiles}`
  const child = startChild('tsx', ['ops/build-site.ts', '--full'], { ...env, NODE_ENV: 'production', NODE_OPTIONS: options }, '完整构建')
  const trees = sampleTrees({ build: child.process.pid as number, admin: adminPid })
  const code = await child.exited
  const { cpu, peak, atPeak } = trees.stop()
  if (code !== 0) throw new Error(`full build failed (${code})`)
  const seconds = (performance.now() - started) / 1000
  console.log(`full build: ${seconds.toFixed(1)} s, peak ${Math.round(peak / MB)} MB`)
  console.log('CPU seconds by program and thread:')
  for (const [name, used] of cpu) if (used >= 0.5) console.log(`  ${used.toFixed(1).padStart(7)}  ${name}`)
  const memory = Object.fromEntries(Object.entries(atPeak).map(([name, bytes]) => [name, Math.round(bytes / MB)]))
  console.log('memory at the peak (MB):', JSON.stringify(memory))
  // The biggest profile is the build's main thread (the others: the tsx launcher, the loader thread).
  const files = await readdir(profiles)
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(profiles, file))).size))
  const main = files[sizes.indexOf(Math.max(...sizes))] as string
  const summary = await summariseProfile(path.join(profiles, main))
  console.log(`main thread, ${summary.seconds.toFixed(1)} s sampled, by part:`)
  for (const [name, used] of summary.parts) console.log(row(name, used, summary.seconds))
  console.log('main thread, top functions by self time:')
  for (const [name, used] of summary.functions.slice(0, 20)) console.log(row(name, used, summary.seconds))
  return {
    seconds,
    peakMb: Math.round(peak / MB),
    memoryAtPeakMb: memory,
    cpuSeconds: cpu,
    mainThread: { ...summary, functions: summary.functions.slice(0, 40) },
  }
}

export async function benchProfileBuild(size: number): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-profile-'))
  const database = await createScratchDatabase()
  const port = await findFreePort()
  const env = scratchEnv(work, database.url, port, 'bench-demo-password')
  try {
    await run('tsx', ['ops/prepare.ts'], { ...env, NODE_ENV: 'production' }, '准备')
    await run('tsx', ['bench/generate.ts', String(size)], { ...env, NODE_ENV: 'production' }, '生成数据')
    await ensureAdminBuilt(env, console.log)
    const cms = startAdmin(port, env)
    try {
      await adminReady(port, cms)
      const result = await profiledBuild(env, cms.process.pid as number, path.join(work, 'profiles'))
      const machine = `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`
      const file = path.join(rootDir, 'bench', 'results', `profile-build-${size}.json`)
      await writeFile(file, `${JSON.stringify({ size, machine, date: new Date().toISOString(), ...result }, null, 2)}\n`)
    } finally {
      await cms.stop()
    }
  } finally {
    await database.drop()
    await rm(work, { recursive: true, force: true })
  }
}

export async function main(): Promise<void> {
  for (const size of (process.env.BENCH_SIZES ?? '10000').split(',').map(Number)) await benchProfileBuild(size)
}
