import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { REVIEWED_COLLECTIONS } from '../../contract/collections'
import { SCHEDULE_QUEUE } from '../../contract/queues'
import { notifyStep } from '../notify/notices'
import { transition } from './transition'

/**
 * 定时发布/下线: every ten seconds, publish what the last reviewer approved for a time now
 * passed, and take down what was due to come down. Runs in Payload's jobs queue, inside
 * the admin server, so nobody has to watch; the queue keeps one run at a time.
 */
export async function runReviewSchedules(req: PayloadRequest): Promise<{ published: number; unpublished: number }> {
  const { payload } = req
  const now = new Date().toISOString()
  let published = 0
  let unpublished = 0
  for (const collection of REVIEWED_COLLECTIONS) {
    const due = await payload.find({
      collection: collection as CollectionSlug,
      draft: true,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { and: [{ 'review.state': { equals: 'scheduled' } }, { 'review.publishAt': { less_than_equal: now } }] },
      req,
    })
    for (const doc of due.docs) {
      const result = await transition(payload, null, { collection, id: doc.id as number, action: 'publish-scheduled' }, req)
      if (result.ok) {
        published++
        // The author hears of it as of any publishing (if they chose 已发布 notices).
        const step = { collection, id: doc.id as number, action: 'publish-scheduled', published: true }
        void notifyStep(payload, { ...step, waitingLevel: null, waitingFor: null, actor: { name: '定时发布' } })
      } else payload.logger.error(`定时发布失败：${collection} ${doc.id}：${result.message}`)
    }
    const expiring = await payload.find({
      collection: collection as CollectionSlug,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { and: [{ _status: { equals: 'published' } }, { 'review.unpublishAt': { less_than_equal: now } }] },
      req,
    })
    for (const doc of expiring.docs) {
      const result = await transition(payload, null, { collection, id: doc.id as number, action: 'unpublish-scheduled' }, req)
      if (result.ok) unpublished++
      else payload.logger.error(`定时下线失败：${collection} ${doc.id}：${result.message}`)
    }
  }
  return { published, unpublished }
}

export const reviewSchedulesTask: TaskConfig<{ input: object; output: { published: number; unpublished: number } }> = {
  slug: 'reviewSchedules',
  label: '定时发布与下线',
  schedule: [{ cron: '*/10 * * * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [
    { name: 'published', type: 'number', required: true },
    { name: 'unpublished', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runReviewSchedules(req) }),
}
