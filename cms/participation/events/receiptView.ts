/** What a 报名码 shows on the receipt page: the event, its time and place, the state and the place in the queue. */
import type { Payload } from 'payload'

import { eventTimeText, labelOf, SIGNUP_STATES } from '../../../contract/events'
import type { ReceiptView } from '../../../contract/participation'
import type { EventSignup } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { publishedEvent } from './published'
import { waitlistPosition } from './transitions'

export async function signupView(payload: Payload, doc: EventSignup): Promise<ReceiptView> {
  const event = await publishedEvent(payload, { id: relationId(doc.event) ?? 0 })
  const position = doc.state === 'waitlisted' ? await waitlistPosition(payload, doc.id, relationId(doc.event) ?? 0) : null
  const time = event ? eventTimeText(event.startsAt, event.endsAt) : ''
  const place = event?.place ? `${event.place.name}${event.place.address ? `（${event.place.address}）` : ''}` : ''
  const status = position ? `候补第 ${position} 位` : labelOf(SIGNUP_STATES, doc.state)
  return {
    form: 'events',
    reference: doc.reference ?? '',
    kind: doc.volunteer ? '活动报名（志愿者）' : '活动报名',
    subject: event?.title ?? '（活动已撤下）',
    body: [time && `时间：${time}`, place && `地点：${place}`].filter(Boolean).join('\n'),
    keepPrivate: true,
    status,
    receivedAt: doc.receivedAt ?? '',
    dueOn: null,
    contact: null,
    reply: null,
    event: { state: doc.state, position, promoted: Boolean(doc.promotedAt) && doc.state !== 'cancelled', time, place },
  }
}
