import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * What was once live may have been printed, shared and linked: it is deleted only by an
 * administrator, and only after the workflow took it offline (only the workflow can take
 * a live document down, so "not live now" means exactly that). Editors delete only their
 * own drafts that were never published. The first-publication mark is the system's own
 * (firstPublishedAt), not the editable publishedAt.
 */
export const deleteWhenOffline: Access = ({ req: { user } }) => {
  const offline: Where = { _status: { not_equals: 'published' } }
  if (hasRole(user, 'admin')) return offline
  if (user?.role !== 'editor') return false
  return { and: [offline, { 'review.author': { equals: user.id } }, { firstPublishedAt: { exists: false } }] }
}
