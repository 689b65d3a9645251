import type { CollectionBeforeChangeHook } from 'payload'

/**
 * On publication (only the workflow publishes): the publication time residents see, kept
 * when the document is edited or republished later, and the system's own first-publication
 * mark, which nobody edits.
 */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const now = new Date().toISOString()
  if (!data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = now
  data.firstPublishedAt = originalDoc?.firstPublishedAt ?? data.firstPublishedAt ?? now
  return data
}
