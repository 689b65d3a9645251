/**
 * What an order's receipt code shows the resident: the public state (审核中, 服务中, 已完成,
 * 已拒绝, 已取消), each step with its date, who took it as a role and a place (never a
 * person's name) and its reason, whether it can still be cancelled or rated, and their own
 * rating with whether it is shown yet.
 */
import type { Payload } from 'payload'

import type { ReceiptView } from '../../../contract/participation'
import type { ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { ORDER_ACTIONS, ORDER_ACTORS, ORDER_STATES, type OrderStatusView, RATING_STATES, SERVICE_KINDS } from '../../../contract/services'
import { longDateTime } from '../../../contract/time'
import { decide } from './orderFlow'
import { ITEMS_SLUG } from './ServiceItems'

const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined) =>
  list.find((entry) => entry.value === value)?.label ?? ''

function stepsOf(order: ServiceOrder, placeName: string): OrderStatusView['steps'] {
  return (order.steps ?? []).map((step) => ({
    action: labelOf(ORDER_ACTIONS, step.action),
    at: step.at,
    by: step.by === 'station' ? `${labelOf(ORDER_ACTORS, step.by)}（${placeName}）` : labelOf(ORDER_ACTORS, step.by),
    reason: step.reason ?? null,
  }))
}

export async function orderStatus(payload: Payload, order: ServiceOrder): Promise<OrderStatusView> {
  const item = await payload.findByID({
    collection: ITEMS_SLUG,
    id: relationId(order.item) ?? 0,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const place = await payload.findByID({
    collection: 'places',
    id: relationId(order.place) ?? 0,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const placeName = place?.name ?? ''
  const flow = { state: order.state, place: relationId(order.place) ?? 0, team: relationId(order.team) }
  const rating = order.rating?.score
    ? { score: order.rating.score, comment: order.rating.comment ?? null, state: labelOf(RATING_STATES, order.rating.state) }
    : null
  return {
    item: item?.title ?? '',
    kind: labelOf(SERVICE_KINDS, order.kind),
    place: placeName,
    state: ORDER_STATES.find(({ value }) => value === order.state)?.public ?? '',
    wantedAt: order.wantedAt ?? '',
    people: order.people ?? 0,
    steps: stepsOf(order, placeName),
    canCancel: decide(flow, { kind: 'resident' }, { action: 'cancel' }).ok,
    canRate: order.state === 'completed' && !rating && !order.personalForgotten,
    rating,
  }
}

/** The receipt page's view of an order: the shared fields filled so the page reads it like any other record, and its own part. */
export async function orderReceipt(payload: Payload, order: ServiceOrder, contact: ReceiptView['contact']): Promise<ReceiptView> {
  const status = await orderStatus(payload, order)
  const lines = [
    `课单：${status.item}（${status.kind}，${status.place}）`,
    order.wantedAt ? `希望服务时间：${longDateTime(order.wantedAt)}` : '',
    order.group ? `服务对象：${order.group}` : order.household ? `户码：${order.household}` : '',
    order.people ? `人数：${order.people}` : '',
    order.venue ? `服务地点：${order.venue}` : '',
    order.note ? `补充说明：${order.note}` : '',
  ]
  return {
    form: 'services',
    reference: order.reference ?? '',
    kind: '文明课单',
    subject: status.item,
    body: lines.filter(Boolean).join('\n'),
    keepPrivate: true,
    status: status.state,
    receivedAt: order.receivedAt ?? '',
    dueOn: null,
    contact,
    reply: null,
    order: status,
  }
}
