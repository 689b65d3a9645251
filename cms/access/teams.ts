import type { Where } from 'payload'

import type { User } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { hasRole } from './roles'
import { placesOf } from './stations'

/**
 * 志愿队长 (role `teamLeader`) lead one volunteer team (users › 所带队伍); its members have no
 * accounts. A leader sees only what was given to their team: these helpers write that rule once.
 */

/** The team a leader leads; null for anyone else. */
export function teamOf(user: User | null | undefined): number | null {
  return hasRole(user, 'teamLeader') ? relationId(user?.team) : null
}

/**
 * Read access for a record that belongs to a place (`placeField`) and may be handed to a team
 * (`teamField`): the office everything, station staff their places', a leader their team's.
 */
export function inOwnPlacesOrTeam(placeField: string, teamField: string) {
  return ({ req: { user } }: { req: { user: User | null } }): boolean | Where => {
    if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
    const places = placesOf(user)
    if (places.length > 0) return { [placeField]: { in: places } }
    const team = teamOf(user)
    return team !== null ? { [teamField]: { equals: team } } : false
  }
}
