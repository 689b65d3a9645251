/**
 * Every change that anonymous REST readers could see, however indirectly (a list embeds
 * related documents at depth ≥ 1), tells every admin process to drop its cached answers
 * (cms/server/apiCache.ts). The signal is a PostgreSQL NOTIFY sent on the change's own
 * transaction: PostgreSQL delivers it only once the change is committed, to every
 * listening process (this one too), and never for a change that was rolled back.
 *
 * One signal for any change rather than per collection or per document: what an answer
 * embeds (places in a service item, images in an article, areas everywhere) is decided by
 * its query's depth and select, so a finer purge would have to track every answer's
 * dependencies; the whole cache is rebuilt from a handful of reads.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { API_CACHE_CHANNEL } from '../../contract/queues'
import { appendHooks } from '../hooks/appendHooks'

/**
 * Collections nobody reads anonymously, directly or embedded, and that change often
 * (every sign-in, every write's log entry, every build's progress): no purge.
 */
const NEVER_PUBLIC = new Set(['users', 'audit-log', 'site-builds', 'privacy-findings'])

/** Sends the signal on the request's transaction (delivered at its commit), or at once when there is none. */
export async function signalChange(req: PayloadRequest, what: string): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
  await db.execute(sql`select pg_notify(${API_CACHE_CHANNEL}, ${what})`)
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await signalChange(req, collection.slug)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await signalChange(req, collection.slug)
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await signalChange(req, `globals/${global.slug}`)
  return doc
}

export function withApiCachePurge(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    NEVER_PUBLIC.has(collection.slug) ? collection : appendHooks(collection, { afterChange: [afterChange], afterDelete: [afterDelete] }),
  )
}

export function withApiCachePurgeGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => appendHooks(global, { afterChange: [afterGlobalChange] }))
}
