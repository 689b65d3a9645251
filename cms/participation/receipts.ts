/**
 * What a receipt code opens: the sender's own item as they sent it (contact masked), and
 * its withdrawal, which deletes the item and its contact at once (PIPL: access and
 * deletion). A code that matches nothing says so without telling why.
 */
import type { Payload } from 'payload'

import { MESSAGE_KINDS, MESSAGE_STATUSES, type ReceiptView } from '../../contract/participation'
import { maskName, maskPhone } from './collections/Contacts'
import { receiptHash } from './gate/receipt'

async function findByReceipt(payload: Payload, code: string) {
  const hash = receiptHash(payload, code)
  if (!hash) return null
  const { docs } = await payload.find({
    collection: 'messages',
    where: { receiptHash: { equals: hash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined) =>
  list.find((item) => item.value === value)?.label ?? ''

export async function receiptView(payload: Payload, code: string): Promise<ReceiptView | null> {
  const message = await findByReceipt(payload, code)
  if (!message) return null
  let contact: ReceiptView['contact'] = null
  if (message.contact != null) {
    const id = typeof message.contact === 'object' ? message.contact.id : message.contact
    const found = await payload.findByID({ collection: 'participation-contacts', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (found) {
      contact = {
        name: found.contactName ? maskName(found.contactName) : null,
        phone: found.contactPhone ? maskPhone(found.contactPhone) : null,
      }
    }
  }
  let reply: ReceiptView['reply'] = null
  if (message.status !== 'received' && message.reply && message.department != null) {
    const id = typeof message.department === 'object' ? message.department.id : message.department
    const department = await payload.findByID({ collection: 'departments', id, depth: 0, overrideAccess: true, disableErrors: true })
    reply = { text: message.reply, department: department?.name ?? '', repliedAt: message.repliedAt ?? '' }
  }
  return {
    form: 'messages',
    reference: message.reference ?? '',
    kind: labelOf(MESSAGE_KINDS, message.kind),
    subject: message.subject ?? null,
    body: message.body,
    keepPrivate: Boolean(message.keepPrivate),
    status: labelOf(MESSAGE_STATUSES, message.status),
    receivedAt: message.receivedAt ?? '',
    dueOn: message.dueOn ?? null,
    contact,
    reply,
  }
}

/** Deletes the item the code opens (its contact goes with it, see forgetContactOf); false when there is none. */
export async function withdraw(payload: Payload, code: string): Promise<boolean> {
  const message = await findByReceipt(payload, code)
  if (!message) return false
  await payload.delete({ collection: 'messages', id: message.id, overrideAccess: true })
  return true
}
