/**
 * What a receipt code opens: the sender's own record as they sent it (contact masked),
 * with its state and answer, and its withdrawal, which deletes the record, its contact and
 * its photos at once (个人信息保护法: access and deletion). A code that matches nothing
 * says so without telling why.
 */
import type { Payload } from 'payload'

import { MESSAGE_KINDS, MESSAGE_STATUSES, NOMINATION_STATUSES, type ReceiptView } from '../../contract/participation'
import type { EventSignup, Message, Nomination, ServiceOrder, SurveyResponse } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { maskName, maskPhone } from './collections/Contacts'
import { signupView } from './events/receiptView'
import { cancelSignup } from './events/transitions'
import { receiptHash } from './gate/receipt'
import { forgetOrder } from './services/retention'
import { orderReceipt } from './services/status'
import { publishedSurvey } from './surveys/published'
import { sheetText } from './surveys/sheet'

const FORMS = ['messages', 'nominations', 'survey-responses', 'event-signups', 'service-orders'] as const
type Found =
  | { form: 'messages'; doc: Message }
  | { form: 'service-orders'; doc: ServiceOrder }
  | { form: 'nominations'; doc: Nomination }
  | { form: 'survey-responses'; doc: SurveyResponse }
  | { form: 'event-signups'; doc: EventSignup }

export async function findByReceipt(payload: Payload, code: string): Promise<Found | null> {
  const hash = receiptHash(payload, code)
  if (!hash) return null
  for (const form of FORMS) {
    const { docs } = await payload.find({
      collection: form,
      where: { receiptHash: { equals: hash } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]) return { form, doc: docs[0] } as Found
  }
  return null
}

const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined) =>
  list.find((item) => item.value === value)?.label ?? ''

async function maskedContact(payload: Payload, value: Message['contact']): Promise<ReceiptView['contact']> {
  const id = relationId(value)
  if (id === null) return null
  const found = await payload.findByID({ collection: 'participation-contacts', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!found) return null
  return { name: found.contactName ? maskName(found.contactName) : null, phone: found.contactPhone ? maskPhone(found.contactPhone) : null }
}

async function replyOf(payload: Payload, message: Message): Promise<ReceiptView['reply']> {
  const department = relationId(message.department)
  if (message.status === 'received' || !message.reply || department === null) return null
  const found = await payload.findByID({ collection: 'departments', id: department, depth: 0, overrideAccess: true, disableErrors: true })
  return { text: message.reply, department: found?.name ?? '', repliedAt: message.repliedAt ?? '' }
}

/** A survey answer: the questions with the answers given, as the sender chose them. */
async function surveyView(payload: Payload, doc: SurveyResponse): Promise<ReceiptView> {
  const survey = await publishedSurvey(payload, { id: relationId(doc.survey) ?? 0 })
  return {
    form: 'surveys',
    reference: doc.reference ?? '',
    kind: '问卷答卷',
    subject: survey?.title ?? null,
    body: survey ? sheetText(survey.questions, doc.answers) : '',
    keepPrivate: true,
    status: '已收到',
    receivedAt: doc.receivedAt ?? '',
    dueOn: null,
    contact: null,
    reply: null,
  }
}

export async function receiptView(payload: Payload, code: string): Promise<ReceiptView | null> {
  const found = await findByReceipt(payload, code)
  if (!found) return null
  if (found.form === 'survey-responses') return surveyView(payload, found.doc)
  if (found.form === 'event-signups') return signupView(payload, found.doc)
  const contact = await maskedContact(payload, found.doc.contact)
  if (found.form === 'service-orders') return orderReceipt(payload, found.doc, contact)
  const shared = { reference: found.doc.reference ?? '', receivedAt: found.doc.receivedAt ?? '', contact }
  if (found.form === 'nominations') {
    const { doc } = found
    const status = labelOf(NOMINATION_STATUSES, doc.status)
    return {
      ...shared,
      form: 'nominations',
      kind: '好人推荐',
      subject: doc.nominee,
      body: doc.story,
      keepPrivate: true,
      status,
      dueOn: null,
      reply: null,
    }
  }
  const { doc } = found
  return {
    ...shared,
    form: 'messages',
    kind: labelOf(MESSAGE_KINDS, doc.kind),
    subject: doc.subject ?? null,
    body: doc.body,
    keepPrivate: Boolean(doc.keepPrivate),
    status: labelOf(MESSAGE_STATUSES, doc.status),
    dueOn: doc.dueOn ?? null,
    reply: await replyOf(payload, doc),
  }
}

/**
 * Deletes the record the code opens (its contact and photos go with it); false when there is none.
 * An event sign-up is cancelled instead (its place goes to the first waiting, the count keeps it); a cancelled one cannot be again.
 */
export async function withdraw(payload: Payload, code: string): Promise<boolean> {
  const found = await findByReceipt(payload, code)
  if (!found) return false
  if (found.form === 'event-signups') return (await cancelSignup(payload, found.doc.id)) !== null
  // An order stays in the station's 台账 (its state and steps); what tied it to the resident goes.
  if (found.form === 'service-orders') return forgetOrder(payload, found.doc)
  await payload.delete({ collection: found.form, id: found.doc.id, overrideAccess: true })
  return true
}
