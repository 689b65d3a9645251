/**
 * 到点更新: some pages change with the clock, not with an edit — a survey or a 评选 opens
 * and closes, an event ends and leaves the site. No publish happens at those moments, so
 * nothing would queue a build. Every minute this job asks each registered collection for
 * its moments that have passed since the content the live site was built from, and queues
 * one build when any has (unless one is already waiting, which will read the content after
 * the moment anyway). A failed build leaves the moment unserved, so it is tried again.
 */
import type { CollectionSlug, Payload, TaskConfig, Where } from 'payload'

import { SCHEDULE_QUEUE, SITE_BUILD_QUEUE } from '../../contract/queues'
import { queueSiteBuild } from './queue'

export interface TimedCollection {
  collection: CollectionSlug
  /** Date fields whose passing changes what the site shows. */
  fields: string[]
  /** How the build's reason names the moment: 问卷开始或截止. */
  label: string
}

/** What changes with the clock on the public site. Only published documents count. */
export const TIMED_COLLECTIONS: TimedCollection[] = [
  { collection: 'surveys', fields: ['opensAt', 'closesAt'], label: '民意征集开始或截止' },
  { collection: 'elections', fields: ['opensAt', 'closesAt'], label: '评选投票开始或截止' },
  // An event leaves every page, feed and calendar at its end; 本周活动 on /screen/ follows its start.
  { collection: 'events', fields: ['startsAt', 'endsAt'], label: '活动开始或结束' },
]

/** The content time of the newest build that reached the site; null before the first. */
async function servedUpTo(payload: Payload): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { in: ['live', 'unchanged'] } },
    sort: '-contentAsOf',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const asOf = docs[0]?.contentAsOf ?? docs[0]?.startedAt
  return asOf ?? null
}

async function buildWaiting(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: SITE_BUILD_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** The labels of the timed collections with a moment in (since, now]. */
export async function passedMoments(payload: Payload, since: string, now: string): Promise<string[]> {
  const passed: string[] = []
  for (const { collection, fields, label } of TIMED_COLLECTIONS) {
    const inWindow: Where[] = fields.map((field) => ({
      and: [{ [field]: { greater_than: since } }, { [field]: { less_than_equal: now } }],
    }))
    const { totalDocs } = await payload.count({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { or: inWindow }] },
      overrideAccess: true,
    })
    if (totalDocs > 0) passed.push(label)
  }
  return passed
}

/** The labels of what changed with the clock since the live site's content: empty when the site is up to date. */
export async function staleMoments(payload: Payload, now = new Date()): Promise<string[]> {
  const since = await servedUpTo(payload)
  // Before the first build there is nothing stale: the first build reads everything.
  return since ? passedMoments(payload, since, now.toISOString()) : []
}

/** Queues one build when a moment has passed since the live content, unless one is waiting already (it reads the content later anyway). */
export async function runTimedRebuilds(payload: Payload, now = new Date(), waiting = buildWaiting): Promise<{ queued: boolean }> {
  if (await waiting(payload)) return { queued: false }
  const passed = await staleMoments(payload, now)
  if (passed.length === 0) return { queued: false }
  await queueSiteBuild(payload, `到点更新：${passed.join('、')}`)
  return { queued: true }
}

export const timedRebuildsTask: TaskConfig<{ input: object; output: { queued: boolean } }> = {
  slug: 'timedRebuilds',
  label: '到点更新公众网站',
  schedule: [{ cron: '0 * * * * *', queue: SCHEDULE_QUEUE }],
  outputSchema: [{ name: 'queued', type: 'checkbox', required: true }],
  handler: async ({ req }) => ({ output: await runTimedRebuilds(req.payload) }),
}
