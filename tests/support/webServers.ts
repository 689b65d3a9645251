/**
 * The site's three servers for tests/web-servers.test.ts: a real nginx and a real Caddy, each
 * run as the test's own user from a temporary folder, on a free port, with the configs
 * ops/deploy-config.ts renders, and the Node server of `npm start`; over two small builds
 * laid out as the site build lays them out (a live symlink to a build folder, precompressed
 * copies, `_build/`).
 */
import { randomBytes } from 'node:crypto'
import { accessSync, constants } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { findFreePort } from '../../contract/ports.ts'
import { NGINX_BROTLI_MODULE, writeCaddyConfig, writeNginxConfig } from '../../ops/deploy-config.ts'
import { type Child, startChild, waitForHttp } from '../../ops/processes.ts'
import { createStaticServer } from '../../ops/serve.ts'
import { BUILD_META, switchLive } from '../../site/builds/folders.ts'
import { precompress } from '../../site/builds/precompress.ts'

/** Finds a program on PATH or in the sbin folders root's PATH has; fails, saying how CI installs it, when there is none. */
export function program(name: string, debianPackage: string): string {
  const folders = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin', '/usr/local/sbin', '/usr/bin']
  for (const folder of folders.filter(Boolean)) {
    try {
      accessSync(path.join(folder, name), constants.X_OK)
      return path.join(folder, name)
    } catch {}
  }
  throw new Error(`${name} is not installed: these tests run the real server (apt-get install ${debianPackage}; .ci/run installs it).`)
}

export function assertBrotliModule(): void {
  try {
    accessSync(NGINX_BROTLI_MODULE)
  } catch {
    throw new Error(`${NGINX_BROTLI_MODULE} is missing (apt-get install libnginx-mod-http-brotli-static; .ci/run installs it).`)
  }
}

/** The files of one test build: text big enough to be precompressed, a hashed bundle, an image size, a PDF, a tiny file. */
export function buildFiles(name: string): Record<string, string | Buffer> {
  const prose = (label: string, count: number) =>
    Array.from({ length: count }, (_, index) => `<p>${label}：第${index}段，构建 ${name}，邻里互助，文明创建。</p>`).join('\n')
  const page = (title: string, count: number) =>
    `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>\n${prose(title, count)}\n</body></html>\n`
  return {
    'index.html': page(`首页 ${name}`, 1500),
    '404.html': page(`页面不存在 ${name}`, 20),
    'figures/hao-jing-quan/index.html': page(`郝景全 ${name}`, 40),
    '_astro/island.3f9a1c2e.js': `export const build = ${JSON.stringify(name)};\n${'console.log("岛屿脚本");\n'.repeat(200)}`,
    'media/portrait-640x480.webp': randomBytes(20_000),
    'print/leaflet.pdf': randomBytes(300_000),
    'robots.txt': `User-agent: *\nAllow: /\n# ${name}\n`,
    [`${BUILD_META}/manifest.json`]: JSON.stringify({ version: name, files: {} }),
  }
}

export interface TestBuilds {
  live: string
  builds: Record<'a' | 'b', string>
  files: Record<'a' | 'b', Record<string, string | Buffer>>
  /** Points the live link at a build, as the site build does (a new symlink renamed over the old). */
  use(name: 'a' | 'b'): Promise<void>
}

export async function makeBuilds(root: string): Promise<TestBuilds> {
  const builds = { a: path.join(root, 'site-builds', 'a'), b: path.join(root, 'site-builds', 'b') }
  const files = { a: buildFiles('甲'), b: buildFiles('乙') }
  for (const name of ['a', 'b'] as const) {
    for (const [file, body] of Object.entries(files[name])) {
      await mkdir(path.dirname(path.join(builds[name], file)), { recursive: true })
      await writeFile(path.join(builds[name], file), body)
    }
    await precompress(builds[name], Object.keys(files[name]))
  }
  const live = path.join(root, 'dist')
  const use = (name: 'a' | 'b') => switchLive(live, builds[name])
  await use('a')
  return { live, builds, files, use }
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
    process.env,
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

export interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  /** The bytes as sent, still encoded. */
  body: Buffer
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })

/** A GET as a browser sends it, with no decoding of the answer (fetch would undo Content-Encoding). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}
