/**
 * The public site's serving, side by side on the same live build and the same pages: the
 * Node server of `npm start` (ops/serve.ts, sirv per build, following the live link), plain
 * `sirv` in production mode on the build folder (the anchor), and nginx and Caddy
 * with the deploy configs (where installed). Each gets the same readers for the same time,
 * one after the other; the ratios are to plain sirv.
 */

import { mkdtemp, realpath, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import sirv from 'sirv'
import { type RunningServer, startCaddy, startNginx } from '../ops/webServers.ts'

export interface ServingRun {
  requestsPerSecond: number
  p99Ms: number
}
type Hammer = (url: string) => Promise<ServingRun>

async function plainSirv(live: string): Promise<RunningServer> {
  const serve = sirv(await realpath(live), { etag: true, gzip: true, brotli: true })
  const server = http.createServer((request, response) => serve(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop }
}

async function measured(name: string, start: () => Promise<RunningServer>, hammer: Hammer): Promise<ServingRun | string> {
  let server: RunningServer
  try {
    server = await start()
  } catch (error) {
    console.log(`load: ${name} 未能启动（${(error as Error).message.split('\n')[0]}），跳过这一项对照`)
    return `not run: ${(error as Error).message.split('\n')[0]}`
  }
  try {
    console.log(`load: static site on ${name}…`)
    return await hammer(server.url)
  } finally {
    await server.stop()
  }
}

/** The anchors' runs and the ratios of `ours` to plain sirv and to nginx. */
export async function servingAnchors(live: string, ours: ServingRun, hammer: Hammer): Promise<Record<string, unknown>> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'xhl-bench-serve-'))
  try {
    const plain = await measured('plain sirv', () => plainSirv(live), hammer)
    const nginx = await measured('nginx', () => startNginx(work, live), hammer)
    const caddy = await measured('Caddy', () => startCaddy(work, live), hammer)
    const ratio = (anchor: ServingRun | string) =>
      typeof anchor === 'string' ? null : Number((ours.requestsPerSecond / anchor.requestsPerSecond).toFixed(2))
    return { ours, plainSirv: plain, nginx, caddy, oursToPlainSirv: ratio(plain), oursToNginx: ratio(nginx) }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
