/**
 * A small static server for the live build. It resolves the live link on every request,
 * so a switched build is served from the next request on, never half of each.
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const candidate = path.join(root, path.normalize(decoded))
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  const info = await stat(candidate).catch(() => null)
  if (info?.isFile()) return candidate
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html')
    if ((await stat(index).catch(() => null))?.isFile()) return index
  }
  return null
}

export function createStaticServer(liveLink: string): http.Server {
  return http.createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(request.url ?? '/', 'http://site.local')
    const root = await realpath(liveLink).catch(() => null)
    if (!root) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('网站正在构建，请稍后再试。')
      return
    }
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && !url.pathname.startsWith('/_build')) {
      const dir = await resolveFile(root, `${url.pathname}/`)
      if (dir) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
        return
      }
    }
    // The build's own records (manifest, summary) are not part of the site.
    const file = url.pathname.startsWith('/_build/') ? null : await resolveFile(root, url.pathname)
    const status = file ? 200 : 404
    const served = file ?? (await resolveFile(root, '/404.html'))
    const type = served ? (TYPES[path.extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8'
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    if (!served) {
      response.writeHead(404, headers).end(request.method === 'HEAD' ? undefined : '页面不存在')
      return
    }
    const size = (await stat(served)).size
    // Text is sent compressed to browsers that accept it: slow phone networks gain most.
    const compress =
      /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    headers.vary = 'accept-encoding'
    if (compress) response.writeHead(status, { ...headers, 'content-encoding': 'gzip' })
    else response.writeHead(status, { ...headers, 'content-length': String(size) })
    if (request.method === 'HEAD') {
      response.end()
      return
    }
    if (compress)
      createReadStream(served)
        .pipe(createGzip({ level: 6 }))
        .pipe(response)
    else createReadStream(served).pipe(response)
  })
}
