import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Old versions hold drafts, review notes and unpublished edits: staff read them all; a
 * community worker only those of their own area, as with drafts; the public none.
 */
export function versionsInArea(areaField: 'area' | 'areas'): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    if (user?.role !== 'community' || user.area == null) return false
    const area = typeof user.area === 'object' ? user.area.id : user.area
    return { [`version.${areaField}`]: areaField === 'area' ? { equals: area } : { in: [area] } }
  }
}
