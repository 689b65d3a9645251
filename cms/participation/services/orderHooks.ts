/**
 * What the server writes on an order when it is made, whatever the request sent: the
 * published 课单 it orders (an unreviewed one takes no orders) and its booking rules, the
 * place and kind taken from it, the first step (点单, by the resident or the community
 * worker who typed it in), the 审单 deadline in working days, then the intake (receipt,
 * contact kept apart, purge date).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { RETENTION_DAYS } from '../../../contract/participation'
import type { ServiceItem } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { ORDER_DEADLINES } from '../../../contract/services'
import { beijingDay, deadline } from '../../../contract/workdays'
import { officeCalendar } from '../../common/officeCalendar'
import { refuse } from '../../common/refuse'
import { after, fillIntake } from '../collections/intake'
import { HOUSEHOLDS_SLUG } from '../field/slugs'
import { evidenceOf, passOf } from '../gate/gate'
import { ITEMS_SLUG } from './ServiceItems'
import { slotTaken } from './slots'

const DAY = 86_400_000
/** Orders further ahead than this are refused: the menu changes, and so do the teams. */
const FURTHEST_DAYS = 180

/** The published 课单 with this id; null when there is none (a draft, withdrawn, or never was). */
export async function publishedItem(req: PayloadRequest, id: number): Promise<ServiceItem | null> {
  const { docs } = await req.payload.find({
    collection: ITEMS_SLUG,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The booking rules of the item, in the words a resident reads. */
function checkBooking(item: ServiceItem, wanted: Date, people: number, now: Date): void {
  const day = beijingDay(wanted)
  const earliest = beijingDay(new Date(now.getTime() + (item.booking?.leadDays ?? 0) * DAY))
  if (Number.isNaN(wanted.getTime())) throw refuse('请选择希望服务的日期和时间。')
  if (day < earliest) throw refuse(`这个课单至少要提前 ${item.booking?.leadDays ?? 0} 天预约，请选择 ${earliest} 以后的日期。`)
  if (wanted.getTime() > now.getTime() + FURTHEST_DAYS * DAY) throw refuse(`只能预约 ${FURTHEST_DAYS} 天以内的服务。`)
  if (item.booking?.from && day < beijingDay(new Date(item.booking.from))) {
    throw refuse(`这个课单从 ${beijingDay(new Date(item.booking.from))} 起才能预约。`)
  }
  if (item.booking?.until && day > beijingDay(new Date(item.booking.until))) {
    throw refuse(`这个课单只接受 ${beijingDay(new Date(item.booking.until))} 以前的预约。`)
  }
  if (people > item.capacity) throw refuse(`这个课单最多 ${item.capacity} 人，请减少人数或分几次预约。`)
}

async function checkHousehold(req: PayloadRequest, typed: unknown): Promise<string | null> {
  if (typeof typed !== 'string' || typed === '') return null
  const code = typed.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '')
  const { totalDocs } = await req.payload.count({
    collection: HOUSEHOLDS_SLUG,
    where: { code: { equals: code } },
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) throw refuse('没有这个户码：请核对门牌记录本上的户码，或改填服务对象。')
  return code
}

/** beforeChange on create: the item's rules, and the fields the server alone writes. */
export const checkOrder: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const item = await publishedItem(req, Number(relationId(data.item)))
  if (!item) throw refuse('这个课单已经下线或不存在，请回到课单页面重新选择。', 409)
  const now = new Date()
  checkBooking(item, new Date(String(data.wantedAt)), Number(data.people), now)
  const taken = await slotTaken(req.payload, item.id, new Date(String(data.wantedAt)).toISOString())
  if (taken) throw refuse(taken, 409)
  const onBehalf = evidenceOf(req)?.onBehalf ?? passOf(req)?.worker?.user ?? null
  const { calendar } = await officeCalendar(req.payload, req)
  return {
    ...data,
    household: await checkHousehold(req, data.household),
    place: relationId(item.place),
    kind: item.kind,
    state: 'submitted',
    team: null,
    dueOn: deadline(now, ORDER_DEADLINES.submitted, calendar),
    channel: onBehalf === null ? 'online' : 'worker',
    orderedBy: onBehalf,
    steps: [{ action: 'submit', at: now.toISOString(), by: onBehalf === null ? 'resident' : 'worker', actor: onBehalf }],
    report: {},
    rating: {},
    personalForgotten: null,
  }
}

export const fillOrder = fillIntake({
  prefix: 'KD',
  text: (data) => [data.group, data.venue, data.note].filter(Boolean).join('\n'),
  keepDays: RETENTION_DAYS.orderPersonalAtMost,
})

/** When an order's personal data goes, once it is closed (已完成, 已拒绝, 已取消): sooner than the longest. */
export const personalPurgeAt = (received: string | null | undefined, now = new Date()) => {
  const latest = after(new Date(received ?? now), RETENTION_DAYS.orderPersonalAtMost)
  const sooner = after(now, RETENTION_DAYS.orderPersonalAfterClose)
  return (sooner < latest ? sooner : latest).toISOString()
}
