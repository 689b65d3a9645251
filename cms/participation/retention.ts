/**
 * 居民参与数据到期删除: once a day, contacts and messages past their purge date are
 * deleted (a message takes its contact with it), and used challenges that have expired
 * are forgotten. The 操作日志 gets one entry with the counts, never what was deleted.
 */
import type { Payload, TaskConfig } from 'payload'

import { SCHEDULE_QUEUE } from '../../contract/queues'
import { CONTACTS_SLUG } from './collections/Contacts'
import { forgetExpiredChallenges } from './gate/altcha'

export interface Purged {
  contacts: number
  messages: number
  challenges: number
}

async function deleteDue(payload: Payload, collection: 'messages' | typeof CONTACTS_SLUG, now: Date): Promise<number> {
  const { docs } = await payload.delete({
    collection,
    where: { purgeAt: { less_than: now.toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

export async function purgeParticipation(payload: Payload, now = new Date()): Promise<Purged> {
  // Messages first: each takes its own contact, so the contacts count is only those due on their own.
  const messages = await deleteDue(payload, 'messages', now)
  const contacts = await deleteDue(payload, CONTACTS_SLUG, now)
  const challenges = await forgetExpiredChallenges(payload, now)
  if (messages + contacts > 0) {
    await payload.create({
      collection: 'audit-log',
      data: {
        action: 'purge',
        summary: `按保存期限删除了 ${messages} 条留言、另外 ${contacts} 条居民联系方式`,
        actorName: '系统',
      },
      overrideAccess: true,
    })
  }
  return { contacts, messages, challenges }
}

export const participationRetentionTask: TaskConfig<{ input: object; output: Purged }> = {
  slug: 'participationRetention',
  label: '删除到期的居民参与数据',
  schedule: [{ cron: '0 47 3 * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [
    { name: 'contacts', type: 'number', required: true },
    { name: 'messages', type: 'number', required: true },
    { name: 'challenges', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await purgeParticipation(req.payload) }),
}
