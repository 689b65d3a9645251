/**
 * The admin server (`npm start` and the tests start it through ops/admin.ts): Next and
 * Payload in this process on a loopback port, and the front server (front.ts) on PORT in
 * front of them. One process, so one signal stops all of it.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'

import next from 'next'

import { type Config, config, exitOnBadConfig } from '../../contract/config'
import { cmsDir } from '../../contract/paths'
import { findFreePort } from '../../contract/ports'
import { ApiCache } from './apiCache'
import { CLIENT_ADDRESS_HEADER } from './clientAddress'
import { createFrontServer, FRONT_HEADER } from './front'
import { PurgeListener } from './purgeListener'
import { SECRET_ADVICE, weakSecretReason } from './secretPolicy'
import { sessionKey } from './session'

/** The REST API's cache of anonymous reads (apiCache.ts), with its purge listener; none when API_CACHE_MB is 0. */
async function startApiCache(settings: Config): Promise<{ cache: ApiCache; listener: PurgeListener } | null> {
  if (settings.apiCacheMb === 0 || !settings.databaseUrl) return null
  let cache: ApiCache | null = null
  const listener = new PurgeListener(settings.databaseUrl, () => cache?.clear())
  cache = new ApiCache(listener, settings.apiCacheMb * 1024 * 1024)
  // Not connected yet (the database restarting): the cache stays off and the listener keeps trying.
  await listener.start()
  return { cache, listener }
}

async function main(): Promise<void> {
  exitOnBadConfig()
  const settings = config()
  const weak = weakSecretReason(settings.payloadSecret)
  if (weak) {
    console.error(`✖ 管理后台拒绝启动：${weak}。${SECRET_ADVICE}`)
    process.exit(1)
  }
  const port = settings.port
  const internalPort = await findFreePort()
  const app = next({ dev: false, dir: cmsDir, hostname: '127.0.0.1', port: internalPort })
  await app.prepare()
  const handle = app.getRequestHandler()
  // Only the front server may say who is asking: another process on this machine reaching the loopback port directly may not.
  const secret = randomBytes(16).toString('hex')
  const internal = http.createServer((request, response) => {
    if (request.headers[FRONT_HEADER] !== secret) delete request.headers[CLIENT_ADDRESS_HEADER]
    delete request.headers[FRONT_HEADER]
    void handle(request, response)
  })
  // Longer than the front server keeps its pooled connections idle: Next should not close one under it.
  internal.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => internal.listen(internalPort, '127.0.0.1', resolve))
  const cache = await startApiCache(settings)
  const front = createFrontServer(internalPort, secret, sessionKey(settings.payloadSecret as string), cache?.cache)
  await new Promise<void>((resolve) => front.listen(port, settings.host, resolve))
  console.log(`✓ 管理后台已启动：端口 ${port}`)
  const stop = () => {
    void cache?.listener.stop()
    front.close()
    internal.close()
    front.closeAllConnections()
    internal.closeAllConnections()
    setTimeout(() => process.exit(0), 100).unref()
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop)
}

main().catch((error: unknown) => {
  console.error(`✖ 管理后台启动失败：${(error as Error).message}`)
  process.exit(1)
})
