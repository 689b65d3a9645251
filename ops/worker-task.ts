/**
 * The `siteBuild` job, run by the site worker (worker.ts): one incremental build of the
 * public site, recorded in 上线记录. The snapshot of published content, the compiled
 * renderer and the print browser stay warm in this process between builds.
 *
 * One build at a time across every worker sharing the database: the build holds a
 * PostgreSQL advisory lock, which the server releases by itself if the process dies.
 */
import os from 'node:os'

import type { Payload, TaskHandler } from 'payload'

import { queueSiteBuild, type SiteBuildInput } from '../cms/publish/queue.ts'
import { SITE_BUILD_QUEUE } from '../contract/queues.ts'
import { buildSite } from '../site/build.ts'
import { buildErrorMessage } from '../site/builds/folders.ts'
import { compactSearch } from '../site/builds/search.ts'
import { prepareSpare, type Spare } from '../site/builds/spare.ts'
import { type GoneHints, loadSnapshot, refreshSnapshot, type Snapshot } from '../site/loaders/cms.ts'
import { Printer } from '../site/print/index.ts'
import { loadRenderer, type Renderer } from '../site/render/compile.ts'
import { COMPACT_SOON, type SearchRecord } from '../site/search/index.ts'

/** Any fixed number shared by all workers: the key of the site-build advisory lock. */
const BUILD_LOCK_KEY = 740_215_001

interface Client {
  query<R>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>
  release(error?: boolean): void
}
interface Pool {
  connect(): Promise<Client>
}

export async function withBuildLock<T>(payload: Payload, work: (client: Client) => Promise<T>): Promise<T> {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  let broken = false
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BUILD_LOCK_KEY])
    try {
      return await work(client)
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK_KEY]).catch(() => {
        broken = true
      })
    }
  } finally {
    client.release(broken)
  }
}

const state: {
  snapshot?: Snapshot
  renderer?: Promise<Renderer>
  printer: Printer
  spare?: Promise<Spare | null>
  /** The live search's records and how many of them its delta patches (see search/index.ts). */
  search?: { records: SearchRecord[]; drift: number }
  compacting?: Promise<void>
} = {
  printer: new Printer(),
}

export async function closeWorkerState(): Promise<void> {
  await state.compacting
  await state.printer.close()
}

/** How long the queue stays empty before the search base is compacted (ms). */
const COMPACT_IDLE_MS = Number(process.env.SITE_SEARCH_COMPACT_IDLE_MS || 30_000)

/**
 * Called by the worker between jobs: once the site has been quiet for COMPACT_IDLE_MS
 * (or the search delta has grown large), indexes everything into a new search base in
 * the background, then queues the build that takes it in. Publishing never waits for it.
 */
export function compactSearchWhenDue(payload: Payload, idleMs: number): void {
  const search = state.search
  if (state.compacting || !search || search.drift === 0) return
  if (search.drift < COMPACT_SOON && idleMs < COMPACT_IDLE_MS) return
  search.drift = 0
  const started = performance.now()
  log(`整理搜索索引：后台为 ${search.records.length} 条记录重建基础索引……`)
  state.compacting = compactSearch(search.records)
    .then(async () => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      log(`搜索索引整理完成（${seconds} 秒），排队切换`)
      await queueSiteBuild(payload, `整理搜索索引（后台用时 ${seconds} 秒）`)
    })
    .catch((error: unknown) => console.error(`整理搜索索引失败（搜索照常可用，稍后再试）：${(error as Error).message}`))
    .finally(() => {
      state.compacting = undefined
    })
}

const log = (line: string) => console.log(line)

const HOUR = 3_600_000
let lastTidy = 0

/** 上线记录 stays readable: builds that changed nothing are kept a day, the others half a year. */
async function tidyBuildLog(payload: Payload): Promise<void> {
  if (Date.now() - lastTidy < HOUR) return
  lastTidy = Date.now()
  const before = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString()
  await payload.delete({
    collection: 'site-builds',
    where: {
      or: [
        { and: [{ status: { equals: 'unchanged' } }, { startedAt: { less_than: before(24) } }] },
        { startedAt: { less_than: before(24 * 183) } },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
}
const MAX_LISTED = 200

export const runSiteBuildTask: TaskHandler<{ input: SiteBuildInput; output: { buildId: string } }> = async ({ input, req }) => {
  const payload = req.payload
  return withBuildLock(payload, async (client) => {
    const startedAt = new Date().toISOString()
    const record = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', reason: input.reason, startedAt, contentAsOf: startedAt, worker: `${os.hostname()}:${process.pid}` },
      overrideAccess: true,
    })
    const started = performance.now()
    try {
      // Updates queued before this point are covered by what this build is about to read
      // (a job becomes visible only once the change that queued it has committed).
      // One statement, so a job another worker is claiming right now is either its or ours.
      const absorbed = await client.query<{ input: Partial<SiteBuildInput> | null }>(
        `DELETE FROM payload_jobs WHERE queue = $1 AND processing = false AND completed_at IS NULL AND created_at <= $2 RETURNING input`,
        [SITE_BUILD_QUEUE, startedAt],
      )
      const reasons = absorbed.rows.map((row) => row.input?.reason).filter(Boolean)
      // Which documents may have left the site, as the jobs name them. A job that names
      // none (the worker's start, a settings change) leaves the removal check to the
      // periodic full comparison, which a change to a document never needs.
      const gone: GoneHints = {}
      for (const job of [input, ...absorbed.rows.map((row) => row.input ?? {})]) {
        if (job.doc) gone[job.doc.collection] = [...(gone[job.doc.collection] ?? []), job.doc.id]
      }
      if (reasons.length > 0) {
        await payload.update({
          collection: 'site-builds',
          id: record.id,
          data: { reason: [input.reason, ...reasons].join('；') },
          overrideAccess: true,
        })
      }
      const refreshStarted = performance.now()
      if (state.snapshot) await refreshSnapshot(state.snapshot, gone)
      else state.snapshot = await loadSnapshot()
      const refreshMs = Math.round(performance.now() - refreshStarted)
      // The renderer of the code this process started with, compiled or loaded once.
      if (!state.renderer) {
        state.renderer = loadRenderer()
        state.renderer.catch(() => {
          state.renderer = undefined
        })
      }
      const spare = await state.spare?.catch(() => null)
      state.spare = undefined
      const report = await buildSite({
        snapshot: state.snapshot,
        renderer: await state.renderer,
        printer: state.printer,
        spare,
        pruneInBackground: true,
        log,
      })
      console.log(`  （读取变更 ${refreshMs} 毫秒）`)
      state.search = { records: report.search.records, drift: report.search.drift }
      // Copy the new live build ahead of the next publish, off this one's path.
      if (!report.unchanged || !spare) state.spare = prepareSpare()
      else state.spare = Promise.resolve(spare)
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: {
          buildId: report.id,
          status: report.unchanged ? 'unchanged' : 'live',
          finishedAt: new Date().toISOString(),
          durationMs: Math.round(performance.now() - started),
          files: report.files,
          rendered: report.rendered,
          reused: report.reused,
          removed: report.removed,
          changed: report.changed.slice(0, MAX_LISTED),
          stages: { refresh: refreshMs, ...report.stages },
        },
        overrideAccess: true,
      })
      await tidyBuildLog(payload).catch((error: unknown) => console.error(`清理上线记录失败：${(error as Error).message}`))
      return { output: { buildId: report.id } }
    } catch (error) {
      // Read everything afresh next time: the snapshot may be half refreshed.
      state.snapshot = undefined
      await payload.update({
        collection: 'site-builds',
        id: record.id,
        data: {
          status: 'failed',
          finishedAt: new Date().toISOString(),
          durationMs: Math.round(performance.now() - started),
          error: `${buildErrorMessage(error)}（线上网站保持不变，系统会自动重试）`,
        },
        overrideAccess: true,
      })
      console.error(`✖ 网站更新失败，线上网站保持不变：${buildErrorMessage(error)}`)
      throw error
    }
  })
}
