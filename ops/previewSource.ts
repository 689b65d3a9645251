/**
 * What the previews (打印预览, ops/preview.ts; 实时预览, ops/livePreview.ts) read: the
 * published snapshot, kept fresh on each request, and the CMS as the signed-in user, whose
 * token the admin forwards, so Payload's access rules decide what a preview may show.
 */
import type http from 'node:http'
import { cmsUrl, loadSnapshot, refreshSnapshot, type Snapshot } from '../site/loaders/cms.ts'

/** An answer for the person: the HTTP status and a sentence in Chinese. */
export class PreviewError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

let snapshot: Promise<Snapshot> | undefined
let refreshing: { done: Promise<unknown>; startedAt: number } | undefined

/** One refresh at a time; it forgets itself when done. */
function startRefresh(current: Snapshot): { done: Promise<unknown>; startedAt: number } {
  const run = { startedAt: performance.now(), done: refreshSnapshot(current).catch(() => undefined) }
  void run.done.finally(() => {
    if (refreshing === run) refreshing = undefined
  })
  refreshing = run
  return run
}

/**
 * The published snapshot, at least as fresh as the moment of asking. Requests that arrive
 * while a refresh runs wait for it and then share the next one: a burst of previews makes
 * two refreshes, not a queue of them.
 */
export async function published(): Promise<Snapshot> {
  if (!snapshot) {
    snapshot = loadSnapshot()
    snapshot.catch(() => {
      snapshot = undefined
    })
    return snapshot
  }
  const asked = performance.now()
  const current = await snapshot
  for (;;) {
    const run = refreshing ?? startRefresh(current)
    await run.done
    if (run.startedAt >= asked) return current
    if (refreshing === run) refreshing = undefined
  }
}

export async function readCms<T>(pathAndQuery: string, headers: http.IncomingHttpHeaders): Promise<T> {
  const forwarded: Record<string, string> = {}
  if (headers.authorization) forwarded.authorization = headers.authorization
  const response = await fetch(`${cmsUrl()}${pathAndQuery}`, { headers: forwarded }).catch((error: Error) => {
    throw new PreviewError(502, `无法连接内容管理系统：${error.message}`)
  })
  if (response.status === 401 || response.status === 403) throw new PreviewError(403, '你没有查看这份稿件的权限。')
  if (response.status === 404) throw new PreviewError(404, '找不到这份稿件，或你没有查看它的权限。')
  if (!response.ok) throw new PreviewError(502, `内容管理系统返回 HTTP ${response.status}`)
  return (await response.json()) as T
}
