/**
 * One site build at a time across every worker sharing the database, and the one place
 * that touches the queue's rows directly.
 *
 * The build holds a PostgreSQL advisory lock, which the server releases by itself if the
 * process dies. When a build starts it takes every `siteBuild` job still waiting, in one
 * statement, so a job another worker is claiming at that moment is either its or ours
 * (Payload's find-then-delete would race).
 */
import type {} from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { SITE_BUILD_QUEUE } from '../../contract/queues'
import type { SiteBuildInput } from './queue'

/** Any fixed number shared by all workers: the key of the site-build advisory lock. */
const BUILD_LOCK_KEY = 740_215_001

/** Runs `work` holding the build lock, on a connection of the CMS's own pool. */
export async function withBuildLock<T>(payload: Payload, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await payload.db.pool.connect()
  let broken = false
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BUILD_LOCK_KEY])
    try {
      return await work(client)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK_KEY]).catch(() => {
        broken = true
      })
    }
  } finally {
    client.release(broken)
  }
}

/**
 * Takes (deletes) the site-build jobs no worker has claimed, and returns their inputs: the
 * build about to read the content covers them, since a job becomes visible only once the
 * change that queued it has committed, and the content is read after this statement.
 * (No timestamp of the worker's own: its clock need not agree with the database's.)
 */
export async function takeWaitingBuilds(client: PoolClient): Promise<Partial<SiteBuildInput>[]> {
  const taken = await client.query<{ input: Partial<SiteBuildInput> | null }>(
    'DELETE FROM payload_jobs WHERE queue = $1 AND processing = false AND completed_at IS NULL RETURNING input',
    [SITE_BUILD_QUEUE],
  )
  return taken.rows.map((row) => row.input ?? {})
}
