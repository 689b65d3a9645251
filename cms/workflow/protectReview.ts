import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { hasRole } from '../access/roles'
import { WORKFLOW_CONTEXT } from '../common/requestContext'

type Review = {
  state?: string | null
  publishAt?: string | null
  unpublishAt?: string | null
  history?: Record<string, unknown>[] | null
} & Record<string, unknown>

/** Server code (seed, benchmark generator, scripts) calling the Local API without a user is trusted. */
const isSystem = (req: PayloadRequest) => req.payloadAPI === 'local' && !req.user

const historyEntry = (req: PayloadRequest, decision: string, reason: string | null = null) => ({
  at: new Date().toISOString(),
  by: req.user?.id ?? null,
  byName: req.user?.name ?? null,
  decision,
  reason,
})

/** The review record after an editor's save: never taken from the request, except the schedule. */
function reviewAfterSave(previous: Review | undefined, requested: Review | undefined, req: PayloadRequest): Review {
  const schedule = {
    publishAt: requested?.publishAt ?? previous?.publishAt ?? null,
    unpublishAt: requested?.unpublishAt ?? previous?.unpublishAt ?? null,
  }
  if (!previous) return { state: 'draft', author: req.user?.id ?? null, ...schedule, history: [] }
  const underReview = typeof previous.state === 'string' && previous.state.startsWith('pending-')
  return {
    ...previous,
    ...schedule,
    // Editing something under review sends it back to 草稿, so no reviewer approves text they have not seen.
    state: underReview || previous.state === 'published' || previous.state === 'scheduled' ? 'draft' : previous.state,
    history: underReview ? [...(previous.history ?? []), historyEntry(req, 'edit')] : (previous.history ?? []),
  }
}

/** publishedAt is the system's; an administrator may move it earlier (a deliberate backdate), never into the future. */
function publishedAtAfterSave(
  requested: unknown,
  previous: unknown,
  req: PayloadRequest,
  collection: string,
): { value: unknown; changed: boolean } {
  if (isSystem(req)) return { value: requested ?? previous ?? null, changed: false }
  if (!hasRole(req.user, 'admin') || requested === undefined || requested === previous) return { value: previous ?? null, changed: false }
  if (requested !== null && new Date(String(requested)).getTime() > Date.now()) {
    throw new ValidationError(
      { collection, errors: [{ path: 'publishedAt', label: '发布时间', message: '发布时间不能晚于现在。' }], req },
      req.t,
    )
  }
  return { value: requested, changed: true }
}

/**
 * Outside the workflow nobody publishes and nobody edits what the system keeps: a save is
 * a draft (saves of reviewed collections are forced to drafts, see keepWritesDraft), the
 * review record, first publication and old slugs are carried over from the stored
 * document, a new document's author is whoever creates it, and a restored old version
 * becomes a new draft that goes through review.
 */
export const protectReview: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc, req }) => {
  if (context[WORKFLOW_CONTEXT]) return data
  if (context.isRestoringVersion) data._status = 'draft'
  // A save without a status keeps the stored one: editing a live document directly would publish the edit.
  if ((data._status ?? originalDoc?._status) === 'published') {
    throw new APIError('先审后发：内容须经审核通过后才能发布。请保存草稿并提交审核。', 403, { field: '_status' }, true)
  }
  const previous = operation === 'create' ? undefined : (originalDoc?.review as Review | undefined)
  data.review = reviewAfterSave(previous, data.review as Review | undefined, req)
  if (context.isRestoringVersion) data.review.history = [...(data.review.history ?? []), historyEntry(req, 'restore')]
  data.firstPublishedAt = operation === 'create' ? null : (originalDoc?.firstPublishedAt ?? null)
  const publishedAt = publishedAtAfterSave(data.publishedAt, operation === 'create' ? null : originalDoc?.publishedAt, req, collection.slug)
  data.publishedAt = publishedAt.value
  if (publishedAt.changed) {
    data.review.history = [
      ...(data.review.history ?? []),
      historyEntry(req, 'set-published-at', `发布时间改为 ${String(publishedAt.value ?? '（空）')}`),
    ]
  }
  return data
}
