import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { assertReachable, startEmbeddedPostgres } from '../../ops/database.ts'

export interface ScratchDatabase {
  url: string
  drop(): Promise<void>
}

/**
 * A database that exists for one test run: created on the server `server` names (by
 * default DATABASE_URL; never touching its own database), or on a throwaway embedded
 * PostgreSQL.
 */
export async function createScratchDatabase(server = process.env.DATABASE_URL): Promise<ScratchDatabase> {
  const name = `xhl_test_${randomBytes(5).toString('hex')}`
  if (server) {
    await assertReachable(server)
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`create database "${name}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      async drop() {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`drop database if exists "${name}" with (force)`)
        await client.end()
      },
    }
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'xhl-pg-'))
  // As root the server runs as the `postgres` user, which must reach the folder.
  await chmod(folder, 0o755)
  const embedded = await startEmbeddedPostgres(folder, name, () => undefined)
  return {
    url: embedded.url,
    async drop() {
      await embedded.stop()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
