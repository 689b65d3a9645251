/** The last site updates (not the checks that changed nothing) for the 工作台: when, why, how long, and what went wrong in plain words. */
import type { Payload } from 'payload'

import type { SiteBuild, User } from '../../contract/payload-types'

export interface BuildLine {
  id: number
  startedAt: string
  status: SiteBuild['status']
  reason: string
  seconds: number | null
  pages: number | null
  error: string | null
}

/** A build's reason lists every change (`新建人物「…」；…`): the first two, then how many more. */
export function shortReason(reason: string): string {
  const parts = reason.split('；').filter(Boolean)
  return parts.length <= 2 ? reason : `${parts.slice(0, 2).join('；')} 等 ${parts.length} 项变更`
}

export async function recentBuilds(payload: Payload, user: User, limit = 5): Promise<BuildLine[]> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    // A check that found nothing to update (every restart makes one) is not news.
    where: { status: { not_equals: 'unchanged' } },
    sort: '-startedAt',
    limit,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    id: doc.id,
    startedAt: doc.startedAt,
    status: doc.status,
    reason: shortReason(doc.reason ?? ''),
    seconds: doc.durationMs == null ? null : Math.round(doc.durationMs / 100) / 10,
    pages: doc.rendered ?? null,
    error: doc.error ?? null,
  }))
}
