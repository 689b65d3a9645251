import type { CollectionBeforeChangeHook } from 'payload'

interface PreviousSlug {
  slug: string
}

/**
 * Once a document has been published its link may be printed on a leaflet or shared in
 * WeChat: when the slug changes afterwards, the old one is kept so it keeps resolving.
 */
export const rememberPublishedSlug: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  // A new document (a copy included) has no old addresses of its own.
  if (operation === 'create') {
    data.previousSlugs = []
    return data
  }
  const previous: PreviousSlug[] = originalDoc?.previousSlugs ?? []
  const oldSlug: unknown = originalDoc?.slug
  // Never taken from the request: the list is the system's (see previousSlugsField).
  if (typeof oldSlug !== 'string' || !data.slug || data.slug === oldSlug || !originalDoc?.firstPublishedAt) {
    data.previousSlugs = previous
    return data
  }
  const kept = previous.filter((entry) => entry.slug !== data.slug && entry.slug !== oldSlug)
  data.previousSlugs = [...kept, { slug: oldSlug }]
  return data
}
