/** The embedded PostgreSQL `npm start` uses when no DATABASE_URL is given. */
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../ops/database.ts'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'xhl-embedded-'))
  await chmod(folder, 0o755)
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function roundTrip(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

it('initialises once, keeps its data between runs, and stops cleanly', async () => {
  const first = await startEmbeddedPostgres(folder, 'xhl_embedded', () => undefined)
  expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/xhl_embedded$/)
  await roundTrip(first.url, "create table kept (value text); insert into kept values ('杏花岭')")
  await first.stop()
  expect(existsSync(path.join(folder, 'data', 'postmaster.pid'))).toBe(false)

  const second = await startEmbeddedPostgres(folder, 'xhl_embedded', () => undefined)
  try {
    expect(await roundTrip(second.url, 'select value from kept')).toEqual([{ value: '杏花岭' }])
  } finally {
    await second.stop()
  }
})
