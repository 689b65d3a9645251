import type { CollectionBeforeChangeHook } from 'payload'

import type { Figure } from '../../../payload-types'

/** The first publication time, kept when the document is edited or republished later. */
export const populatePublishedAt: CollectionBeforeChangeHook<Figure> = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
