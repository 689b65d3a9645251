/**
 * 未使用的图片: uploads that no document and no kept version of any document (nor a global
 * or its versions) points at, and that are older than the site's 未使用图片保留天数. An
 * upload drawer saves its image at once, so an abandoned form leaves one behind. Used is
 * decided afresh from every document and version each time; nothing used is ever listed.
 */
import type { Field, Payload, PayloadRequest } from 'payload'

import { references } from '../../fields/references'
import { someField } from '../../fields/walk'

const pointsAtMedia = (field: Field) =>
  ((field.type === 'upload' || field.type === 'relationship') &&
    (field.relationTo === 'media' || (Array.isArray(field.relationTo) && field.relationTo.includes('media')))) ||
  field.type === 'richText'

/** Every media id something points at, in documents, drafts, kept versions and globals. */
export async function usedMedia(payload: Payload): Promise<Set<number>> {
  const found = new Map<string, Set<number>>()
  const walk = (fields: Field[], data: unknown) => references(fields, data as Record<string, unknown>, found)
  for (const { slug, fields, versions } of payload.config.collections) {
    if (slug === 'media' || !someField(fields, pointsAtMedia)) continue
    const { docs } = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
    for (const doc of docs) walk(fields, doc)
    if (!versions) continue
    const kept = await payload.findVersions({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
    for (const version of kept.docs) walk(fields, version.version)
  }
  for (const { slug, fields, versions } of payload.config.globals) {
    if (!someField(fields, pointsAtMedia)) continue
    walk(fields, await payload.findGlobal({ slug, depth: 0, overrideAccess: true }))
    if (!versions) continue
    const kept = await payload.findGlobalVersions({ slug, pagination: false, depth: 0, overrideAccess: true })
    for (const version of kept.docs) walk(fields, version.version)
  }
  return found.get('media') ?? new Set()
}

export interface Orphan {
  id: number
  filename: string
  alt: string
  createdAt: string
  filesize: number
}

/** Unused uploads older than `days` days, oldest first. */
export async function findOrphans(payload: Payload, days: number, now = new Date()): Promise<Orphan[]> {
  const used = await usedMedia(payload)
  const before = new Date(now.getTime() - days * 86_400_000).toISOString()
  const { docs } = await payload.find({
    collection: 'media',
    where: { createdAt: { less_than: before }, ...(used.size > 0 ? { id: { not_in: [...used] } } : {}) },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => ({
    id: doc.id,
    filename: doc.filename ?? '',
    alt: doc.alt ?? '',
    createdAt: doc.createdAt,
    filesize: doc.filesize ?? 0,
  }))
}

/** Deletes the uploads unused now (decided again here, never from a list sent in); returns how many. */
export async function clearOrphans(req: PayloadRequest, days: number): Promise<{ removed: number; bytes: number }> {
  const orphans = await findOrphans(req.payload, days)
  let bytes = 0
  for (const orphan of orphans) {
    await req.payload.delete({ collection: 'media', id: orphan.id, req, overrideAccess: false })
    bytes += orphan.filesize
  }
  return { removed: orphans.length, bytes }
}
