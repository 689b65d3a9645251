/**
 * Where a publish's time goes (issue 20), from the approval's API response to the page
 * served and then found by the site's search: the wait until the worker's build starts,
 * each stage the build records in 上线记录 (site_builds.stages, see
 * contract/buildStages.ts), what the build spent outside its stages, and the lags after
 * it. Used by bench/publish.ts; p50/p95/max of each over the run.
 */
import { BUILD_STAGE_NAMES } from '../contract/buildStages.ts'
import { percentile } from './stack.ts'

/** One publish as the bench saw it, with its build's record. */
export interface PublishTiming {
  /** Approval response → the changed page served with the new title. */
  pageMs: number
  /** Approval response → the site's search page finding it. */
  searchMs: number
  /** Approval response → the worker's build started (its 上线记录 entry's startedAt): the worker's poll, claiming the job, the build lock. */
  waitMs: number | null
  /** The build's whole duration as recorded (durationMs). */
  buildMs: number | null
  /** The build's stages as recorded, in ms. */
  stages: Record<string, number>
  /** The build's time outside its stages: taking the waiting jobs, waiting for an old build's removal, the lock. */
  outsideStagesMs: number | null
  /** Build finished → the page served: the record written, the static server's first answer from the new build. */
  servedAfterBuildMs: number | null
  /** Page served → the search page finding it: a fresh reader loading the search page and its index. */
  searchAfterPageMs: number
  /** Builds that started between the approval and the page being served (1 unless another job ran first). */
  builds: number
}

export interface SiteBuildRecord {
  reason: string
  status: string
  startedAt: string
  durationMs?: number | null
  stages?: Record<string, number> | null
}

/**
 * Puts together one publish's timing from wall-clock times (ms since the epoch, this
 * machine's clock, which the worker shares) and the builds that started after the approval.
 */
export function publishTiming(
  approvedAt: number,
  servedAt: number,
  searchableAt: number,
  records: SiteBuildRecord[],
  marker: string,
): PublishTiming {
  const started = records.filter((record) => Date.parse(record.startedAt) >= approvedAt - 1000 && Date.parse(record.startedAt) <= servedAt)
  const build = started.find((record) => record.reason.includes(marker) && record.status === 'live') ?? started.at(-1)
  const stages = build?.stages ?? {}
  const waitMs = build ? Date.parse(build.startedAt) - approvedAt : null
  const buildMs = build?.durationMs ?? null
  const staged = Object.values(stages).reduce((sum, ms) => sum + ms, 0)
  return {
    pageMs: servedAt - approvedAt,
    searchMs: searchableAt - approvedAt,
    waitMs,
    buildMs,
    stages,
    outsideStagesMs: buildMs === null ? null : buildMs - staged,
    servedAfterBuildMs: waitMs === null || buildMs === null ? null : servedAt - approvedAt - waitMs - buildMs,
    searchAfterPageMs: searchableAt - servedAt,
    builds: started.length,
  }
}

export interface Spread {
  p50Ms: number
  p95Ms: number
  maxMs: number
}

function spread(values: number[]): Spread {
  return {
    p50Ms: Math.round(percentile(values, 50)),
    p95Ms: Math.round(percentile(values, 95)),
    maxMs: Math.round(Math.max(...values)),
  }
}

/** p50/p95/max of each part over the run, in the order a publish goes through them. */
export function breakdown(timings: PublishTiming[]): Record<string, Spread> {
  const parts: [string, (timing: PublishTiming) => number | null | undefined][] = [
    ['page live', (t) => t.pageMs],
    ['search hit', (t) => t.searchMs],
    ['wait for worker', (t) => t.waitMs],
  ]
  // In the order a build runs them (the record's JSON keeps no order).
  const order = Object.keys(BUILD_STAGE_NAMES)
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length)
  const stageNames = [...new Set(timings.flatMap((timing) => Object.keys(timing.stages)))].sort((a, b) => rank(a) - rank(b))
  for (const name of stageNames) parts.push([`stage ${name}`, (t) => t.stages[name] ?? 0])
  parts.push(
    ['outside stages', (t) => t.outsideStagesMs],
    ['build total', (t) => t.buildMs],
    ['served after build', (t) => t.servedAfterBuildMs],
    ['search after page', (t) => t.searchAfterPageMs],
  )
  const result: Record<string, Spread> = {}
  for (const [name, pick] of parts) {
    const values = timings.map(pick).filter((value): value is number => typeof value === 'number')
    if (values.length > 0) result[name] = spread(values)
  }
  return result
}

/** The publishes whose page took longest, with where their time went: what the tail is made of. */
export function slowest(timings: PublishTiming[], count = 5): (PublishTiming & { index: number })[] {
  return timings
    .map((timing, index) => ({ ...timing, index: index + 1 }))
    .sort((a, b) => b.searchMs - a.searchMs)
    .slice(0, count)
}
