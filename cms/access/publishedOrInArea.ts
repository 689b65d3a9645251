import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Anonymous readers see published documents only. Staff see every draft. A community
 * worker also sees the drafts of their own area, for print preview, and nothing else.
 */
export function publishedOrInArea(areaField: 'area' | 'areas'): Access {
  return ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    const published = { _status: { equals: 'published' } }
    if (user?.role !== 'community' || user.area == null) return published
    const area = typeof user.area === 'object' ? user.area.id : user.area
    return { or: [published, { [areaField]: areaField === 'area' ? { equals: area } : { in: [area] } }] }
  }
}
