/**
 * An image is public once something residents see uses it: a published document, an area,
 * the site settings. Until then only signed-in staff read it (Media's access), and its
 * files are not served to anyone else — an image uploaded for a draft stays private. Each
 * change to what is public (a publication, a take-down, a deletion, a setting) updates the
 * index of uses (MediaUses) and the images' flag, in the same transaction as the change.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Field,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'
import { WORKFLOW_CONTEXT } from '../common/requestContext'
import { references } from '../fields/references'
import { someField } from '../fields/walk'
import { appendHooks } from '../hooks/appendHooks'

const ownerOf = (source: string, id: number | string) => `${source}:${id}`

function mediaIn(fields: Field[], doc: Record<string, unknown>): Set<number> {
  const found = new Map<string, Set<number>>()
  references(fields, doc, found)
  return found.get('media') ?? new Set()
}

/** Sets each image's public flag from its uses; updatedAt moves, so the site's loader sees an image appear or go. */
async function refreshFlags(payload: Payload, ids: Iterable<number>, req?: PayloadRequest): Promise<void> {
  for (const id of new Set(ids)) {
    const used = (await payload.count({ collection: 'media-uses', where: { media: { equals: id } }, req })).totalDocs > 0
    const image = await payload.db.findOne<{ id: number; publicUse?: boolean | null }>({
      collection: 'media',
      where: { id: { equals: id } },
      req,
    })
    if (!image || Boolean(image.publicUse) === used) continue
    await payload.db.updateOne({ collection: 'media', id, data: { publicUse: used, updatedAt: new Date().toISOString() }, req })
  }
}

/** Makes the uses of `owner` exactly `media`, and refreshes the flags of the images that gained or lost one. */
export async function setUses(payload: Payload, owner: string, media: Set<number>, req?: PayloadRequest): Promise<void> {
  const before = await payload.find({ collection: 'media-uses', where: { owner: { equals: owner } }, pagination: false, depth: 0, req })
  const had = new Set(before.docs.map((use) => use.media as number))
  const lost = [...had].filter((id) => !media.has(id))
  const gained = [...media].filter((id) => !had.has(id))
  if (lost.length > 0) {
    await payload.delete({ collection: 'media-uses', where: { owner: { equals: owner }, media: { in: lost } }, req })
  }
  for (const id of gained) await payload.create({ collection: 'media-uses', data: { media: id, owner }, req })
  await refreshFlags(payload, [...lost, ...gained], req)
}

const isPublic = (collection: CollectionConfig, doc: Record<string, unknown>) => !collection.versions || doc._status === 'published'

/**
 * For reviewed collections only the workflow changes what is live (editors' saves are
 * drafts); other collections are public as soon as they are saved.
 */
export const trackMediaUses: CollectionAfterChangeHook = async ({ collection, context, doc, req }) => {
  if (collection.versions && !context[WORKFLOW_CONTEXT]) return doc
  const media = isPublic(collection, doc) ? mediaIn(collection.fields, doc) : new Set<number>()
  await setUses(req.payload, ownerOf(collection.slug, doc.id), media, req)
  return doc
}

export const forgetMediaUses: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await setUses(req.payload, ownerOf(collection.slug, doc.id), new Set(), req)
  return doc
}

export const trackGlobalMediaUses: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await setUses(req.payload, ownerOf(global.slug, 0), mediaIn(global.fields, doc), req)
  return doc
}

/** Rebuilds the whole index from what is public now (once after an upgrade; see prepare.ts). */
export async function rebuildMediaUses(payload: Payload): Promise<number> {
  let owners = 0
  for (const collection of payload.config.collections) {
    if (!collection.hooks?.afterChange?.includes(trackMediaUses)) continue
    const where: Where = collection.versions ? { _status: { equals: 'published' } } : {}
    const docs = await payload.find({ collection: collection.slug, where, pagination: false, depth: 0, overrideAccess: true })
    for (const doc of docs.docs as unknown as Record<string, unknown>[]) {
      await setUses(payload, ownerOf(collection.slug, doc.id as number), mediaIn(collection.fields, doc))
      owners++
    }
  }
  for (const global of payload.config.globals) {
    if (!global.hooks?.afterChange?.includes(trackGlobalMediaUses)) continue
    await setUses(
      payload,
      ownerOf(global.slug, 0),
      mediaIn(global.fields, (await payload.findGlobal({ slug: global.slug, depth: 0 })) as unknown as Record<string, unknown>),
    )
    owners++
  }
  return owners
}

/** Adds the tracking to every collection and global that can show an image. */
export function withPublicMedia(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    collection.slug === 'media' || collection.slug === 'media-uses' || !showsImages(collection.fields)
      ? collection
      : appendHooks(collection, { afterChange: [trackMediaUses], afterDelete: [forgetMediaUses] }),
  )
}

const showsImages = (fields: Field[]): boolean => someField(fields, (field) => field.type === 'upload' || field.type === 'richText')

export function withPublicMediaGlobals<G extends { fields: Field[]; hooks?: { afterChange?: GlobalAfterChangeHook[] } }>(
  globals: G[],
): G[] {
  return globals.map((global) => (showsImages(global.fields) ? appendHooks(global, { afterChange: [trackGlobalMediaUses] }) : global))
}
