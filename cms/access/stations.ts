import type { Where } from 'payload'

import type { User } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { hasRole } from './roles'

/**
 * 阵地工作人员 (role `station`) work for one or more places (文明实践中心/所/站/点/园): they
 * see and handle only those places' records. These helpers are the one place that rule is
 * written, for every collection that belongs to a place.
 */

/** The ids of the places a station worker runs; empty for anyone else. */
export function placesOf(user: User | null | undefined): number[] {
  if (!hasRole(user, 'station')) return []
  return (user?.places ?? []).map((place) => relationId(place)).filter((id): id is number => typeof id === 'number')
}

/**
 * Read/update access for a collection whose `field` names its place: the office (admin,
 * editor, reviewer) everything, a station worker their places' records, anyone else nothing.
 */
export function inOwnPlaces(field: string) {
  return ({ req: { user } }: { req: { user: User | null } }): boolean | Where => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    const places = placesOf(user)
    return places.length > 0 ? { [field]: { in: places } } : false
  }
}
