/** The collections whose documents reach the public only through review (先审后发). */
export const REVIEWED_COLLECTIONS = [
  'figures',
  'streets',
  'places',
  'regulations',
  'articles',
  'handbooks',
  'replies',
  'surveys',
  'elections',
  'events',
  'service-items',
] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const isReviewedCollection = (slug: string): slug is ReviewedCollection => (REVIEWED_COLLECTIONS as readonly string[]).includes(slug)

/** The reviewed collections whose documents have a web page of their own (handbooks are print only): what the live preview shows. */
export const PAGE_COLLECTIONS = ['figures', 'articles', 'streets', 'places', 'regulations'] as const
export type PageCollection = (typeof PAGE_COLLECTIONS)[number]

export const isPageCollection = (slug: string): slug is PageCollection => (PAGE_COLLECTIONS as readonly string[]).includes(slug)
