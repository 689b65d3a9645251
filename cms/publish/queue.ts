/**
 * Publishing reaches the public site through Payload's jobs queue, persisted in PostgreSQL:
 * a crash loses no pending update. Every change residents could see queues one `siteBuild`
 * job; a build takes in every job still waiting when it starts, so a burst of publishes
 * makes one or two builds. The site worker (ops/worker.ts) runs the queue.
 */
import path from 'node:path'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  TaskConfig,
} from 'payload'
import { rootDir } from '../../contract/paths'
import { SITE_BUILD_QUEUE } from '../../contract/queues'
import { configLabel, documentTitle } from '../common/documentTitle'
export const SITE_BUILD_TASK = 'siteBuild'

/** Request context flag for bulk writes (the benchmark's data generator) that queue one update at the end instead. */
export const SKIP_SITE_BUILD = 'skipSiteBuild'

export interface SiteBuildInput {
  reason: string
  /** The document whose change queued the update, so the worker need not compare every id to find what left the site. */
  doc?: { collection: string; id: number } | null
}

export const siteBuildTask: TaskConfig<{ input: SiteBuildInput; output: { buildId: string } }> = {
  slug: SITE_BUILD_TASK,
  label: '更新公众网站',
  inputSchema: [
    { name: 'reason', type: 'text', required: true },
    { name: 'doc', type: 'json' },
  ],
  outputSchema: [{ name: 'buildId', type: 'text', required: true }],
  // Only the site worker runs this queue; it loads the handler from this path, so the admin
  // server never bundles the site builder.
  handler: `${path.join(rootDir, 'ops/worker-task.ts')}#runSiteBuildTask`,
  // A worker that dies mid-build leaves its job marked as processing; the next worker to
  // start resets it (ops/worker.ts), so the update is still made.
  // Coalescing is done by the build itself: when it starts, it takes every job still
  // waiting (cms/publish/buildLock.ts). Payload's `supersedes` would delete waiting jobs with a
  // find-then-delete that races with another worker claiming them.
  concurrency: { key: () => 'public-site', exclusive: true },
  // A build that fails for a passing reason (the database restarting, a full disk being
  // cleared) is tried again with growing pauses (2, 4, 8, 16, 32 s) rather than dropped.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
}

/** Queues a site update. Inside a request's transaction, the job is committed with the change itself. */
export async function queueSiteBuild(payload: Payload, reason: string, req?: PayloadRequest, doc?: SiteBuildInput['doc']): Promise<void> {
  await payload.jobs.queue({ task: SITE_BUILD_TASK, queue: SITE_BUILD_QUEUE, input: { reason, doc: doc ?? null }, req })
}

const describe = (collection: { labels?: { singular?: unknown }; slug: string }, doc: Record<string, unknown>) =>
  `${configLabel(collection)}「${documentTitle(doc)}」`

/** Whose action it was, for 上线记录: （示例终审）; nothing for the system's own (schedules, seeding). */
const byWhom = (req: PayloadRequest) => {
  const name = (req.user as { name?: string } | null)?.name
  return name ? `（${name}）` : ''
}

/** What happened to the document, as 上线记录 says it: 发布, 下线, 新建 or 修改. */
function verb(operation: string, drafts: boolean, now?: unknown, before?: unknown): string {
  if (drafts && now === 'published' && before !== 'published') return '发布'
  if (drafts && now !== 'published' && before === 'published') return '下线'
  return operation === 'create' ? '新建' : '修改'
}

/**
 * For collections residents see: a change to anything published, or to a collection
 * without drafts (areas, images), queues an update. A draft save of a published document
 * may queue one that finds nothing to change; that costs a check, not a rebuild.
 */
export const queueOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, operation, req }) => {
  if (context[SKIP_SITE_BUILD]) return doc
  const drafts = Boolean(collection.versions?.drafts)
  if (!drafts || doc._status === 'published' || previousDoc?._status === 'published') {
    const reason = `${verb(operation, drafts, doc._status, previousDoc?._status)}${describe(collection, doc)}${byWhom(req)}`
    await queueSiteBuild(req.payload, reason, req, { collection: collection.slug, id: doc.id })
  }
  return doc
}

export const queueOnDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (context[SKIP_SITE_BUILD]) return doc
  if (!collection.versions?.drafts || doc._status === 'published')
    await queueSiteBuild(req.payload, `删除${describe(collection, doc)}${byWhom(req)}`, req, { collection: collection.slug, id: doc.id })
  return doc
}

export const queueOnGlobalChange: GlobalAfterChangeHook = async ({ global, req, doc }) => {
  await queueSiteBuild(req.payload, `修改${typeof global.label === 'string' ? global.label : global.slug}${byWhom(req)}`, req)
  return doc
}
