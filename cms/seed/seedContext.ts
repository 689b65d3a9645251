import type { CollectionSlug, Payload } from 'payload'
import { WORKFLOW_CONTEXT } from '../common/requestContext'

export type Log = (line: string) => void

/** What every seeding step is handed: Payload, the log, and the helpers that keep seeding idempotent. */
export interface SeedContext {
  payload: Payload
  log: Log
  /**
   * Runs `create` unless the marker `seed:<key>` is set or `exists()` finds the item,
   * then sets the marker; counts what it created.
   */
  once(key: string, exists: () => Promise<boolean>, create: () => Promise<void>): Promise<void>
  /** A check for `once`: is there a document whose `field` equals `value`? */
  exists(collection: CollectionSlug, field: string, value: string): () => Promise<boolean>
  /** The id of the document whose `field` equals `value`; throws when there is none. */
  idOf(collection: CollectionSlug, field: string, value: string): Promise<number>
  /** The review record demo content goes live with: as if reviewed, saying where it came from. */
  demoReview: ReturnType<typeof demoReviewRecord>
  /** Options that let a write publish, as the review workflow does. */
  published: { context: { [WORKFLOW_CONTEXT]: boolean } }
  /** How many items `once` has created so far. */
  created(): number
}

function demoReviewRecord() {
  return {
    state: 'published' as const,
    history: [
      { at: new Date().toISOString(), byName: '示例数据', decision: 'publish' as const, reason: '示例内容，依据杏花岭区创城办供稿的报道' },
    ],
  }
}

/** The first document (drafts included) whose `field` equals `value`, or null. */
async function findId(payload: Payload, collection: CollectionSlug, field: string, value: string): Promise<number | null> {
  const result = await payload.find({ collection, where: { [field]: { equals: value } }, draft: true, limit: 1, depth: 0 })
  const doc = result.docs[0] as { id: number } | undefined
  return doc ? doc.id : null
}

export function createSeedContext(payload: Payload, log: Log): SeedContext {
  let created = 0
  const once = async (key: string, exists: () => Promise<boolean>, create: () => Promise<void>) => {
    const marker = `seed:${key}`
    if (await payload.kv.has(marker)) return
    if (!(await exists())) {
      await create()
      created++
    }
    await payload.kv.set(marker, true)
  }
  const idOf = async (collection: CollectionSlug, field: string, value: string): Promise<number> => {
    const id = await findId(payload, collection, field, value)
    if (id === null) throw new Error(`seed: ${collection} “${value}” is missing`)
    return id
  }
  const exists = (collection: CollectionSlug, field: string, value: string) => async () =>
    (await findId(payload, collection, field, value)) !== null
  return {
    payload,
    log,
    once,
    exists,
    idOf,
    demoReview: demoReviewRecord(),
    published: { context: { [WORKFLOW_CONTEXT]: true } },
    created: () => created,
  }
}
