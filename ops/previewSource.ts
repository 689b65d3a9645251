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
let refreshing: Promise<unknown> = Promise.resolve()

/** The published snapshot, brought up to date (one refresh at a time). */
export async function published(): Promise<Snapshot> {
  if (!snapshot) {
    snapshot = loadSnapshot()
    snapshot.catch(() => {
      snapshot = undefined
    })
    return snapshot
  }
  const current = await snapshot
  refreshing = refreshing.then(() => refreshSnapshot(current)).catch(() => undefined)
  await refreshing
  return current
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
