/**
 * For tests/web-servers.test.ts: the site's three servers (ops/webServers.ts: nginx, Caddy and
 * the Node server of `npm start`) over two small builds laid out as the site build lays them
 * out (a live symlink to a build folder, precompressed copies, `_build/`).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import { BUILD_META, switchLive } from '../../site/builds/folders.ts'
import { precompress } from '../../site/builds/precompress.ts'

export { assertBrotliModule, type RunningServer, startCaddy, startNginx, startNode } from '../../ops/webServers.ts'

/** A media file whose name holds `#`, `?`, `=`, a quote, `%` (also as `%22`), spaces and Chinese. */
export const ODD_MEDIA = 'media/XQ001%22img src=x onerror=1 第1#图?问 100%-240x180.webp'

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
    // An upload's name may hold anything a file name can: characters a URL must encode, and `%` itself.
    [ODD_MEDIA]: randomBytes(5_000),
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
