/**
 * Connections come back to the pool whatever happens to the database. Two leaks in the
 * libraries used to use the pool up for good when PostgreSQL restarted under an admin,
 * leaving every later save waiting 30 s and then refused until the admin was restarted:
 *
 * - drizzle-orm 0.45.2 ran a transaction's BEGIN outside the try/finally that releases its
 *   connection (drizzle-orm issues #6023, #6241, open), so a save whose BEGIN met a
 *   restart kept its connection;
 * - @payloadcms/db-postgres 3.90.2 checked one connection out at start and never gave it
 *   back, and took another each time that one was reset (payload issue #11727; fixed for
 *   4.0 by pull request #17831).
 *
 * Both are patched in cms/patches/ (patch-package applies them on install) until releases
 * carry the fixes.
 */

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { localPayload } from './support/cms.ts'

const POOL = 3
let payload: Payload
let pool: pg.Pool

beforeAll(async () => {
  // A small pool: a few leaked connections would be all of it.
  process.env.DATABASE_POOL_MAX = String(POOL)
  payload = await localPayload()
  pool = (payload.db as unknown as { pool: pg.Pool }).pool
})

afterAll(async () => {
  await payload?.destroy()
})

/** Connections handed out and not yet given back. */
const checkedOut = () => pool.totalCount - pool.idleCount

type Sessions = Record<string, { db: { execute: (query: string) => Promise<{ rows: { pid: number }[] }> } }>

/** The server process behind a transaction's connection. */
async function backendOf(transaction: string): Promise<number> {
  const session = (payload.db as unknown as { sessions: Sessions }).sessions[transaction]
  const [row] = (await session?.db.execute('select pg_backend_pid() as pid'))?.rows ?? []
  return row?.pid ?? 0
}

/** Cuts connections off from the server's side, as a restart or a failover does. */
async function terminate(pids: number[]): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await admin.connect()
  try {
    await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids])
  } finally {
    await admin.end()
  }
}

/** As many transactions at once as the pool has connections, each committed. */
async function fillThePool(): Promise<void> {
  const transactions = await Promise.all(Array.from({ length: POOL }, () => payload.db.beginTransaction()))
  await Promise.all(transactions.map((id) => payload.db.commitTransaction(id as string)))
}

it('keeps nothing out of the pool once started', () => {
  expect(checkedOut()).toBe(0)
})

it('gives the connection back when BEGIN fails, so failed saves never use up the pool', async () => {
  for (let attempt = 0; attempt < POOL * 3; attempt++) {
    // A BEGIN that PostgreSQL refuses: the same path as one cut off by a restart.
    await expect(payload.db.beginTransaction({ isolationLevel: 'no such level' as never })).rejects.toThrow(/cannot begin transaction/)
    expect(checkedOut(), `after failed BEGIN ${attempt + 1}`).toBe(0)
  }
  await fillThePool()
  expect(checkedOut()).toBe(0)
})

it('drops connections cut off inside transactions, and serves a full pool after', async () => {
  const transactions = (await Promise.all(Array.from({ length: POOL }, () => payload.db.beginTransaction()))) as string[]
  await terminate(await Promise.all(transactions.map(backendOf)))
  for (const id of transactions) await payload.db.rollbackTransaction(id).catch(() => undefined)
  expect(checkedOut()).toBe(0)
  await fillThePool()
  expect((await payload.find({ collection: 'areas', limit: 1, depth: 0 })).docs).toHaveLength(1)
  expect(checkedOut()).toBe(0)
})
