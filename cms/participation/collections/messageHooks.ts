/**
 * What the server writes on a message, whatever a request sent: on creation the receipt,
 * reference, dates, device hash, the personal data found in it and its contact (kept
 * apart); on closing, the dates that bring its purge closer.
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { MESSAGE_KINDS, RETENTION_DAYS } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { deadline } from '../../../contract/workdays'
import { officeCalendar } from '../../common/officeCalendar'
import { refuse } from '../../common/refuse'
import { maskPrivateData } from '../../privacy/detector'
import { DEFAULT_REPLY_DAYS } from '../ParticipationSettings'
import { CONTACTS_SLUG } from './Contacts'
import { after, fillIntake } from './intake'

const earlier = (a: Date, b: Date) => (a < b ? a : b)

/** A message's own server-written fields at creation: its deadline, and nobody assigned or answering yet. */
export async function messageDefaults(req: PayloadRequest, now: Date): Promise<Record<string, unknown>> {
  const { calendar, replyDays } = await officeCalendar(req.payload, req)
  return {
    dueOn: deadline(now, replyDays ?? DEFAULT_REPLY_DAYS, calendar),
    assignee: null,
    department: null,
    reply: null,
    repliedAt: null,
    closedAt: null,
  }
}

export const fillFromGate = fillIntake({
  prefix: 'LY',
  text: (data) => `${data.subject ?? ''}\n${data.body ?? ''}`,
  keepDays: RETENTION_DAYS.messageAtMost,
  extra: messageDefaults,
})

/**
 * Answering needs the answer and who gives it; the first answer dates it (答复日期) and,
 * unless the resident asked 不公开, drafts the public answer (公开答复) for review, with
 * the personal data the detector finds masked.
 */
export const answerMessage: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !['replied', 'closed'].includes(data.status ?? originalDoc?.status)) return data
  const reply = String(data.reply ?? originalDoc?.reply ?? '').trim()
  const department = relationId(data.department ?? originalDoc?.department)
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
        area: relationId(originalDoc?.area),
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
  const id = relationId(originalDoc?.contact)
  if (id !== null) {
    const found = await req.payload.findByID({ collection: CONTACTS_SLUG, id, req, overrideAccess: true, disableErrors: true, depth: 0 })
    if (found) {
      const sooner = earlier(new Date(found.purgeAt as string), after(now, RETENTION_DAYS.contactAfterClose))
      await req.payload.update({ collection: CONTACTS_SLUG, id, data: { purgeAt: sooner.toISOString() }, req, overrideAccess: true })
    }
  }
  return { ...data, closedAt: now.toISOString(), purgeAt: purgeAt.toISOString() }
}
