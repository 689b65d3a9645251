/**
 * The site worker: runs the `site-build` jobs queue, so that what editors publish reaches
 * the public site within seconds. Part of `npm start`; several may run against one
 * database (one per CMS process) — builds still run one at a time.
 */
// First: a bad setting stops the worker before the Payload config below reads the settings.
import './config-check.ts'

import { getPayload, type Payload } from 'payload'
import { isDatabaseUnavailable } from '../cms/hooks/databaseUnavailable.ts'
import config from '../cms/payload.config.ts'
import { withBuildLock } from '../cms/publish/buildLock.ts'
import { queueSiteBuild } from '../cms/publish/queue.ts'
import { config as settings } from '../contract/config.ts'
import { SITE_BUILD_QUEUE } from '../contract/queues.ts'
import { loadRenderer } from '../site/render/compile.ts'
import { waitForDatabase } from './database.ts'
import { closeWorkerState, compactSearchWhenDue } from './worker-task.ts'

const POLL_MS = settings().siteWorkerPollMs
let stopping = false

/**
 * A worker killed mid-build leaves its job marked as processing, which would hold up the
 * queue. With the build lock held no build is running anywhere, so such a job is stale:
 * put it back in the queue.
 */
async function releaseStaleJobs(payload: Payload): Promise<void> {
  await withBuildLock(payload, async () => {
    const stale = await payload.update({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SITE_BUILD_QUEUE } }, { processing: { equals: true } }, { completedAt: { exists: false } }] },
      data: { processing: false },
      overrideAccess: true,
      depth: 0,
    })
    if (stale.docs.length > 0) console.log(`上次中断的网站更新已重新排队（${stale.docs.length} 个）`)
    await payload.update({
      collection: 'site-builds',
      where: { status: { equals: 'running' } },
      data: { status: 'failed', finishedAt: new Date().toISOString(), error: '构建进程中断（线上网站保持不变，已重新排队）' },
      overrideAccess: true,
      depth: 0,
    })
  })
}

/** Resolves once the database answers again (at once when it is up); rejects when the worker is told to stop. */
const databaseBack = () =>
  waitForDatabase(
    settings().databaseUrl ?? '',
    (line) => console.log(line),
    () => stopping,
  )

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true
    })
  }
  // Started (or restarted) while the database is down: wait for it rather than exit.
  await databaseBack()
  const payload = await getPayload({ config })
  await loadRenderer()
  await releaseStaleJobs(payload)
  // Catch up with anything published while no worker ran.
  await queueSiteBuild(payload, '网站更新服务启动')
  console.log('网站更新服务已启动')
  let busyAt = Date.now()
  while (!stopping) {
    let result: { noJobsRemaining?: boolean }
    try {
      result = await payload.jobs.run({ queue: SITE_BUILD_QUEUE, limit: 1, silent: true })
    } catch (error) {
      console.error(`网站更新服务出错：${(error as Error).message.split('\n')[0]}`)
      if (isDatabaseUnavailable(error)) {
        // Wait out the outage, then put back an update it interrupted (it may still be
        // marked as running: recording its failure needed the database too).
        await databaseBack().catch(() => undefined)
        if (!stopping) await releaseStaleJobs(payload).catch((again: unknown) => console.error(`重新排队失败：${(again as Error).message}`))
      } else await new Promise((resolve) => setTimeout(resolve, 1000))
      continue
    }
    if (result.noJobsRemaining) {
      compactSearchWhenDue(payload, Date.now() - busyAt)
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    } else busyAt = Date.now()
  }
  await closeWorkerState()
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✖ 网站更新服务启动失败：${(error as Error).message}`)
    process.exit(1)
  },
)
