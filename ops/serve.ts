/**
 * The static server of `npm start` for the live build: `sirv` (the server of Vite's preview
 * and SvelteKit's Node adapter), which sends the build's precompressed copies (.br, .gz),
 * ETags (304) and ranges. A server sits in front of it on a production machine: nginx or
 * Caddy with the configs in deploy/, which answer the same way (ops/sitePolicy.ts).
 *
 * Each request resolves the live link once and is answered by the sirv of the build it
 * points to, made on the first request after a switch: a switched build is served from the
 * next request on, and a file's size, ETag and bytes all come from the same build. sirv
 * looks files up per request (`dev: true`, which only means that): its production mode
 * lists a folder's files once, which at 10,000 documents (48,000 files with the copies and
 * the search index) blocked the server for 1.3–1.7 s and took some 60 MB on every switch,
 * and would miss anything added to a build. The server adds the security headers and cache rules of
 * sitePolicy.ts, answers a missing file with the build's Chinese 404 page, keeps the
 * build's own records (`/_build/`, however encoded) private, and closes connections that stall.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'
import { limitConnections } from '../cms/server/securityHeaders.ts'
import { cacheControl, isPrivate, NOT_FOUND_PAGE, REVALIDATE, siteSecurityHeaders } from './sitePolicy.ts'

type Handler = ReturnType<typeof sirv>

/**
 * The path as the file system will see it (decoded, dot segments and doubled slashes
 * resolved), and the query; null when it cannot be decoded. Read from the request line
 * itself: as a URL, `//_build/x` would be a host and a path.
 */
function requestPath(url: string): { pathname: string; search: string } | null {
  const query = url.indexOf('?')
  try {
    const pathname = path.posix.normalize(decodeURIComponent(query < 0 ? url : url.slice(0, query)))
    return pathname.startsWith('/') ? { pathname, search: query < 0 ? '' : url.slice(query) } : null
  } catch {
    return null
  }
}

/** One build as served: its sirv, and its 404 page in each encoding it has. */
interface Build {
  root: string
  files: Handler
  notFound: { identity: Buffer | null; br: Buffer | null; gzip: Buffer | null }
}

function openBuild(root: string): Build {
  const page = path.join(root, NOT_FOUND_PAGE)
  const read = (file: string) => (existsSync(file) ? readFileSync(file) : null)
  const files = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    // Folders are asked for with their slash (see below); `/about` is not `/about.html`.
    extensions: [],
    // Replaces the `no-cache` sirv gives every file it looks up per request.
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', cacheControl(pathname)),
  })
  return { root, files, notFound: { identity: read(page), br: read(`${page}.br`), gzip: read(`${page}.gz`) } }
}

/** sirv reads `bytes=-500` (the last 500) as the first 501 bytes: such a Range is dropped, and the whole file sent. */
const SIMPLE_RANGE = /^bytes=(\d+)-(\d*)$/
function keepSimpleRange(request: http.IncomingMessage): void {
  const range = request.headers.range
  if (range === undefined) return
  const [, start, end] = SIMPLE_RANGE.exec(range) ?? []
  if (start === undefined || (end !== '' && Number(end) < Number(start))) delete request.headers.range
}

/**
 * Gives sirv the decoded path as its URL parser (@polka/url) would leave it: sirv reads
 * `req._parsedUrl` when its `raw` is the request's URL, then applies `decodeURI`, which
 * leaves `%23` (#), `%3F` (?), `%3D` (=) and the like encoded. An encoded URL could not name
 * a file with those characters (an upload's name may hold any of them), so the path goes over
 * decoded, with only `%` escaped for that one `decodeURI` to undo.
 */
function handOver(request: http.IncomingMessage, file: string, search: string): void {
  const url = `${file.split('/').map(encodeURIComponent).join('/')}${search}`
  request.url = url
  const parsed = { raw: url, pathname: file.replace(/%/g, '%25'), search, query: {}, href: url, path: url }
  ;(request as http.IncomingMessage & { _parsedUrl?: unknown })._parsedUrl = parsed
}

function sendNotFound(build: Build, request: http.IncomingMessage, response: http.ServerResponse): void {
  const accepts = request.headers['accept-encoding'] ?? ''
  const { identity, br, gzip } = build.notFound
  const [encoding, body] = /\bbr\b/.test(accepts) && br ? ['br', br] : /\bgzip\b/.test(accepts) && gzip ? ['gzip', gzip] : [null, identity]
  response.setHeader('Cache-Control', REVALIDATE)
  if (!body) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('页面不存在')
    return
  }
  if (encoding) response.setHeader('Content-Encoding', encoding)
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
  response.end(request.method === 'HEAD' ? undefined : body)
}

export function createStaticServer(liveLink: string): http.Server {
  const headers = siteSecurityHeaders()
  let current: Build | null = null
  const buildAt = (root: string): Build => {
    if (current?.root !== root) current = openBuild(root)
    return current
  }

  const server = http.createServer(async (request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    response.setHeader('Vary', 'Accept-Encoding')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let root: string
    try {
      // One system call: the link as it is now (a plain folder is served as it is).
      root = realpathSync.native(liveLink)
    } catch {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('网站正在构建，请稍后再试。')
      return
    }
    const build = buildAt(root)
    const asked = requestPath(request.url ?? '/')
    // The build's records, and dotfiles: sirv looking files up per request would send them.
    if (asked === null || isPrivate(asked.pathname) || /\/\./.test(asked.pathname)) {
      sendNotFound(build, request, response)
      return
    }
    const { pathname, search } = asked
    if (!pathname.endsWith('/') && !path.extname(pathname)) {
      // A folder without its trailing slash: one canonical address for each page.
      if (await stat(path.join(root, pathname, 'index.html')).catch(() => null)) {
        response.writeHead(301, { location: `${encodeURI(pathname)}/${search}` }).end()
        return
      }
    }
    // sirv is given the path checked above, not the one asked for.
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname
    handOver(request, file, search)
    keepSimpleRange(request)
    build.files(request, response, () => sendNotFound(build, request, response))
  })
  return limitConnections(server)
}
