/**
 * An order's personal data — for whom (a group or a 户码), where, the resident's notes, the
 * contact, the receipt and device hashes — goes at its purge date (RETENTION_DAYS) or when
 * the resident withdraws it with the receipt code. The order itself stays, anonymous, in
 * the station's 台账: the 课单, place, dates, states, steps and rating score.
 */
import type { Payload } from 'payload'

import type { ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { OPEN_ORDER_STATES } from '../../../contract/services'
import { CONTACTS_SLUG } from '../collections/Contacts'

const ORDERS = 'service-orders'

const FORGOTTEN = {
  group: null,
  household: null,
  venue: null,
  note: null,
  contact: null,
  receiptHash: null,
  deviceHash: null,
  privacyKinds: [],
  purgeAt: null,
}

/** Forgets what ties the order to the resident; an open order is cancelled on the way (there is no one left to serve). */
export async function forgetOrder(payload: Payload, order: ServiceOrder, now = new Date()): Promise<boolean> {
  const contact = relationId(order.contact)
  const open = (OPEN_ORDER_STATES as readonly string[]).includes(order.state)
  const step = { action: 'cancel', at: now.toISOString(), by: 'resident', reason: '居民撤回了个人信息' }
  await payload.update({
    collection: ORDERS,
    id: order.id,
    data: {
      ...FORGOTTEN,
      personalForgotten: now.toISOString(),
      rating: order.rating?.state === 'pending' ? { ...order.rating, comment: null } : order.rating,
      ...(open ? { state: 'cancelled', dueOn: null, steps: [...(order.steps ?? []), step] } : {}),
    } as never,
    overrideAccess: true,
    depth: 0,
  })
  if (contact !== null) await payload.delete({ collection: CONTACTS_SLUG, where: { id: { equals: contact } }, overrideAccess: true })
  return true
}

/** The retention task's part: orders past their purge date lose their personal data; the count. */
export async function purgeOrders(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: ORDERS,
    where: { and: [{ purgeAt: { less_than: now.toISOString() } }, { personalForgotten: { exists: false } }] },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  for (const order of docs) await forgetOrder(payload, order, now)
  return docs.length
}
