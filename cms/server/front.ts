/**
 * The admin's front server: the only part of the admin a network reaches. It decides who
 * is asking (clientAddress.ts), refuses a body over its route's limit before anything
 * reads it (bodyLimits.ts), closes connections that stall, adds the security headers, and
 * passes the request to Next on a loopback port of the same process (main.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { type Answer, type ApiCache, cachedRoute, cacheKey, hasCredentials, PRIVATE_CACHE_CONTROL } from './apiCache'
import { ANONYMOUS_LIMIT, limitFor, readableSize } from './bodyLimits'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxies } from './clientAddress'
import { ADMIN_HEADERS, CONNECTION_LIMITS, limitConnections } from './securityHeaders'
import { hasSession } from './session'

/** How much of a refused body is read (and discarded) before the connection is cut. */
const DRAIN_BYTES = 16 * 1024 * 1024

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-authorization',
  'proxy-authenticate',
])

/**
 * Answers with an error. `keepOpen`: the connection stays up while the rest of the body is
 * drained; with `Connection: close` Node cuts the socket as soon as the answer is out, and
 * a client still sending its body sees EPIPE instead of the answer.
 */
function refuse(response: ServerResponse, status: number, message: string, keepOpen = false): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(status, {
    ...ADMIN_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    ...(keepOpen ? {} : { connection: 'close' }),
  })
  response.end(JSON.stringify({ errors: [{ message }] }))
}

/** All request bodies held at once, across connections: past this, new requests wait their turn elsewhere (503). */
const MAX_BUFFERED_BYTES = 256 * 1024 * 1024
let buffered = 0

/** The path as Next will route it: percent-escapes decoded, repeated slashes folded (`/api//users/%6cogin` is the sign-in). */
export function canonicalPath(url: string): string | null {
  try {
    return decodeURIComponent((url.split('?')[0] as string).replace(/\/{2,}/g, '/'))
  } catch {
    return null
  }
}

/** The body, read up to `limit` bytes; null (and the request answered 413) when it is larger. */
function readBody(request: IncomingMessage, response: ServerResponse, limit: number, what: string): Promise<Buffer | null> {
  const tooLarge = () => {
    refuse(response, 413, `请求内容太大：${what}最多 ${readableSize(limit)}。这次的内容没有保存。`, true)
    // The rest of the body is read and thrown away, so that a client still sending sees the
    // answer; one that goes on past DRAIN_BYTES is cut off.
    let drained = 0
    request.removeAllListeners('data')
    request.on('data', (chunk: Buffer) => {
      drained += chunk.length
      if (drained > DRAIN_BYTES) request.socket.destroy()
    })
    request.resume()
  }
  const declared = Number(request.headers['content-length'] ?? Number.NaN)
  if (declared > limit) {
    tooLarge()
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const release = () => {
      buffered -= size
      size = 0
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      buffered += chunk.length
      if (size > limit) {
        release()
        tooLarge()
        resolve(null)
        return
      }
      if (buffered > MAX_BUFFERED_BYTES) {
        release()
        refuse(response, 503, '服务器正忙，请稍后再试。这次的内容没有保存。')
        request.destroy()
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      release()
      resolve(body)
    })
    request.on('error', () => {
      release()
      resolve(null)
    })
  })
}

/** Says a request came through this front server; Next's loopback port ignores a client address without it. */
export const FRONT_HEADER = 'x-xhl-front'

function forwardedHeaders(request: IncomingMessage, address: string, body: Buffer, secret: string): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (HOP_BY_HOP.has(name) || name === CLIENT_ADDRESS_HEADER || name === FRONT_HEADER || name.startsWith('x-forwarded-')) continue
    headers[name] = value
  }
  headers[CLIENT_ADDRESS_HEADER] = address
  headers[FRONT_HEADER] = secret
  headers['x-forwarded-for'] = address
  if (body.length > 0 || !['GET', 'HEAD', 'OPTIONS'].includes(request.method ?? 'GET')) headers['content-length'] = String(body.length)
  return headers
}

/** Next's headers as the client gets them; a signed-in read of a route the cache serves is never kept by anyone else. */
function answerHeaders(upstream: http.IncomingHttpHeaders, signedInRead: boolean): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = { ...ADMIN_HEADERS }
  for (const [name, value] of Object.entries(upstream)) if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value
  if (signedInRead && headers['cache-control'] === undefined) headers['cache-control'] = PRIVATE_CACHE_CONTROL
  return headers
}

function relay(upstream: IncomingMessage, response: ServerResponse, signedInRead: boolean): void {
  response.writeHead(upstream.statusCode ?? 502, answerHeaders(upstream.headers, signedInRead))
  upstream.pipe(response)
}

/** Reads Next's whole answer (for the API cache); null when the connection failed on the way. */
function collect(upstream: IncomingMessage): Promise<Answer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    upstream.on('data', (chunk: Buffer) => chunks.push(chunk))
    upstream.on('end', () => resolve({ status: upstream.statusCode ?? 502, headers: upstream.headers, body: Buffer.concat(chunks) }))
    upstream.on('error', () => resolve(null))
    upstream.on('aborted', () => resolve(null))
  })
}

interface Upstream {
  /** Waits for the answer up to CONNECTION_LIMITS.answerMs rather than the idle limit. */
  patient: boolean
  internalPort: number
  agent: http.Agent
  headers: http.OutgoingHttpHeaders
  body: Buffer
  /** What to do with Next's answer: pass it on as it flows (the default), or read it whole for the cache. */
  onAnswer: (answer: IncomingMessage) => void
}

/**
 * Passes the buffered request to Next. A kept-alive connection that Next closed while idle
 * fails before any answer (ECONNRESET on a reused socket): the request never arrived, so it
 * is sent once more on a fresh connection.
 */
function forward(request: IncomingMessage, response: ServerResponse, upstream: Upstream, retry: boolean): void {
  const outgoing = http.request({
    host: '127.0.0.1',
    port: upstream.internalPort,
    method: request.method,
    path: request.url,
    headers: upstream.headers,
    agent: upstream.agent,
  })
  // A signed-in 打印预览 may keep the browser waiting longer than the idle limit (its own,
  // longer one); once the answer flows, the idle limit applies again.
  if (upstream.patient) request.socket.setTimeout(CONNECTION_LIMITS.answerMs)
  outgoing.on('response', (answer) => {
    if (upstream.patient) request.socket.setTimeout(CONNECTION_LIMITS.idleMs)
    upstream.onAnswer(answer)
  })
  outgoing.on('error', (error: NodeJS.ErrnoException) => {
    if (retry && outgoing.reusedSocket && error.code === 'ECONNRESET' && !response.headersSent)
      return forward(request, response, upstream, false)
    // A browser that left closes its request here too: nothing to answer, nothing to report.
    if (response.destroyed) return
    console.error(`✖ 管理后台没有响应（${request.method} ${request.url?.split('?')[0]}）：${error.code ?? error.message}`)
    refuse(response, 502, '管理后台暂时无法响应，请稍后再试。')
  })
  response.on('close', () => response.writableFinished || outgoing.destroy())
  outgoing.end(upstream.body)
}

/** The route's limit, or the anonymous one when that is lower and the request has no valid session. */
async function bodyLimit(request: IncomingMessage, path: string, key: Uint8Array): Promise<{ bytes: number; what: string }> {
  const limit = limitFor(request.method ?? 'GET', path)
  if (limit.bytes <= ANONYMOUS_LIMIT.bytes || limit.anonymous || (await hasSession(request.headers, key))) return limit
  return ANONYMOUS_LIMIT
}

/** 打印预览 (cms/print/previewEndpoint.ts): a long handbook's CMYK edition takes minutes on a busy machine. */
const SLOW_ANSWER = /^\/api\/[a-z-]+\/[^/]+\/print\/[^/]+$/

/** Whether a request may wait past the idle limit for its answer: a signed-in 打印预览 only. */
export async function waitsForAnswer(path: string, headers: http.IncomingHttpHeaders, key: Uint8Array): Promise<boolean> {
  return SLOW_ANSWER.test(path) && (await hasSession(headers, key))
}

export function createFrontServer(internalPort: number, secret: string, key: Uint8Array, cache?: ApiCache): http.Server {
  const trust = trustedProxies()
  // Idle pooled connections are dropped after 60 s, before Next's 120 s keep-alive would drop them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 60_000 })
  const server = http.createServer(async (request, response) => {
    const path = canonicalPath(request.url ?? '/')
    if (path === null) return refuse(response, 400, '请求地址不正确。')
    const limit = await bodyLimit(request, path, key)
    const body = await readBody(request, response, limit.bytes, limit.what)
    if (body === null) return
    const address = resolveClientAddress(request, trust)
    const patient = await waitsForAnswer(path, request.headers, key)
    const headers = forwardedHeaders(request, address, body, secret)
    const cacheable = cache ? cacheKey(request.method, request.url ?? '/', path, request.headers) : null
    if (cache && cacheable !== null)
      return cache
        .answer(
          request,
          response,
          cacheable,
          () => fetchWhole(request, response, { patient, internalPort, agent, headers: plainAsked(headers), body }),
          (answer) => sendWhole(request, response, answer),
        )
        .catch(() => refuse(response, 502, '管理后台暂时无法响应，请稍后再试。'))
    const signedInRead = request.method === 'GET' && cachedRoute(path) && hasCredentials(request.headers)
    const onAnswer = (answer: IncomingMessage) => relay(answer, response, signedInRead)
    forward(request, response, { patient, internalPort, agent, headers, body, onAnswer }, true)
  })
  return limitConnections(server)
}

/** The request as the cache asks Next: for the plain body, never a 304. */
function plainAsked(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const { 'accept-encoding': _encoding, 'if-none-match': _etag, 'if-modified-since': _since, ...rest } = headers
  return rest
}

function fetchWhole(request: IncomingMessage, response: ServerResponse, upstream: Omit<Upstream, 'onAnswer'>): Promise<Answer | null> {
  return new Promise((resolve) => {
    response.on('close', () => resolve(null))
    forward(request, response, { ...upstream, onAnswer: (answer) => void collect(answer).then(resolve) }, true)
  })
}

function sendWhole(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
  if (response.headersSent || response.destroyed) return
  const headers = answerHeaders(answer.headers, false)
  if (request.method !== 'HEAD') headers['content-length'] = String(answer.body.length)
  response.writeHead(answer.status, headers)
  response.end(answer.body)
}
