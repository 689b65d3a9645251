/**
 * What residents answer, vote in or sign up to is the published version only: an editor's unreviewed
 * draft never changes the questions, the candidates, the capacity or the rules. One reader for every
 * such collection.
 */
import type { DataFromCollectionSlug, Payload, Where } from 'payload'

type Answerable = 'surveys' | 'elections' | 'events'

/** A slug (as in a page address) or an id. */
export type Which = { slug: string } | { id: number }

export const whereWhich = (by: Which): Where => ('slug' in by ? { slug: { equals: by.slug } } : { id: { equals: by.id } })

/** The published documents matching `where`, in one query; `limit` 0 reads them all; `depth` 1 brings their relations. */
export async function publishedDocs<S extends Answerable>(
  payload: Payload,
  collection: S,
  where: Where,
  limit = 0,
  depth = 0,
): Promise<DataFromCollectionSlug<S>[]> {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    draft: false,
    ...(limit ? { limit } : { pagination: false }),
    depth,
    overrideAccess: true,
  })
  return docs as DataFromCollectionSlug<S>[]
}
