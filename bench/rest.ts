/**
 * BENCH=rest (issue 20): the public REST API's published lists at depth 1 under 50
 * concurrent anonymous readers, cached and uncached, on one stack. `npm start` on a fresh
 * embedded database with the demo content serves the cached figure (its admin has the
 * cache, cms/server/apiCache.ts); a second admin process on the same database with
 * API_CACHE_MB=0 serves the uncached one, so both read the same data on the same machine
 * in the same run. REST_SECONDS (default 20) is each run's length. Writes
 * bench/results/rest.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import { rootDir } from '../contract/paths.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { PLATFORM_DATABASE } from '../ops/database.ts'
import { startStack } from './stack.ts'

const SECONDS = Number(process.env.REST_SECONDS || 20)
const CONNECTIONS = 50
const PATHS = [
  '/api/figures?depth=1&limit=10&where[_status][equals]=published',
  '/api/articles?depth=1&limit=10&where[_status][equals]=published',
  '/api/places?depth=1&limit=10',
  '/api/service-items?depth=1&limit=10',
]

interface Run {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  errorsAndNon2xx: number
}

async function hammer(base: string): Promise<Run> {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
    requests: PATHS.map((pathname) => ({ method: 'GET', path: pathname })),
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errorsAndNon2xx: result.errors + result.non2xx + result.timeouts,
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
  const env = { ...stack.env, ...(await joiningEnv(stack.env)), CMS_URL: uncachedBase, API_CACHE_MB: '0', PAYLOAD_JOBS_AUTORUN: 'false' }
  const uncachedAdmin = startAdmin(port, env, '后台（不缓存）')
  try {
    await adminReady(port, uncachedAdmin)
    for (const base of [stack.cms, uncachedBase])
      for (const pathname of PATHS) {
        const response = await fetch(`${base}${pathname}`)
        if (!response.ok) throw new Error(`${base}${pathname}: HTTP ${response.status}`)
        const state = response.headers.get('x-api-cache')
        if ((base === stack.cms) !== (state !== null)) throw new Error(`${base}${pathname}: x-api-cache ${state}`)
      }
    console.log(`rest: uncached admin, ${CONNECTIONS} anonymous readers for ${SECONDS} s…`)
    const uncached = await hammer(uncachedBase)
    console.log(`rest: cached admin, ${CONNECTIONS} anonymous readers for ${SECONDS} s…`)
    const cached = await hammer(stack.cms)
    const results = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]?.toFixed(1)} (shared host)`,
      node: process.version,
      date: new Date().toISOString(),
      dataset: 'demo content (npm start on a fresh database)',
      paths: PATHS,
      connections: CONNECTIONS,
      seconds: SECONDS,
      uncached,
      cached,
    }
    await mkdir(path.join(rootDir, 'bench/results'), { recursive: true })
    await writeFile(path.join(rootDir, 'bench/results/rest.json'), `${JSON.stringify(results, null, 2)}\n`)
    console.table({
      'uncached (API_CACHE_MB=0)': {
        'req/s': uncached.requestsPerSecond,
        'p50 ms': uncached.p50Ms,
        'p99 ms': uncached.p99Ms,
        errors: uncached.errorsAndNon2xx,
      },
      cached: { 'req/s': cached.requestsPerSecond, 'p50 ms': cached.p50Ms, 'p99 ms': cached.p99Ms, errors: cached.errorsAndNon2xx },
    })
  } finally {
    await uncachedAdmin.stop()
    await stack.stop()
  }
}
