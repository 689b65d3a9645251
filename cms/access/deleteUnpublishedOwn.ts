import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Administrators delete anything; editors only their own work that has never been
 * published (a published item is withdrawn through review instead).
 */
export const deleteUnpublishedOwn: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user?.role !== 'editor') return false
  const own: Where = { 'review.author': { equals: user.id } }
  const neverPublished: Where = { publishedAt: { exists: false } }
  return { and: [own, neverPublished] }
}
