/**
 * Starts BENCH=rest's anchor: a fresh scratch database on the PostgreSQL server `server`
 * names (the same server our admin reads, so both pay the same database), the bare Payload's
 * schema pushed and its documents seeded there (bench/bare/seed.ts), then its REST server
 * (bench/bare/server.ts) in production mode on a free port. `stop` ends the server and
 * drops the database.
 */
import { findFreePort } from '../../contract/ports.ts'
import { run, startChild, waitForHttp } from '../../ops/processes.ts'
import { createScratchDatabase } from '../../tests/support/database.ts'
import type { BareCollection } from './config.ts'

export type BareSeed = Partial<Record<BareCollection, { count: number; bytesPerDoc: number }>>

export interface BarePayload {
  url: string
  stop(): Promise<void>
}

export async function startBarePayload(server: string, seed: BareSeed): Promise<BarePayload> {
  const database = await createScratchDatabase(server)
  const env = {
    ...process.env,
    BARE_DATABASE_URL: database.url,
    BARE_SECRET: `bare-${Date.now()}-${Math.random()}`,
    PAYLOAD_TELEMETRY: 'false',
  }
  try {
    await run(
      'tsx',
      ['bench/bare/seed.ts'],
      { ...env, NODE_ENV: 'development', BARE_PUSH: '1', BARE_SEED: JSON.stringify(seed) },
      'bare 种子',
    )
  } catch (error) {
    await database.drop()
    throw error
  }
  const port = await findFreePort()
  const child = startChild('tsx', ['bench/bare/server.ts'], { ...env, NODE_ENV: 'production', BARE_PORT: String(port) }, 'bare payload')
  const stop = async () => {
    await child.stop()
    await database.drop()
  }
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/figures?limit=1`, 60_000, child)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, stop }
}
