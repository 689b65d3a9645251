/**
 * Anonymous reads of published content through the REST API, answered from memory.
 *
 * What is cached: GET `/api/<collection>` and `/api/<collection>/<id>` of the collections
 * anyone reads when published, and `/api/globals/site-settings`, asked without a session
 * (no Authorization header, no `payload…` cookie) and without `draft` or `trash` in the
 * query: answers that do not depend on who asks. The key is the path as Next routes it
 * plus the query exactly as sent (Payload's query parser gives the order of repeated keys
 * a meaning, so two spellings of a query are two entries, never one wrong one). Only 200
 * JSON answers without cookies are kept. 活动 (events) are not: their 已报名 count is
 * worked out at every read from sign-ups that change without a purge.
 *
 * Freshness: any change anonymous readers could see purges every admin process
 * (cms/publish/purge.ts → purgeListener.ts), and a cached answer is given only after the
 * listener's read barrier, so a publication or a takedown committed before the request is
 * never answered with the old text, whichever process the reader reaches.
 *
 * Validation: a weak ETag from the body's hash (the same for the gzip and plain forms) and
 * `Cache-Control: public, max-age=0, must-revalidate`: browsers and proxies may keep the
 * answer but must ask again each time (a 304 when unchanged), so none of them can go on
 * showing a document after its takedown. Answers are stored plain and gzip-compressed once.
 */
import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { REVIEWED_COLLECTIONS } from '../../contract/collections'
import type { PurgeListener } from './purgeListener'
import { ADMIN_HEADERS } from './securityHeaders'

const gzipped = promisify(gzip)

/** Collections anyone reads (published documents of reviewed ones); not events (see above). */
export const CACHED_COLLECTIONS: ReadonlySet<string> = new Set([
  ...REVIEWED_COLLECTIONS.filter((slug) => slug !== 'events'),
  'areas',
  'facilities',
  'departments',
  'media',
])
const CACHED_GLOBALS: ReadonlySet<string> = new Set(['site-settings'])

/** The largest answer kept; a bigger one is passed on as it is. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
const VARY = 'Accept-Encoding, Authorization, Cookie'
/** Headers of Payload's answer kept with the entry. */
const KEPT_HEADERS = ['content-type', 'content-language']

/** An answer as Next gave it, body read in full. */
export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

interface Entry {
  headers: Record<string, string>
  plain: Buffer
  gzip: Buffer
  etag: string
}

/** Whether the request carries anything that may make Payload answer as someone. */
export function hasCredentials(headers: IncomingHttpHeaders): boolean {
  return headers.authorization !== undefined || /(?:^|;)\s*payload/i.test(headers.cookie ?? '')
}

/** Whether `path` (canonical, no query) is a read the cache may answer for an anonymous reader. */
export function cachedRoute(path: string): boolean {
  const global = /^\/api\/globals\/([a-z-]+)$/.exec(path)
  if (global) return CACHED_GLOBALS.has(global[1] as string)
  const match = /^\/api\/([a-z-]+)(?:\/(\d+))?$/.exec(path)
  return match !== null && CACHED_COLLECTIONS.has(match[1] as string)
}

/** The cache key of an anonymous GET or HEAD of a cached route, or null when the request must go to Payload as it is. */
export function cacheKey(method: string | undefined, url: string, path: string, headers: IncomingHttpHeaders): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || hasCredentials(headers) || !cachedRoute(path)) return null
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  const names = new URLSearchParams(query)
  if (names.has('draft') || names.has('trash')) return null
  return query === '' ? path : `${path}?${query}`
}

/** Whether the client takes gzip (`Accept-Encoding`, with q-values). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  let gzipQ: number | null = null
  let anyQ: number | null = null
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (name === 'gzip' || name === 'x-gzip') gzipQ = Number.isNaN(q) ? 0 : q
    if (name === '*') anyQ = Number.isNaN(q) ? 0 : q
  }
  return (gzipQ ?? anyQ ?? 0) > 0
}

/** Whether `If-None-Match` names this ETag (weak comparison, as for GET). */
export function matchesEtag(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return String(header)
    .split(',')
    .some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

/** The entry an answer makes, or null when it must not be kept (not a plain 200 JSON answer for anyone). */
async function entryOf(answer: Answer): Promise<Entry | null> {
  const { status, headers, body } = answer
  if (status !== 200 || headers['set-cookie'] || headers['content-encoding'] || body.length > MAX_ENTRY_BYTES) return null
  if (!/^application\/json\b/.test(headers['content-type'] ?? '')) return null
  if (/\bno-store\b|\bprivate\b/.test(String(headers['cache-control'] ?? ''))) return null
  const allowOrigin = headers['access-control-allow-origin']
  if (allowOrigin !== undefined && allowOrigin !== '*') return null
  const kept: Record<string, string> = {}
  for (const name of KEPT_HEADERS) if (typeof headers[name] === 'string') kept[name] = headers[name] as string
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return { headers: kept, plain: body, gzip: await gzipped(body), etag }
}

export class ApiCache {
  private readonly entries: LRUCache<string, Entry>

  constructor(
    private readonly listener: PurgeListener,
    maxBytes: number,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      maxEntrySize: MAX_ENTRY_BYTES * 2,
      sizeCalculation: (entry, key) => entry.plain.length + entry.gzip.length + key.length + 256,
    })
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }

  /**
   * Answers an anonymous read (its key from cacheKey): from memory when the listener
   * confirms nothing changed since, otherwise from `fetch` (Next, asked for the plain
   * body), keeping what it gives. `relay` passes an answer that is not kept on unchanged.
   */
  async answer(
    request: IncomingMessage,
    response: ServerResponse,
    key: string,
    fetch: () => Promise<Answer | null>,
    relay: (answer: Answer) => void,
  ): Promise<void> {
    if (!(await this.listener.fresh())) {
      const answer = await fetch()
      if (answer) relay(answer)
      return
    }
    const hit = this.entries.get(key)
    if (hit) return send(request, response, hit, 'hit')
    const generation = this.listener.generation
    const answer = await fetch()
    if (!answer) return
    const entry = request.method === 'GET' ? await entryOf(answer) : null
    if (!entry) return relay(answer)
    // A purge while Next was answering: the answer may predate the change; give it, do not keep it.
    if (this.listener.generation === generation && this.listener.listening) this.entries.set(key, entry)
    send(request, response, entry, 'miss')
  }
}

function send(request: IncomingMessage, response: ServerResponse, entry: Entry, state: 'hit' | 'miss'): void {
  const headers: OutgoingHttpHeaders = {
    ...ADMIN_HEADERS,
    ...entry.headers,
    etag: entry.etag,
    'cache-control': PUBLIC_CACHE_CONTROL,
    vary: VARY,
    'x-api-cache': state,
  }
  if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
    response.writeHead(304, headers)
    response.end()
    return
  }
  const compressed = acceptsGzip(request.headers['accept-encoding'])
  const body = compressed ? entry.gzip : entry.plain
  if (compressed) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(body.length)
  response.writeHead(200, headers)
  response.end(request.method === 'HEAD' ? undefined : body)
}
