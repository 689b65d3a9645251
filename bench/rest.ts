/**
 * BENCH=rest (issue 20): the public REST API's published lists at depth 1 under 50
 * concurrent anonymous readers — a bare Payload, ours uncached and ours cached — on one
 * stack, in one run. `npm start` on a fresh embedded database with the demo content serves
 * the cached figure (its admin has the cache, cms/server/apiCache.ts); a second admin
 * process on the same database with API_CACHE_MB=0 serves the uncached one. The anchor is
 * a bare Payload 3.90 (bench/bare/: same `payload` and `@payloadcms/db-postgres`, a
 * minimal config in the shape of the lists read, its REST API through Payload's own
 * `handleEndpoints` on plain node:http) in a scratch database on the same PostgreSQL
 * server, seeded with as many published documents per list as ours has, each about as
 * large. All three get the same readers for the same time, one after the other; the
 * ratios are ours / bare. REST_SECONDS (default 20) is each run's length. Writes
 * bench/results/rest.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { PLATFORM_DATABASE } from '../ops/database.ts'
import { type BareSeed, startBarePayload } from './bare/start.ts'
import { hammer, type Run as Measured } from './hammer.ts'
import { startStack } from './stack.ts'

const SECONDS = Number(process.env.REST_SECONDS || 20)
const CONNECTIONS = 50
const PATHS = [
  '/api/figures?depth=1&limit=10&where[_status][equals]=published',
  '/api/articles?depth=1&limit=10&where[_status][equals]=published',
  '/api/places?depth=1&limit=10',
  '/api/service-items?depth=1&limit=10',
]

type Run = Omit<Measured, 'errors' | 'non2xx' | 'timeouts'> & { errorsAndNon2xx: number }

async function readers(base: string): Promise<Run> {
  const run = await hammer(base, CONNECTIONS, PATHS, SECONDS)
  const { errors, non2xx, timeouts, ...rest } = run
  return { ...rest, errorsAndNon2xx: errors + non2xx + timeouts }
}

/** The collection a list path reads: `/api/service-items?…` → `service-items`. */
function collectionOf(pathname: string): string {
  return pathname.split('?')[0]?.split('/')[2] ?? ''
}

/** Reads every path once from `base` (anonymous); fails on an error or a missing gzip. Per collection: published total, bytes per document (plain JSON, depth 1). */
async function readLists(base: string): Promise<Record<string, { count: number; bytesPerDoc: number }>> {
  const lists: Record<string, { count: number; bytesPerDoc: number }> = {}
  for (const pathname of PATHS) {
    const response = await fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'gzip' } })
    if (!response.ok) throw new Error(`${base}${pathname}: HTTP ${response.status}`)
    const { docs, totalDocs } = (await response.json()) as { docs: unknown[]; totalDocs: number }
    if (docs.length > 0 && response.headers.get('content-encoding') !== 'gzip') throw new Error(`${base}${pathname}: not gzipped`)
    lists[collectionOf(pathname)] = {
      count: totalDocs,
      bytesPerDoc: Math.round(Buffer.byteLength(JSON.stringify(docs)) / Math.max(1, docs.length)),
    }
  }
  return lists
}

/** The bare Payload seeded like `ours`, hammered, stopped; its lists checked against ours first. */
async function hammerBare(databaseServer: string, ours: BareSeed): Promise<{ run: Run; lists: BareSeed }> {
  console.log('rest: bare Payload on a scratch database of the same server, seeding…')
  const bare = await startBarePayload(databaseServer, ours)
  try {
    const lists = await readLists(bare.url)
    for (const [collection, { count }] of Object.entries(ours))
      if (lists[collection as keyof BareSeed]?.count !== count)
        throw new Error(`bare ${collection}: ${lists[collection as keyof BareSeed]?.count} ≠ ${count}`)
    console.log(`rest: bare Payload, ${CONNECTIONS} anonymous readers for ${SECONDS} s…`)
    return { run: await readers(bare.url), lists }
  } finally {
    await bare.stop()
  }
}

function row(run: Run) {
  return {
    'req/s': run.requestsPerSecond,
    'p50 ms': run.p50Ms,
    'p99 ms': run.p99Ms,
    errors: run.errorsAndNon2xx,
    'bytes/answer': run.bytesPerResponse,
  }
}

function ratio(ours: Run, bare: Run) {
  const of = (a: number, b: number) => (b > 0 ? Number((a / b).toFixed(2)) : 0)
  return {
    'req/s': of(ours.requestsPerSecond, bare.requestsPerSecond),
    'p50 ms': of(ours.p50Ms, bare.p50Ms),
    'p99 ms': of(ours.p99Ms, bare.p99Ms),
  }
}

/**
 * What a second admin needs to join the stack `npm start` runs: its embedded database's
 * address (ops/database.ts keeps the port and password in the data folder) and the secret
 * it generated there (ops/secrets.ts).
 */
async function joiningEnv(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const dataDir = env.DATA_DIR as string
  const folder = path.join(dataDir, 'postgres')
  const port = Number((await readFile(path.join(folder, 'data', 'postmaster.pid'), 'utf8')).split('\n')[3])
  const { password } = JSON.parse(await readFile(path.join(folder, 'state.json'), 'utf8')) as { password: string }
  const { payloadSecret } = JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')) as { payloadSecret: string }
  return {
    DATABASE_URL: env.DATABASE_URL || `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${PLATFORM_DATABASE}`,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET || payloadSecret,
  }
}

export async function benchRest(): Promise<void> {
  console.log('rest: starting the stack on a fresh embedded database…')
  const stack = await startStack('xhl-bench-rest-')
  const port = await findFreePort()
  const uncachedBase = `http://127.0.0.1:${port}`
  const joining = await joiningEnv(stack.env)
  const env = { ...stack.env, ...joining, CMS_URL: uncachedBase, API_CACHE_MB: '0', PAYLOAD_JOBS_AUTORUN: 'false' }
  const uncachedAdmin = startAdmin(port, env, '后台（不缓存）')
  try {
    await adminReady(port, uncachedAdmin)
    for (const base of [stack.cms, uncachedBase])
      for (const pathname of PATHS) {
        const response = await fetch(`${base}${pathname}`)
        const state = response.headers.get('x-api-cache')
        if ((base === stack.cms) !== (state !== null)) throw new Error(`${base}${pathname}: x-api-cache ${state}`)
      }
    const ours = await readLists(uncachedBase)
    const bare = await hammerBare(joining.DATABASE_URL as string, ours as BareSeed)
    console.log(`rest: uncached admin, ${CONNECTIONS} anonymous readers for ${SECONDS} s…`)
    const uncached = await readers(uncachedBase)
    console.log(`rest: cached admin, ${CONNECTIONS} anonymous readers for ${SECONDS} s…`)
    const cached = await readers(stack.cms)
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]?.toFixed(1)} (shared host)`,
      node: process.version,
      date: new Date().toISOString(),
      dataset:
        'demo content (npm start on a fresh database); the bare Payload seeded with as many published documents per list, about as large',
      paths: PATHS,
      connections: CONNECTIONS,
      seconds: SECONDS,
      lists: { ours, bare: bare.lists },
      bare: bare.run,
      uncached,
      cached,
      ratios: { uncachedToBare: ratio(uncached, bare.run), cachedToBare: ratio(cached, bare.run) },
    }
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/rest.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.table({
      'bare Payload 3.90': row(bare.run),
      'ours uncached (API_CACHE_MB=0)': row(uncached),
      'ours cached': row(cached),
      'ours uncached / bare': ratio(uncached, bare.run),
      'ours cached / bare': ratio(cached, bare.run),
    })
  } finally {
    await uncachedAdmin.stop()
    await stack.stop()
  }
}
