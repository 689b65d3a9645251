/**
 * 居民参与数据到期删除: once a day, messages, nominations, contacts and photos past their
 * purge date are deleted (a record takes its contact and photos with it), survey answers
 * lose what ties them to a device or a receipt 30 days after their survey closed (the
 * answers stay, anonymous, for the counts; 代填 answers forget their 户码 too), expired
 * 代填授权 are deleted, a 评选's invitation codes go 30 days after it closed (the ballots
 * stay), and used challenges that have expired are
 * forgotten. The 操作日志 gets one entry with the counts, never what was deleted.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { SCHEDULE_QUEUE } from '../../contract/queues'
import { SURVEY_RETENTION_DAYS } from '../../contract/surveys'
import { CONTACTS_SLUG } from './collections/Contacts'
import { after } from './collections/intake'
import { UPLOADS_SLUG } from './collections/Uploads'
import { forgetSignupTraces } from './events/attendance'
import { forgetExpiredChallenges } from './gate/altcha'
import { FIELD_TOKENS_SLUG } from './gate/fieldToken'
import { purgeOrders } from './services/retention'
import { RESPONSES_SLUG } from './surveys/SurveyResponses'

export interface Purged {
  contacts: number
  messages: number
  nominations: number
  photos: number
  /** Survey answers made anonymous (device and receipt hashes forgotten). */
  answers: number
  /** 评选邀请码 deleted 30 days after their 评选 closed. */
  codes: number
  /** Event sign-ups that forgot their 报名码, device and contact (their counts stay). */
  signups: number
  challenges: number
  /** 课单 orders whose personal data was forgotten (the orders stay for the 台账). */
  orders: number
}

type Purgeable = 'messages' | 'nominations' | typeof CONTACTS_SLUG | typeof UPLOADS_SLUG

async function deleteDue(payload: Payload, collection: Purgeable, now: Date): Promise<number> {
  const { docs } = await payload.delete({
    collection,
    where: { purgeAt: { less_than: now.toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Answers to surveys closed long enough ago forget their device and receipt hashes, their household and the phone's id. */
async function forgetSurveyTraces(payload: Payload, now: Date): Promise<number> {
  const closedBefore = after(now, -SURVEY_RETENTION_DAYS.tracesAfterClose).toISOString()
  const { docs: surveys } = await payload.find({
    collection: 'surveys',
    where: { closesAt: { less_than: closedBefore } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  if (surveys.length === 0) return 0
  const { docs } = await payload.update({
    collection: RESPONSES_SLUG,
    where: {
      and: [
        { survey: { in: surveys.map((survey) => survey.id) } },
        {
          or: [
            { deviceHash: { exists: true } },
            { receiptHash: { exists: true } },
            { household: { exists: true } },
            { clientId: { exists: true } },
          ],
        },
      ],
    },
    data: { deviceHash: null, receiptHash: null, household: null, clientId: null },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** Invitation codes of 评选 closed long enough ago: nobody can vote with them, and their hashes tie nothing to anyone. */
async function forgetVoteCodes(payload: Payload, now: Date): Promise<number> {
  const closedBefore = after(now, -SURVEY_RETENTION_DAYS.tracesAfterClose).toISOString()
  const { rowCount } = await (payload.db as unknown as PostgresAdapter).pool.query(
    'delete from vote_codes using elections where vote_codes.election_id = elections.id and elections.closes_at < $1',
    [closedBefore],
  )
  return rowCount ?? 0
}

export async function purgeParticipation(payload: Payload, now = new Date()): Promise<Purged> {
  // Records first: each takes its own contact and photos, so those counts are only the ones due on their own.
  const messages = await deleteDue(payload, 'messages', now)
  const nominations = await deleteDue(payload, 'nominations', now)
  const contacts = await deleteDue(payload, CONTACTS_SLUG, now)
  const photos = await deleteDue(payload, UPLOADS_SLUG, now)
  const answers = await forgetSurveyTraces(payload, now)
  const codes = await forgetVoteCodes(payload, now)
  const signups = await forgetSignupTraces(payload, now)
  const orders = await purgeOrders(payload, now)
  // 代填授权 past their date open nothing; they go.
  await payload.delete({ collection: FIELD_TOKENS_SLUG, where: { expiresAt: { less_than: now.toISOString() } }, overrideAccess: true })
  const challenges = await forgetExpiredChallenges(payload, now)
  if (messages + nominations + contacts + photos + answers + codes + signups + orders > 0) {
    await payload.create({
      collection: 'audit-log',
      data: {
        action: 'purge',
        summary: `按保存期限删除了 ${messages} 条留言、${nominations} 条好人推荐，另外 ${contacts} 条居民联系方式、${photos} 张居民照片；${answers} 份问卷答卷去除了设备和回执标识，${signups} 条活动报名去除了报名码和联系方式，${orders} 张课单删除了居民个人信息；删除了 ${codes} 个已结束评选的邀请码`,
        actorName: '系统',
      },
      overrideAccess: true,
    })
  }
  return { contacts, messages, nominations, photos, answers, codes, signups, orders, challenges }
}

export const participationRetentionTask: TaskConfig<{ input: object; output: Purged }> = {
  slug: 'participationRetention',
  label: '删除到期的居民参与数据',
  schedule: [{ cron: '0 47 3 * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [
    { name: 'contacts', type: 'number', required: true },
    { name: 'messages', type: 'number', required: true },
    { name: 'nominations', type: 'number', required: true },
    { name: 'photos', type: 'number', required: true },
    { name: 'answers', type: 'number', required: true },
    { name: 'codes', type: 'number', required: true },
    { name: 'signups', type: 'number', required: true },
    { name: 'challenges', type: 'number', required: true },
    { name: 'orders', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await purgeParticipation(req.payload) }),
}
