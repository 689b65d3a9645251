/**
 * The 工作台 of the people who serve the 课单 and 活动: 阵地工作人员 see their places' orders
 * waiting for 审单 or 派单, the ratings waiting to be let show, and the week's events to check
 * in; a 队长 sees the orders dispatched to the team (接单) and those in service (结项报告).
 * Read with the viewer's own access, like every list here: another place's order is not found.
 */
import type { Where } from 'payload'

import type { Event, ServiceOrder } from '../../contract/payload-types'
import { ORDER_STATES } from '../../contract/services'
import { shortDateTime } from '../../contract/time'
import { beijingDay } from '../../contract/workdays'
import { placesOf } from '../access/stations'
import type { Lookup, Section, WorkItem } from './work'

const ORDERS = 'service-orders'
const stateLabel = (state: string) => ORDER_STATES.find((entry) => entry.value === state)?.label ?? state

async function orders(lookup: Lookup, where: Where): Promise<ServiceOrder[]> {
  const { docs } = await lookup.payload.find({
    collection: ORDERS,
    where,
    sort: 'dueOn',
    limit: 50,
    depth: 1,
    select: { reference: true, item: true, state: true, dueOn: true, wantedAt: true, group: true, updatedAt: true, rating: true },
    populate: { 'service-items': { title: true } },
    user: lookup.user,
    overrideAccess: false,
  })
  return docs as ServiceOrder[]
}

function orderItem(order: ServiceOrder, lookup: Lookup, status = stateLabel(order.state)): WorkItem {
  const item = typeof order.item === 'object' && order.item ? order.item.title : ''
  const today = beijingDay(lookup.now)
  return {
    collection: ORDERS,
    kind: '课单',
    id: order.id,
    title: `${order.reference ?? ''} ${item}`.trim(),
    status: order.group ? `${status} · ${order.group}` : status,
    since: order.updatedAt,
    waited: order.dueOn ? `期限 ${order.dueOn}` : '',
    overdue: Boolean(order.dueOn && order.dueOn < today),
    reason: null,
    publishAt: null,
    href: `/admin/collections/${ORDERS}/${order.id}`,
  }
}

const section = (key: string, title: string, empty: string, items: WorkItem[]): Section => ({ key, title, empty, items })

async function weekEvents(lookup: Lookup): Promise<Section> {
  const week = new Date(lookup.now.getTime() + 7 * 86_400_000)
  const { docs } = await lookup.payload.find({
    collection: 'events',
    // Staff read every published event of the district; their 工作台 lists their own places' only.
    where: {
      and: [
        { place: { in: placesOf(lookup.user) } },
        { endsAt: { greater_than: lookup.now.toISOString() } },
        { startsAt: { less_than: week.toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit: 20,
    depth: 0,
    select: { title: true, startsAt: true, updatedAt: true },
    user: lookup.user,
    overrideAccess: false,
  })
  const items = (docs as Event[]).map(
    (event): WorkItem => ({
      collection: 'events',
      kind: '活动',
      id: event.id,
      title: event.title,
      status: `${shortDateTime(event.startsAt)} 开始 · 在活动页的“签到”面板签到`,
      since: event.updatedAt,
      waited: '',
      overdue: false,
      reason: null,
      publishAt: null,
      href: `/admin/collections/events/${event.id}`,
    }),
  )
  return section('week-events', '本周活动 · 现场签到', '这七天没有本阵地的活动。', items)
}

/** 阵地工作人员: 审单, 派单 (a declined order comes back here), ratings to let show, the week's events. */
export async function stationSections(lookup: Lookup): Promise<Section[]> {
  const open = await orders(lookup, { state: { in: ['submitted', 'approved'] } })
  const rated = await orders(lookup, { 'rating.state': { equals: 'pending' } })
  const items = (state: string) => open.filter((order) => order.state === state).map((order) => orderItem(order, lookup))
  return [
    section('orders-submitted', '待我处理 · 待审单', '没有等待审单的课单。', items('submitted')),
    section('orders-approved', '待我处理 · 待派单', '没有等待派单的课单。', items('approved')),
    section(
      'orders-rated',
      '待审核的居民评价',
      '没有等待审核的评价。',
      rated.map((order) => orderItem(order, lookup, `${order.rating?.score ?? ''} 分，待审核`)),
    ),
    await weekEvents(lookup),
  ]
}

/** 队长: orders dispatched to the team to accept or decline, and those in service, whose 结项报告 the team files. */
export async function teamSections(lookup: Lookup): Promise<Section[]> {
  const open = await orders(lookup, { state: { in: ['dispatched', 'accepted'] } })
  const items = (state: string) => open.filter((order) => order.state === state).map((order) => orderItem(order, lookup))
  return [
    section('orders-dispatched', '待我处理 · 待接单', '没有派给本队的新课单。', items('dispatched')),
    section('orders-accepted', '服务中 · 完成后填写结项报告', '没有服务中的课单。', items('accepted')),
  ]
}
