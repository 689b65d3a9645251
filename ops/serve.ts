/**
 * The static server for the live build (serve-static, with gzip from `compression`). It resolves
 * the live link on every request, so a switched build is served from the next request on,
 * never half of each. It adds the security headers every page carries (defined once in
 * cms/server/securityHeaders.ts), answers Range requests (a phone resuming a PDF), keeps
 * the build's own records (`/_build/`, however encoded) private, and closes connections
 * that stall.
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import compression from 'compression'
import serveStatic from 'serve-static'
import { limitConnections } from '../cms/server/securityHeaders.ts'
import { cacheControl, isPrivate, siteSecurityHeaders } from './sitePolicy.ts'

type Handler = (request: http.IncomingMessage, response: http.ServerResponse, next?: () => void) => void

/** The path as the file system will see it, or null when it cannot be decoded. */
function decodedPath(url: string): string | null {
  try {
    return path.posix.normalize(decodeURIComponent(new URL(url, 'http://site.local').pathname))
  } catch {
    return null
  }
}

export function createStaticServer(liveLink: string): http.Server {
  const headers = siteSecurityHeaders()
  // serve-static only reads its options here; a handler per request follows a switched build at once.
  const forBuild = (root: string) =>
    serveStatic(root, {
      index: ['index.html'],
      redirect: false,
      dotfiles: 'ignore',
      fallthrough: true,
      // Cache-Control is set below, per path.
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControl(`/${path.relative(root, file)}`)),
    }) as Handler
  // Text goes out compressed to browsers that take it (slow phone networks gain most); a Range request gets the bytes it asked for.
  const compress = compression({ filter: (request, response) => !request.headers.range && compression.filter(request, response) })

  const notFound = async (root: string, response: http.ServerResponse) => {
    const page = path.join(root, '404.html')
    const found = await stat(page).catch(() => null)
    response.writeHead(404, {
      'content-type': found ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'cache-control': 'no-cache',
    })
    if (found) createReadStream(page).pipe(response)
    else response.end('页面不存在')
  }

  const server = http.createServer(async (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const root = await realpath(liveLink).catch(() => null)
    if (!root) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('网站正在构建，请稍后再试。')
      return
    }
    const pathname = decodedPath(request.url ?? '/')
    if (pathname === null || isPrivate(pathname)) {
      compress(request as never, response as never, () => void notFound(root, response))
      return
    }
    // A folder without its trailing slash: one canonical address for each page.
    if (!pathname.endsWith('/') && !path.extname(pathname) && (await stat(path.join(root, pathname, 'index.html')).catch(() => null))) {
      const search = new URL(request.url ?? '/', 'http://site.local').search
      response.writeHead(301, { location: `${encodeURI(pathname)}/${search}` }).end()
      return
    }
    compress(request as never, response as never, () => forBuild(root)(request, response, () => void notFound(root, response)))
  })
  return limitConnections(server)
}
