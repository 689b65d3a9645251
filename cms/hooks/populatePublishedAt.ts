import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication time, kept when the document is edited or republished later. */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
