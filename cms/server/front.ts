/**
 * The admin's front server: the only part of the admin a network reaches. It decides who
 * is asking (clientAddress.ts), refuses a body over its route's limit before anything
 * reads it (bodyLimits.ts), closes connections that stall, adds the security headers, and
 * passes the request to Next on a loopback port of the same process (main.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'

import { limitFor, readableSize } from './bodyLimits'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxies } from './clientAddress'
import { ADMIN_HEADERS, limitConnections } from './securityHeaders'

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

function refuse(response: ServerResponse, status: number, message: string): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  response.writeHead(status, { ...ADMIN_HEADERS, 'content-type': 'application/json; charset=utf-8', connection: 'close' })
  response.end(JSON.stringify({ errors: [{ message }] }))
}

/** The body, read up to `limit` bytes; null (and the request answered 413) when it is larger. */
function readBody(request: IncomingMessage, response: ServerResponse, limit: number, what: string): Promise<Buffer | null> {
  const tooLarge = () => {
    refuse(response, 413, `请求内容太大：${what}最多 ${readableSize(limit)}。这次的内容没有保存。`)
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
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge()
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', () => resolve(null))
  })
}

function forwardedHeaders(request: IncomingMessage, address: string, body: Buffer): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (HOP_BY_HOP.has(name) || name === CLIENT_ADDRESS_HEADER || name.startsWith('x-forwarded-')) continue
    headers[name] = value
  }
  headers[CLIENT_ADDRESS_HEADER] = address
  headers['x-forwarded-for'] = address
  if (body.length > 0 || !['GET', 'HEAD', 'OPTIONS'].includes(request.method ?? 'GET')) headers['content-length'] = String(body.length)
  return headers
}

function relay(upstream: IncomingMessage, response: ServerResponse): void {
  const headers: http.OutgoingHttpHeaders = { ...ADMIN_HEADERS }
  for (const [name, value] of Object.entries(upstream.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value
  response.writeHead(upstream.statusCode ?? 502, headers)
  upstream.pipe(response)
}

export function createFrontServer(internalPort: number): http.Server {
  const trust = trustedProxies()
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
  const server = http.createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] as string
    const limit = limitFor(request.method ?? 'GET', path)
    const body = await readBody(request, response, limit.bytes, limit.what)
    if (body === null) return
    const address = resolveClientAddress(request, trust)
    const upstream = http.request({
      host: '127.0.0.1',
      port: internalPort,
      method: request.method,
      path: request.url,
      headers: forwardedHeaders(request, address, body),
      agent,
    })
    upstream.on('response', (answer) => relay(answer, response))
    upstream.on('error', () => refuse(response, 502, '管理后台暂时无法响应，请稍后再试。'))
    response.on('close', () => response.writableFinished || upstream.destroy())
    upstream.end(body)
  })
  return limitConnections(server)
}
