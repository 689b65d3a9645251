/**
 * The public site's servers, started from a folder of their own as the current user on a
 * free port: a real nginx and a real Caddy with the configs ops/deploy-config.ts renders,
 * and the Node server of `npm start`. For tests/web-servers.test.ts and the load bench,
 * which compares them on the same build.
 */
import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { findFreePort } from '../contract/ports.ts'
import { NGINX_BROTLI_MODULE, writeCaddyConfig, writeNginxConfig } from './deploy-config.ts'
import { type Child, startChild, waitForHttp } from './processes.ts'
import { createStaticServer } from './serve.ts'

/** Finds a program as the shell would (PATH), else in the sbin folders root's PATH has; fails, saying how CI installs it, when there is none. */
export function program(name: string, debianPackage: string): string {
  try {
    const found = execFileSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' }).trim()
    if (found.startsWith('/')) return found
  } catch {}
  for (const folder of ['/usr/sbin', '/sbin', '/usr/local/sbin', '/usr/bin']) {
    try {
      accessSync(path.join(folder, name), constants.X_OK)
      return path.join(folder, name)
    } catch {}
  }
  throw new Error(`${name} is not installed: the site's servers run for real here (apt-get install ${debianPackage}; .ci/run installs it).`)
}

export function assertBrotliModule(): void {
  try {
    accessSync(NGINX_BROTLI_MODULE)
  } catch {
    throw new Error(`${NGINX_BROTLI_MODULE} is missing (apt-get install libnginx-mod-http-brotli-static; .ci/run installs it).`)
  }
}

export interface RunningServer {
  url: string
  stop(): Promise<void>
}

async function started(child: Child, url: string, name: string): Promise<RunningServer> {
  await waitForHttp(`${url}/robots.txt`, 20_000, child).catch(async (error: unknown) => {
    await child.stop()
    throw new Error(`${name} did not start: ${(error as Error).message}`)
  })
  return { url, stop: () => child.stop() }
}

export async function startNginx(work: string, live: string): Promise<RunningServer> {
  const nginx = program('nginx', 'nginx-light')
  const port = await findFreePort()
  const prefix = path.join(work, 'nginx-run')
  await mkdir(prefix, { recursive: true })
  const dir = await writeNginxConfig({ out: work, live, listen: `127.0.0.1:${port}`, brotli: true, prefix })
  const conf = path.join(dir, 'nginx.conf')
  const child = startChild(
    nginx,
    ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'],
    { ...process.env },
    'nginx',
  )
  return started(child, `http://127.0.0.1:${port}`, 'nginx')
}

export async function startCaddy(work: string, live: string): Promise<RunningServer> {
  const caddy = program('caddy', 'caddy')
  const port = await findFreePort()
  const prefix = path.join(work, 'caddy-run')
  await mkdir(prefix, { recursive: true })
  const dir = await writeCaddyConfig({ out: work, live, address: `http://127.0.0.1:${port}`, prefix })
  const env = { ...process.env, HOME: prefix, XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix }
  const child = startChild(caddy, ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], env, 'caddy')
  return started(child, `http://127.0.0.1:${port}`, 'caddy')
}

/** The Node server `npm start` runs (ops/serve.ts), in this process. */
export async function startNode(_work: string, live: string): Promise<RunningServer> {
  const server = createStaticServer(live)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop }
}
