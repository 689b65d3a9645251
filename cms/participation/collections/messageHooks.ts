/**
 * What the server writes on a message, whatever a request sent: on creation the receipt,
 * reference, dates, device hash, the personal data found in it and its contact (kept
 * apart); on closing, the dates that bring its purge closer.
 */
import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { NOTICE_VERSION, RETENTION_DAYS } from '../../../contract/participation'
import { findPrivateData } from '../../privacy/detector'
import { evidenceOf, passOf } from '../gate/gate'
import { newReference } from '../gate/receipt'
import { CONTACTS_SLUG } from './Contacts'

const DAY = 86_400_000
const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY)
const earlier = (a: Date, b: Date) => (a < b ? a : b)

export const fillFromGate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const pass = passOf(req)
  // gatedCreate refused already; this only keeps the types honest.
  if (!pass) throw new Error('a message without a gate pass')
  const now = new Date()
  const text = `${data.subject ?? ''}\n${data.body ?? ''}`
  const contact = evidenceOf(req)?.contact
  let contactId: number | null = null
  if (contact?.contactName || contact?.contactPhone) {
    const made = await req.payload.create({
      collection: CONTACTS_SLUG,
      data: { ...contact, purgeAt: after(now, RETENTION_DAYS.contactAtMost).toISOString() },
      req,
      overrideAccess: true,
      depth: 0,
    })
    contactId = made.id
  }
  return {
    ...data,
    reference: newReference('LY', now),
    status: 'received',
    receivedAt: now.toISOString(),
    closedAt: null,
    privacyKinds: [...new Set(findPrivateData(text).map(({ kind }) => kind))],
    contact: contactId,
    consentVersion: NOTICE_VERSION,
    purgeAt: after(now, RETENTION_DAYS.messageAtMost).toISOString(),
    deviceHash: pass.deviceHash,
    receiptHash: pass.receipt.hash,
  }
}

/** Closing (已办结) starts the shorter clocks: the message a year on, its contact 90 days on. */
export const closeMessage: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status !== 'closed' || originalDoc?.status === 'closed') return data
  const now = new Date()
  const received = new Date(originalDoc?.receivedAt ?? now)
  const purgeAt = earlier(after(now, RETENTION_DAYS.messageAfterClose), after(received, RETENTION_DAYS.messageAtMost))
  const contact = originalDoc?.contact
  if (contact != null) {
    const id = typeof contact === 'object' ? contact.id : contact
    const found = await req.payload.findByID({ collection: CONTACTS_SLUG, id, req, overrideAccess: true, disableErrors: true, depth: 0 })
    if (found) {
      const sooner = earlier(new Date(found.purgeAt as string), after(now, RETENTION_DAYS.contactAfterClose))
      await req.payload.update({ collection: CONTACTS_SLUG, id, data: { purgeAt: sooner.toISOString() }, req, overrideAccess: true })
    }
  }
  return { ...data, closedAt: now.toISOString(), purgeAt: purgeAt.toISOString() }
}

/** A withdrawn or purged item takes its contact with it. */
export function forgetContactOf(_collection: string): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    const contact = doc?.contact
    if (contact == null) return doc
    const id = typeof contact === 'object' ? contact.id : contact
    await req.payload.delete({ collection: CONTACTS_SLUG, where: { id: { equals: id } }, req, overrideAccess: true })
    return doc
  }
}
