import type { Server } from 'node:http'

/**
 * The security headers of everything the platform serves, defined once: the admin (its
 * front server) and the public site (ops/serve.ts) send these, and a production web server
 * configured from deploy/ sends the same. A Content-Security-Policy that allows only this
 * origin's own scripts, styles, images and connections; framing only by the same origin
 * (the admin's live preview); no referrer sent to other sites beyond the origin.
 */

/** Headers both the admin and the site send. */
const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
}

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/**
 * The admin: Next's own inline bootstrap scripts need 'unsafe-inline' (a static nonce is
 * not possible without rendering every page per request); nothing may load from outside
 * the machine (no CDN editor, no Gravatar).
 */
export const ADMIN_HEADERS: Record<string, string> = {
  ...COMMON,
  'content-security-policy': policy({
    'default-src': "'self'",
    'script-src': "'self' 'unsafe-inline'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'frame-src': "'self'",
    'frame-ancestors': "'self'",
    'form-action': "'self'",
    'base-uri': "'self'",
    'object-src': "'none'",
  }),
}

/**
 * The public site: its scripts are files of its own plus the few inline ones the layouts
 * carry, allowed by the hashes of their code (site/scripts.ts), never by what a page
 * happens to contain. Pagefind's search runs WebAssembly. The residents' forms may also
 * post to the participation API's origin (PARTICIPATION_URL), and nowhere else.
 */
export function siteHeaders(inlineScriptHashes: readonly string[], connectOrigins: readonly string[] = []): Record<string, string> {
  return {
    ...COMMON,
    'content-security-policy': policy({
      'default-src': "'self'",
      'script-src': ["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' '),
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': ["'self'", ...connectOrigins].join(' '),
      'media-src': "'self'",
      'frame-ancestors': "'self'",
      'form-action': "'self'",
      'base-uri': "'self'",
      'object-src': "'none'",
    }),
  }
}

/**
 * How long a client may take to send its headers, its whole request (a 20 MB photo on a slow
 * line), how long a connection may sit idle, and how long a signed-in 打印预览 may wait for
 * the admin to begin its answer (a long handbook's CMYK edition takes minutes on a busy machine).
 */
export const CONNECTION_LIMITS = { headersMs: 15_000, requestMs: 300_000, idleMs: 60_000, keepAliveMs: 5_000, answerMs: 900_000 }

/**
 * Applies CONNECTION_LIMITS. A connection must start a request within the header time
 * (Node's own headersTimeout only runs once bytes arrive, so a silent connection was held
 * for ever); during a request it may be quiet for the idle time; between requests the
 * keep-alive time.
 */
export function limitConnections(server: Server): Server {
  server.headersTimeout = CONNECTION_LIMITS.headersMs
  server.requestTimeout = CONNECTION_LIMITS.requestMs
  server.keepAliveTimeout = CONNECTION_LIMITS.keepAliveMs
  server.setTimeout(CONNECTION_LIMITS.idleMs, (socket) => socket.destroy())
  server.on('connection', (socket) => socket.setTimeout(CONNECTION_LIMITS.headersMs))
  server.on('request', (request) => request.socket.setTimeout(CONNECTION_LIMITS.idleMs))
  return server
}
