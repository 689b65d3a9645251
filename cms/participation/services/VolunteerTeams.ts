/**
 * 志愿服务队: the teams a station dispatches 课单 to. A team serves one or more places; its
 * leader (队长) has an account (role 志愿队长, users › 所带队伍), its members do not. The
 * office keeps every team; station staff keep their own places' teams.
 */
import type { Access, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'

import type { User } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { admin } from '../../access/admin'
import { hasRole } from '../../access/roles'
import { placesOf } from '../../access/stations'
import { teamOf } from '../../access/teams'
import { refuse } from '../../common/refuse'

export const TEAMS_SLUG = 'volunteer-teams'

/** The office all teams; station staff the teams serving one of their places; a leader their own. */
const readTeams: Access = ({ req: { user } }): boolean | Where => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  const places = placesOf(user)
  if (places.length > 0) return { places: { in: places } }
  const team = teamOf(user)
  return team !== null ? { id: { equals: team } } : false
}

const makeTeams: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor') || placesOf(user).length > 0

const keepTeams: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const places = placesOf(user)
  return places.length > 0 ? { places: { in: places } } : false
}

/** Station staff may name only their own places (a team of theirs may also serve places they do not run, kept as it was). */
const onlyOwnPlaces: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user as User | null
  if (!hasRole(user, 'station')) return data
  const own = new Set(placesOf(user))
  const before = new Set(((originalDoc?.places ?? []) as unknown[]).map(relationId))
  const added = ((data.places ?? []) as unknown[]).map(relationId).filter((id) => !before.has(id))
  if (added.some((id) => id === null || !own.has(id))) throw refuse('只能把队伍安排到您负责的阵地。', 403)
  return data
}

export const VolunteerTeams: CollectionConfig = {
  slug: TEAMS_SLUG,
  labels: { singular: '志愿服务队', plural: '志愿服务队' },
  access: { read: readTeams, create: makeTeams, update: keepTeams, delete: admin },
  admin: {
    group: '文明课单',
    useAsTitle: 'name',
    defaultColumns: ['name', 'places', 'members', 'active'],
    description: '承接课单的志愿服务队。队长在“用户”中设为“志愿队长”并选择所带队伍；队员不需要账号。',
  },
  hooks: { beforeChange: [onlyOwnPlaces] },
  fields: [
    { name: 'name', label: '队伍名称', type: 'text', required: true, maxLength: 40 },
    { name: 'places', label: '服务阵地', type: 'relationship', relationTo: 'places', hasMany: true, required: true, index: true },
    { name: 'members', label: '队员人数', type: 'number', min: 1, max: 9999 },
    { name: 'summary', label: '服务内容', type: 'textarea', maxLength: 300 },
    { name: 'active', label: '在岗', type: 'checkbox', defaultValue: true, admin: { description: '停用的队伍不再出现在派单选项中。' } },
    { name: 'leaders', label: '队长', type: 'join', collection: 'users', on: 'team' },
  ],
}
