/**
 * The bare Payload's REST API (BENCH=rest's anchor): a plain `node:http` server that turns
 * each request into a web `Request`, hands it to Payload's own `handleEndpoints` (what
 * `@payloadcms/next/routes` REST_GET calls inside Next) with bench/bare/config.ts, and
 * writes the `Response` back — no Next, no front server, nothing of ours. Bodies are
 * gzipped for clients that accept it, as Next does for our admin (`compress`, 1 KiB and
 * up), so both sides pay for the same compression. Listens on 127.0.0.1:BARE_PORT and
 * prints `bare payload ready` once Payload is initialised.
 */
import { once } from 'node:events'
import http from 'node:http'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import { getPayload, handleEndpoints } from 'payload'

import config from './config.ts'

const gzipped = promisify(gzip)
const port = Number(process.env.BARE_PORT)

function toRequest(incoming: http.IncomingMessage): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  const method = incoming.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(incoming) as ReadableStream)
  return new Request(`http://127.0.0.1:${port}${incoming.url ?? '/'}`, { method, headers, body, duplex: 'half' } as RequestInit)
}

async function respond(incoming: http.IncomingMessage, outgoing: http.ServerResponse): Promise<void> {
  const response = await handleEndpoints({ config, request: toRequest(incoming) })
  let body = Buffer.from(await response.arrayBuffer())
  const headers = Object.fromEntries(response.headers)
  if (body.length >= 1024 && /\bgzip\b/.test(incoming.headers['accept-encoding'] ?? '')) {
    body = await gzipped(body)
    headers['content-encoding'] = 'gzip'
    headers.vary = 'Accept-Encoding'
  }
  headers['content-length'] = String(body.length)
  outgoing.writeHead(response.status, headers)
  outgoing.end(body)
}

// Initialise once before the first reader (connects the pool, builds the drizzle schema).
await getPayload({ config })
const server = http.createServer((incoming, outgoing) => {
  respond(incoming, outgoing).catch((error: unknown) => {
    console.error(error)
    if (!outgoing.headersSent) outgoing.writeHead(500)
    outgoing.end()
  })
})
server.listen(port, '127.0.0.1')
await once(server, 'listening')
console.log('bare payload ready')
