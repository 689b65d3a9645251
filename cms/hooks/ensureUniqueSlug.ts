import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

/** Two items with the same title get hao-jing-quan and hao-jing-quan-2, not a database error. */
export const ensureUniqueSlug: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  const base = data?.slug
  if (!data || typeof base !== 'string' || base === '' || base === originalDoc?.slug) return data
  let candidate = base
  const keepsOldSlugs = collection.fields.some((field) => 'name' in field && field.name === 'previousSlugs')
  for (let n = 2; ; n++) {
    const clash = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      // An old slug of another document still redirects there, so it is taken too.
      where: {
        or: [{ slug: { equals: candidate } }, ...(keepsOldSlugs ? [{ 'previousSlugs.slug': { equals: candidate } }] : [])],
        ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}),
      },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
      req,
    })
    if (clash.docs.length === 0) break
    candidate = `${base}-${n}`
  }
  data.slug = candidate
  return data
}
