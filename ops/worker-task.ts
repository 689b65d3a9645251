/**
 * The `siteBuild` job, run by the site worker (worker.ts): one incremental build of the
 * public site, recorded in 上线记录. The snapshot of published content, the compiled
 * renderer and the print browser stay warm in this process between builds. One build at
 * a time across every worker (cms/publish/buildLock.ts).
 */
import os from 'node:os'

import type { Payload, TaskHandler } from 'payload'
import type { PoolClient } from 'pg'

import { takeWaitingBuilds, withBuildLock } from '../cms/publish/buildLock.ts'
import { queueSiteBuild, type SiteBuildInput } from '../cms/publish/queue.ts'
import { config } from '../contract/config.ts'
import { type BuildReport, buildSite } from '../site/build.ts'
import { buildErrorMessage } from '../site/builds/folders.ts'
import { compactSearch } from '../site/builds/search.ts'
import { prepareSpare, type Spare } from '../site/builds/spare.ts'
import { type GoneHints, loadSnapshot, refreshSnapshot, type Snapshot } from '../site/loaders/cms.ts'
import { Printer } from '../site/print/index.ts'
import { loadRenderer, type Renderer } from '../site/render/compile.ts'
import { COMPACT_SOON, type SearchRecord } from '../site/search/index.ts'

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
const COMPACT_IDLE_MS = config().siteSearchCompactIdleMs

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

type SiteBuild = { id: number | string }
type Finish = Record<string, unknown>

async function recordBuild(payload: Payload, id: SiteBuild['id'], data: Finish): Promise<void> {
  await payload.update({ collection: 'site-builds', id, data, overrideAccess: true })
}

/**
 * Takes in the jobs still waiting (their reasons join this build's) and says which
 * documents may have left the site, as the jobs name them. A job that names none (the
 * worker's start, a settings change) leaves the removal check to the periodic full
 * comparison, which a change to a document never needs.
 */
async function absorbWaiting(payload: Payload, client: PoolClient, input: SiteBuildInput, record: SiteBuild): Promise<GoneHints> {
  const taken = await takeWaitingBuilds(client)
  const gone: GoneHints = {}
  for (const job of [input, ...taken]) {
    if (job.doc) gone[job.doc.collection] = [...(gone[job.doc.collection] ?? []), job.doc.id]
  }
  const reasons = taken.map((job) => job.reason).filter(Boolean)
  if (reasons.length > 0) await recordBuild(payload, record.id, { reason: [input.reason, ...reasons].join('；') })
  return gone
}

/** Brings the warm snapshot up to date (or reads it whole the first time); returns how long that took. */
async function refreshContent(gone: GoneHints): Promise<number> {
  const refreshStarted = performance.now()
  if (state.snapshot) await refreshSnapshot(state.snapshot, gone)
  else state.snapshot = await loadSnapshot()
  return Math.round(performance.now() - refreshStarted)
}

/** The renderer of the code this process started with, compiled or loaded once. */
function warmRenderer(): Promise<Renderer> {
  if (!state.renderer) {
    state.renderer = loadRenderer()
    state.renderer.catch(() => {
      state.renderer = undefined
    })
  }
  return state.renderer
}

/**
 * PDFs one build prints (SITE_PDFS_PER_BUILD): a publish brings a few (a figure's posters
 * and leaflets), which go live with its page; a settings or print-code change makes
 * thousands due, and then the pages go live first and the PDFs follow in builds of this
 * many (48: about 5 s each), so a publish meanwhile waits at most one of them
 * (site/builds/holdBack.ts).
 */
const PDFS_PER_BUILD = config().sitePdfsPerBuild

/** Builds the site from the warm snapshot and keeps what the next build reuses. */
async function buildFromState(snapshot: Snapshot): Promise<BuildReport> {
  const renderer = await warmRenderer()
  const spare = await state.spare?.catch(() => null)
  state.spare = undefined
  const report = await buildSite({ snapshot, renderer, printer: state.printer, spare, pdfs: PDFS_PER_BUILD, pruneInBackground: true, log })
  state.search = { records: report.search.records, drift: report.search.drift }
  // Copy the new live build ahead of the next publish, off this one's path.
  state.spare = !report.unchanged || !spare ? prepareSpare() : Promise.resolve(spare)
  return report
}

function finished(report: BuildReport, started: number, refreshMs: number): Finish {
  return {
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
  }
}

async function recordFailure(payload: Payload, record: SiteBuild, started: number, error: unknown): Promise<void> {
  // Read everything afresh next time: the snapshot may be half refreshed.
  state.snapshot = undefined
  await recordBuild(payload, record.id, {
    status: 'failed',
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    error: `${buildErrorMessage(error)}（线上网站保持不变，系统会自动重试）`,
  })
  console.error(`✖ 网站更新失败，线上网站保持不变：${buildErrorMessage(error)}`)
}

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
      const gone = await absorbWaiting(payload, client, input, record)
      const refreshMs = await refreshContent(gone)
      const report = await buildFromState(state.snapshot as Snapshot)
      console.log(`  （读取变更 ${refreshMs} 毫秒）`)
      await recordBuild(payload, record.id, finished(report, started, refreshMs))
      if (report.waiting > 0) await queueSiteBuild(payload, `继续生成 PDF（还有 ${report.waiting} 个）`)
      await tidyBuildLog(payload).catch((error: unknown) => console.error(`清理上线记录失败：${(error as Error).message}`))
      return { output: { buildId: report.id } }
    } catch (error) {
      await recordFailure(payload, record, started, error)
      throw error
    }
  })
}
