/**
 * The admin server (`npm start` and the tests start it through ops/admin.ts): Next and
 * Payload in this process on a loopback port, and the front server (front.ts) on PORT in
 * front of them. One process, so one signal stops all of it.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'

import next from 'next'

import { config, exitOnBadConfig } from '../../contract/config'
import { cmsDir } from '../../contract/paths'
import { findFreePort } from '../../contract/ports'
import { CLIENT_ADDRESS_HEADER } from './clientAddress'
import { createFrontServer, FRONT_HEADER } from './front'
import { SECRET_ADVICE, weakSecretReason } from './secretPolicy'
import { sessionKey } from './session'

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
  const front = createFrontServer(internalPort, secret, sessionKey(settings.payloadSecret as string))
  await new Promise<void>((resolve) => front.listen(port, settings.host, resolve))
  console.log(`✓ 管理后台已启动：端口 ${port}`)
  const stop = () => {
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
