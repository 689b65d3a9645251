/**
 * 到点更新: a survey that closes changes the public site with no publish. The scheduled
 * job notices the moment passed after the content the live site was built from, and
 * queues one build; nothing before the moment, nothing twice.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passedMoments, runTimedRebuilds } from '../cms/publish/timedRebuilds.ts'
import { SITE_BUILD_QUEUE } from '../contract/queues.ts'
import { api, areaId, localPayload, login, publishThroughReview } from './support/cms.ts'

let payload: Payload

beforeAll(async () => {
  payload = await localPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const waitingBuilds = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SITE_BUILD_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
  ).totalDocs

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
  it('queue one build when a published survey closes, and only then', async () => {
    const closesAt = new Date(Date.now() + 20_000)
    await closingSurvey(closesAt)
    // The publish itself queued a build: wait for the worker to take it, then note a live build made now.
    await expect.poll(waitingBuilds, { timeout: 120_000, interval: 1000 }).toBe(0)
    const builtAt = new Date().toISOString()
    await payload.create({
      collection: 'site-builds',
      data: { status: 'live', reason: '测试', startedAt: builtAt, contentAsOf: builtAt },
      overrideAccess: true,
    })
    expect(await runTimedRebuilds(payload)).toEqual({ queued: false })
    expect(await passedMoments(payload, builtAt, new Date(closesAt.getTime() + 1000).toISOString())).toEqual(['民意征集开始或截止'])

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt.getTime() + 500 - Date.now())))
    const queued = await runTimedRebuilds(payload)
    expect(queued).toEqual({ queued: true })
    // Queued, or already built by the worker: either way, not queued again.
    expect(await runTimedRebuilds(payload)).toEqual({ queued: false })
  })
})
