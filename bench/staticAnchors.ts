/**
 * The public site's serving, side by side on the same live build and the same pages: the
 * Node server of `npm start` (ops/serve.ts, sirv per build, following the live link), plain
 * `sirv` in production mode on the build folder (the anchor), and nginx and Caddy
 * with the deploy configs (where installed). On a noisy machine one run after the other
 * measures the noise: the servers take turns over three rounds, and each figure is the
 * median of its rounds. The ratios are to plain sirv and to nginx.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../contract/ports.ts'
import { startChild, waitForHttp } from '../ops/processes.ts'
import { type RunningServer, startCaddy, startNginx } from '../ops/webServers.ts'
import type { Run } from './hammer.ts'

type ServingRun = Run
type Hammer = (url: string, seconds: number) => Promise<ServingRun>
const ROUNDS = 3

/** Plain sirv in a process of its own, as the other servers run (in the bench's process it would share autocannon's core). */
async function plainSirv(live: string): Promise<RunningServer> {
  const port = await findFreePort()
  const child = startChild(process.execPath, ['bench/plainSirv.mjs', await realpath(live), String(port)], { ...process.env }, 'plain sirv')
  const url = `http://127.0.0.1:${port}`
  await waitForHttp(`${url}/robots.txt`, 20_000, child)
  return { url, stop: () => child.stop() }
}

async function started(name: string, start: () => Promise<RunningServer>): Promise<RunningServer | string> {
  try {
    return await start()
  } catch (error) {
    const why = (error as Error).message.split('\n')[0] ?? ''
    console.log(`load: ${name} 未能启动（${why}），跳过这一项对照`)
    return `not run: ${why}`
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** One server's rounds as one figure: the medians, and every error summed. */
function summary(runs: ServingRun[]): ServingRun & { rounds: number[] } {
  const sum = (key: 'requests' | 'errors' | 'non2xx' | 'timeouts') => runs.reduce((total, run) => total + run[key], 0)
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    requests: sum('requests'),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
    timeouts: sum('timeouts'),
    bytesPerResponse: median(runs.map((run) => run.bytesPerResponse)),
    rounds: runs.map((run) => run.requestsPerSecond),
  }
}

/** `ours` (at `oursUrl`) and the anchors, taking turns for `seconds` in all, each; with the ratios. */
export async function servingAnchors(live: string, oursUrl: string, hammer: Hammer, seconds: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-serve-'))
  const servers: Record<string, RunningServer | string> = {
    ours: { url: oursUrl, stop: async () => undefined },
    plainSirv: await started('plain sirv', () => plainSirv(live)),
    nginx: await started('nginx', () => startNginx(work, live)),
    caddy: await started('Caddy', () => startCaddy(work, live)),
  }
  const runs: Record<string, ServingRun[]> = {}
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, server] of Object.entries(servers)) {
        if (typeof server === 'string') continue
        console.log(`load: static site on ${name}, round ${round}/${ROUNDS}…`)
        runs[name] = [...(runs[name] ?? []), await hammer(server.url, Math.max(1, Math.round(seconds / ROUNDS)))]
      }
    }
  } finally {
    for (const server of Object.values(servers)) if (typeof server !== 'string') await server.stop()
    await rm(work, { recursive: true, force: true })
  }
  const figure = (name: string) => {
    const server = servers[name]
    return typeof server === 'string' ? server : summary(runs[name] ?? [])
  }
  const ours = summary(runs.ours ?? [])
  const ratio = (name: string) => {
    const anchor = figure(name)
    return typeof anchor === 'string' ? null : Number((ours.requestsPerSecond / anchor.requestsPerSecond).toFixed(2))
  }
  return {
    ours,
    plainSirv: figure('plainSirv'),
    nginx: figure('nginx'),
    caddy: figure('caddy'),
    oursToPlainSirv: ratio('plainSirv'),
    oursToNginx: ratio('nginx'),
  }
}
