/**
 * Sending a notice: by mail to the people who asked for it, and to every enabled 群机器人
 * that hears its event. Never throws: a notice that cannot go out is logged, and the step
 * that caused it stands.
 */
import type { Payload } from 'payload'

import type { User } from '../../contract/payload-types'
import type { Notice } from './events'
import { dingtalkBody, dingtalkSigned, mailOf, wecomBody } from './message'

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
}

async function toGroups(payload: Payload, notice: Notice): Promise<void> {
  const { docs } = await payload.find({
    collection: 'notice-groups',
    where: { and: [{ enabled: { equals: true } }, { events: { in: [notice.event] } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const group of docs) {
    const dingtalk = group.platform === 'dingtalk'
    const url = dingtalk && group.secret ? dingtalkSigned(group.webhook, group.secret) : group.webhook
    await post(url, dingtalk ? dingtalkBody(notice) : wecomBody(notice)).catch((error: Error) =>
      payload.logger.warn(`群机器人「${group.name}」没有收到消息（${notice.title}）：${error.message}`),
    )
  }
}

async function toPeople(payload: Payload, notice: Notice, people: Pick<User, 'email' | 'name'>[]): Promise<void> {
  const { subject, html } = mailOf(notice)
  for (const person of people) {
    await payload
      .sendEmail({ to: person.email, subject, html })
      .catch((error: Error) => payload.logger.warn(`提醒邮件没有发给 ${person.name}（${notice.title}）：${error.message}`))
  }
}

export async function sendNotice(payload: Payload, notice: Notice, people: Pick<User, 'email' | 'name'>[] = []): Promise<void> {
  try {
    await Promise.all([toPeople(payload, notice, people), toGroups(payload, notice)])
  } catch (error) {
    payload.logger.warn(`提醒没有发出（${notice.title}）：${(error as Error).message}`)
  }
}
