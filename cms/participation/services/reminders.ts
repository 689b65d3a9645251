/**
 * 课单时限提醒: every hour from 8 o'clock (Beijing), each open order whose current step (审单,
 * 派单, 接单) is due within a working day, or overdue, is brought to whoever must act — the
 * place's station staff, or the dispatched team's leader — and to the groups that hear
 * it, once a day per order. A notice names the order and its deadline, never the resident.
 */
import type { Payload, TaskConfig } from 'payload'

import { config } from '../../../contract/config'
import type { ServiceOrder, User } from '../../../contract/payload-types'
import { SCHEDULE_QUEUE } from '../../../contract/queues'
import { relationId } from '../../../contract/relations'
import { ORDER_STATES } from '../../../contract/services'
import { TIME_ZONE } from '../../../contract/time'
import { beijingDay, workingDaysLeft } from '../../../contract/workdays'
import { officeCalendar } from '../../common/officeCalendar'
import type { Notice } from '../../notify/events'
import { sendNotice } from '../../notify/send'

const FROM_HOUR = 8
const hourFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hour: 'numeric', hourCycle: 'h23' })
const WAITING = ['submitted', 'approved', 'dispatched'] as const

function noticeOf(order: ServiceOrder, left: number): Notice {
  const when = left < 0 ? `已超过处理期限 ${-left} 个工作日` : left === 0 ? '今天到期' : '下一个工作日到期'
  const state = ORDER_STATES.find(({ value }) => value === order.state)?.label ?? ''
  return {
    event: 'order-due',
    title: `课单 ${order.reference}（${state}）${when}`,
    line: `处理期限：${order.dueOn}。请在后台“课单点单”中办理。`,
    link: `${config().cmsUrl}/admin/collections/service-orders/${order.id}`,
  }
}

/** Who must act now: the dispatched team's leaders, or the place's station staff — those who take this notice. */
async function peopleFor(payload: Payload, order: ServiceOrder): Promise<User[]> {
  const who =
    order.state === 'dispatched'
      ? { and: [{ role: { equals: 'teamLeader' } }, { team: { equals: relationId(order.team) } }] }
      : { and: [{ role: { equals: 'station' } }, { places: { in: [relationId(order.place)] } }] }
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [who, { notices: { in: ['order-due'] } }] } as never,
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** Sends this hour's reminders; the number of orders reminded about. */
export async function remindDueOrders(payload: Payload, now = new Date()): Promise<number> {
  if (Number(hourFormat.format(now)) < FROM_HOUR) return 0
  const today = beijingDay(now)
  const { calendar } = await officeCalendar(payload)
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: {
      and: [
        { state: { in: [...WAITING] } },
        { dueOn: { exists: true } },
        { or: [{ remindedOn: { exists: false } }, { remindedOn: { not_equals: today } }] },
      ],
    },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  let reminded = 0
  for (const order of docs) {
    const left = workingDaysLeft(today, order.dueOn as string, calendar)
    if (left > 1) continue
    await sendNotice(payload, noticeOf(order, left), await peopleFor(payload, order))
    await payload.update({ collection: 'service-orders', id: order.id, data: { remindedOn: today }, overrideAccess: true, depth: 0 })
    reminded += 1
  }
  return reminded
}

export const orderRemindersTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: 'orderReminders',
  label: '提醒快到期的课单',
  schedule: [{ cron: '0 13 * * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [{ name: 'reminded', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { reminded: await remindDueOrders(req.payload) } }),
}
