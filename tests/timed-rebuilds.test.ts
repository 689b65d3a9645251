/**
 * 到点更新: a survey that closes changes the public site with no publish. The scheduled
 * job notices the moment passed after the content the live site was built from, and
 * queues one build; nothing before the moment, nothing while a build already waits.
 * (This stack runs no site worker, so queued builds stay waiting; the publish-to-live
 * test runs one.)
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runTimedRebuilds, staleMoments } from '../cms/publish/timedRebuilds.ts'
import { SITE_BUILD_QUEUE } from '../contract/queues.ts'
import { api, areaId, localPayload, login, publishThroughReview } from './support/cms.ts'

let payload: Payload

beforeAll(async () => {
  payload = await localPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const timedJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: SITE_BUILD_QUEUE } },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs.filter((job) => String((job.input as { reason?: string } | null)?.reason).startsWith('到点更新'))

async function closingSurvey(closesAt: Date): Promise<number> {
  const made = await api<{ doc: { id: number } }>('/api/surveys?draft=true', {
    method: 'POST',
    token: await login('editor@xinghualing.example'),
    body: {
      _status: 'draft',
      title: '到点更新测试征集',
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: closesAt.toISOString(),
      notice: { collector: '杏花岭区委宣传部', purpose: '测试', contact: '0351-1234567' },
      area: await areaId('三桥街道'),
      questions: [{ blockType: 'rating', label: '您对街巷环境满意吗？' }],
    },
  })
  expect(made.status).toBe(201)
  await publishThroughReview('surveys', made.body.doc.id)
  return made.body.doc.id
}

describe('timed rebuilds', () => {
  it('queue one build when a published survey closes after the live content, and only then', async () => {
    const closesAt = new Date(Date.now() + 60_000)
    await closingSurvey(closesAt)
    // The site as built now: the survey still open on it.
    const builtAt = new Date().toISOString()
    await payload.create({
      collection: 'site-builds',
      data: { status: 'live', reason: '测试', startedAt: builtAt, contentAsOf: builtAt },
      overrideAccess: true,
    })
    const afterClose = new Date(closesAt.getTime() + 1000)
    expect(await staleMoments(payload, new Date())).toEqual([])
    expect(await staleMoments(payload, afterClose)).toEqual(['民意征集开始或截止'])

    const nothingWaiting = async () => false
    expect(await runTimedRebuilds(payload, new Date(), nothingWaiting)).toEqual({ queued: false })
    expect(await timedJobs()).toHaveLength(0)
    // A build already waiting will read the content after the close: nothing more is queued.
    expect(await runTimedRebuilds(payload, afterClose, async () => true)).toEqual({ queued: false })
    expect(await runTimedRebuilds(payload, afterClose, nothingWaiting)).toEqual({ queued: true })
    const [job] = await timedJobs()
    expect((job?.input as { reason?: string } | undefined)?.reason).toBe('到点更新：民意征集开始或截止')
  })
})
