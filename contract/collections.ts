/** The collections whose documents reach the public only through review (先审后发). */
export const REVIEWED_COLLECTIONS = ['figures', 'streets', 'places', 'regulations', 'articles', 'handbooks'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const isReviewedCollection = (slug: string): slug is ReviewedCollection => (REVIEWED_COLLECTIONS as readonly string[]).includes(slug)
