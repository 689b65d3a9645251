/**
 * What the 工作台 lists, read with the viewer's own access: documents of every reviewed
 * collection in a given review state, each with its title, how long it has waited and
 * where to open it.
 */
import type { Payload, Where } from 'payload'

import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../contract/collections'
import type { User } from '../../contract/payload-types'
import type { WorkCalendar } from '../../contract/workdays'
import { isOverdue, waitedLabel } from '../workflow/overdue'
import { rejection, reviewStatusLabel } from '../workflow/statusLabel'

export interface WorkItem {
  /** A reviewed collection, or service-orders and events on the 工作台 of station staff and team leaders. */
  collection: string
  kind: string
  id: number
  title: string
  status: string
  /** When it reached its present state (the last step of its history). */
  since: string
  waited: string
  overdue: boolean
  /** The 退回 or 申请下线 reason, where there is one. */
  reason: string | null
  publishAt: string | null
  href: string
}

interface ReviewedDoc {
  id: number
  updatedAt: string
  _status?: string
  review?: {
    state?: string
    publishAt?: string | null
    history?: { at?: string | null; decision?: string | null; reason?: string | null }[] | null
    takedown?: { requestedAt?: string | null; reason?: string | null } | null
  }
  [field: string]: unknown
}

export interface Section {
  key: string
  title: string
  /** Said when the list is empty. */
  empty: string
  items: WorkItem[]
}

export interface Lookup {
  payload: Payload
  user: User
  now: Date
  overdueDays: number
  /** The office's working days (holidays and 调休 included). */
  calendar?: WorkCalendar
}

function toItem(collection: ReviewedCollection, doc: ReviewedDoc, lookup: Lookup): WorkItem {
  const config = lookup.payload.collections[collection].config
  const titleField = config.admin.useAsTitle ?? 'id'
  const history = doc.review?.history ?? []
  const since = history.at(-1)?.at ?? doc.updatedAt
  const state = doc.review ? doc.review.state : doc._status === 'published' ? 'published' : null
  const rejected = rejection(history)
  const label = config.labels.singular
  return {
    collection,
    kind: typeof label === 'string' ? label : collection,
    id: doc.id,
    title: String(doc[titleField] ?? '') || '（未填写标题）',
    status: reviewStatusLabel({ state, rejected: rejected !== null }),
    since,
    waited: waitedLabel(new Date(since), lookup.now),
    overdue: isOverdue(new Date(since), lookup.now, lookup.overdueDays, lookup.calendar),
    reason: doc.review?.takedown?.requestedAt ? (doc.review.takedown.reason ?? '') : rejected,
    publishAt: doc.review?.publishAt ?? null,
    href: `/admin/collections/${collection}/${doc.id}`,
  }
}

/** Documents matching `where` in every reviewed collection the viewer may read, oldest wait first. */
export async function findWork(
  lookup: Lookup,
  where: Where | ((collection: ReviewedCollection) => Where),
  limit = 50,
): Promise<WorkItem[]> {
  const perCollection = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection) => {
      const titleField = lookup.payload.collections[collection].config.admin.useAsTitle ?? 'id'
      const { docs } = await lookup.payload.find({
        collection,
        where: typeof where === 'function' ? where(collection) : where,
        draft: true,
        depth: 0,
        limit,
        sort: '-updatedAt',
        select: { [titleField]: true, review: true, updatedAt: true, _status: true },
        user: lookup.user,
        overrideAccess: false,
      })
      return (docs as unknown as ReviewedDoc[]).map((doc) => toItem(collection, doc, lookup))
    }),
  )
  return perCollection.flat().sort((a, b) => a.since.localeCompare(b.since))
}
