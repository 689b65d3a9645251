/**
 * 答复提醒: every morning (Beijing time), each message still waiting for an answer that is
 * due within one working day, or overdue, is brought to its 承办人 (or, with none named,
 * to the editors and administrators who take this notice) and to the groups that hear
 * it — once a day per message. A notice names the message and its deadline, never what
 * the resident wrote.
 */
import type { Payload, TaskConfig, Where } from 'payload'

import { config } from '../../contract/config'
import type { Message, User } from '../../contract/payload-types'
import { SCHEDULE_QUEUE } from '../../contract/queues'
import { TIME_ZONE } from '../../contract/time'
import { beijingDay, workingDaysLeft } from '../../contract/workdays'
import { officeCalendar } from '../common/officeCalendar'
import type { Notice } from '../notify/events'
import { sendNotice } from '../notify/send'

/** Reminders go out from this hour (Beijing) on: not in the night. */
const FROM_HOUR = 8
const hourFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hour: 'numeric', hourCycle: 'h23' })

function noticeOf(message: Message, left: number, assignee: User | null): Notice {
  const when = left < 0 ? `已超过答复期限 ${-left} 个工作日` : left === 0 ? '今天到期' : '下一个工作日到期'
  return {
    event: 'reply-due',
    title: `留言 ${message.reference} ${when}`,
    line: `答复期限：${message.dueOn}；承办人：${assignee?.name ?? '未指定'}。请在后台填写答复并选择答复部门。`,
    link: `${config().cmsUrl}/admin/collections/messages/${message.id}`,
  }
}

async function peopleFor(payload: Payload, assignee: User | null): Promise<User[]> {
  const wants: Where = { notices: { in: ['reply-due'] } }
  if (assignee) return assignee.notices?.includes('reply-due') ? [assignee] : []
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [wants, { role: { in: ['admin', 'editor'] } }] },
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** Sends today's reminders; the number of messages reminded about. */
export async function remindDueReplies(payload: Payload, now = new Date()): Promise<number> {
  if (Number(hourFormat.format(now)) < FROM_HOUR) return 0
  const today = beijingDay(now)
  const { calendar } = await officeCalendar(payload)
  const { docs } = await payload.find({
    collection: 'messages',
    where: {
      and: [
        { status: { equals: 'received' } },
        { dueOn: { exists: true } },
        { or: [{ remindedOn: { exists: false } }, { remindedOn: { not_equals: today } }] },
      ],
    },
    limit: 1000,
    depth: 1,
    overrideAccess: true,
  })
  let reminded = 0
  for (const message of docs) {
    const left = workingDaysLeft(today, message.dueOn as string, calendar)
    if (left > 1) continue
    const assignee = message.assignee && typeof message.assignee === 'object' ? message.assignee : null
    await sendNotice(payload, noticeOf(message, left, assignee), await peopleFor(payload, assignee))
    await payload.update({ collection: 'messages', id: message.id, data: { remindedOn: today }, overrideAccess: true, depth: 0 })
    reminded += 1
  }
  return reminded
}

export const replyRemindersTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: 'replyReminders',
  label: '提醒快到期的留言',
  // Hourly; each message is reminded about once a day, from 8 o'clock Beijing time.
  schedule: [{ cron: '0 7 * * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [{ name: 'reminded', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { reminded: await remindDueReplies(req.payload) } }),
}
