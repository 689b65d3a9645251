/**
 * What the server writes on a message, whatever a request sent: on creation the receipt,
 * reference, dates, device hash, the personal data found in it and its contact (kept
 * apart); on closing, the dates that bring its purge closer.
 */
import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { MESSAGE_KINDS, NOTICE_VERSION, RETENTION_DAYS } from '../../../contract/participation'
import { calendarFrom, deadline } from '../../../contract/workdays'
import { refuse } from '../../common/refuse'
import { findPrivateData, maskPrivateData } from '../../privacy/detector'
import { evidenceOf, passOf } from '../gate/gate'
import { newReference } from '../gate/receipt'
import { DEFAULT_REPLY_DAYS } from '../ParticipationSettings'
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
  const settings = await req.payload.findGlobal({ slug: 'participation-settings', req, overrideAccess: true, depth: 0 })
  const { calendar } = calendarFrom(settings.holidays ?? '', settings.workdays ?? '')
  return {
    ...data,
    reference: newReference('LY', now),
    dueOn: deadline(now, settings.replyDays ?? DEFAULT_REPLY_DAYS, calendar),
    assignee: null,
    department: null,
    reply: null,
    repliedAt: null,
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

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number | null))

/**
 * Answering needs the answer and who gives it; the first answer dates it (答复日期) and,
 * unless the resident asked 不公开, drafts the public answer (公开答复) for review, with
 * the personal data the detector finds masked.
 */
export const answerMessage: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !['replied', 'closed'].includes(data.status ?? originalDoc?.status)) return data
  const reply = String(data.reply ?? originalDoc?.reply ?? '').trim()
  const department = idOf(data.department ?? originalDoc?.department)
  if (!reply || department == null) throw refuse('改为“已答复”或“已办结”之前，请先填写答复内容并选择答复部门。')
  if (originalDoc?.repliedAt) return data
  const repliedAt = new Date().toISOString()
  let publicReply = null
  if (!originalDoc?.keepPrivate) {
    // The title names the message, not its words: what a resident wrote never reaches the 操作日志.
    const kind = MESSAGE_KINDS.find(({ value }) => value === originalDoc?.kind)?.label ?? '留言'
    const draft = await req.payload.create({
      collection: 'replies',
      data: {
        title: `居民${kind}（${originalDoc?.reference}）`,
        kind: originalDoc?.kind,
        department,
        question: maskPrivateData(String(originalDoc?.body ?? '')),
        reply,
        receivedAt: originalDoc?.receivedAt,
        repliedAt,
        area: idOf(originalDoc?.area),
        message: originalDoc?.id,
      },
      draft: true,
      req,
      overrideAccess: true,
    })
    publicReply = draft.id
  }
  return { ...data, repliedAt, publicReply }
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
