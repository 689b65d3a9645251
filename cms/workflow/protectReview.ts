import { APIError, type CollectionBeforeChangeHook } from 'payload'

/** Set in `context` by the workflow's own writes; every other write is an editor's save. */
export const WORKFLOW_CONTEXT = 'reviewWorkflow'

/**
 * Outside the workflow nobody publishes and nobody edits the review record: a save is a
 * draft, a new document's author is whoever creates it, and editing something under review
 * sends it back to 草稿 so no reviewer approves text they have not seen.
 */
export const protectReview: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc, req }) => {
  if (context[WORKFLOW_CONTEXT]) return data
  // A save without a status keeps the stored one: editing a live document directly would publish the edit.
  if ((data._status ?? originalDoc?._status) === 'published') {
    throw new APIError('先审后发：内容须经审核通过后才能发布。请保存草稿并提交审核。', 403, { field: '_status' }, true)
  }
  const previous = originalDoc?.review
  if (operation === 'create' || !previous) {
    data.review = {
      state: 'draft',
      author: req.user?.id ?? null,
      publishAt: data.review?.publishAt ?? null,
      unpublishAt: data.review?.unpublishAt ?? null,
      history: [],
    }
    return data
  }
  const underReview = typeof previous.state === 'string' && previous.state.startsWith('pending-')
  data.review = {
    ...previous,
    publishAt: data.review?.publishAt ?? previous.publishAt ?? null,
    unpublishAt: data.review?.unpublishAt ?? previous.unpublishAt ?? null,
    state: underReview || previous.state === 'published' || previous.state === 'scheduled' ? 'draft' : previous.state,
    history: underReview
      ? [
          ...(previous.history ?? []),
          { at: new Date().toISOString(), by: req.user?.id ?? null, byName: req.user?.name ?? null, decision: 'edit' },
        ]
      : (previous.history ?? []),
  }
  return data
}
