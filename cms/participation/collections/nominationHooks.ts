/** What the server writes on a nomination: its photos at creation, the dates of a decision, and their files when it goes. */
import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { RETENTION_DAYS } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { evidenceOf } from '../gate/gate'
import { after } from './intake'
import { UPLOADS_SLUG } from './Uploads'

/** The photos sent with the nomination, stored privately before it is saved (they pass the same gate). */
export async function savePhotos(req: PayloadRequest, now: Date): Promise<Record<string, unknown>> {
  const photos: number[] = []
  const evidence = evidenceOf(req)
  for (const file of evidence?.files ?? []) {
    const made = await req.payload.create({
      collection: UPLOADS_SLUG,
      data: { purgeAt: after(now, RETENTION_DAYS.nominationAtMost).toISOString() },
      file,
      req,
      overrideAccess: true,
      depth: 0,
    })
    photos.push(made.id)
    // The database forgets the row if the nomination's save fails later; the files on disk are the endpoint's to remove.
    if (evidence)
      evidence.writtenFiles = [
        ...(evidence.writtenFiles ?? []),
        ...[made.filename, made.sizes?.thumb?.filename].filter((name): name is string => Boolean(name)),
      ]
  }
  return { photos, figure: null, decidedAt: null }
}

/** A decision (采纳 or 未采纳) dates it and brings the purge closer. */
export const decideNomination: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || data.status === originalDoc?.status || data.status === 'received') return data
  const now = new Date()
  const received = new Date(originalDoc?.receivedAt ?? now)
  const due = after(now, RETENTION_DAYS.nominationAfterDecision)
  const latest = after(received, RETENTION_DAYS.nominationAtMost)
  return { ...data, decidedAt: now.toISOString(), purgeAt: new Date(Math.min(due.getTime(), latest.getTime())).toISOString() }
}

/** A withdrawn or purged nomination takes its photos (and their files) with it. */
export const forgetPhotos: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = ((doc?.photos ?? []) as unknown[]).map(relationId).filter((id): id is number => id !== null)
  if (ids.length > 0) await req.payload.delete({ collection: UPLOADS_SLUG, where: { id: { in: ids } }, req, overrideAccess: true })
  return doc
}
