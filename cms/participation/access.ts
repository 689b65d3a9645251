/** Who reads what residents sent: staff; a community worker only their own area's; contacts only named people. */
import type { Access, CollectionConfig } from 'payload'

import type { User } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { admin } from '../access/admin'
import { hasRole } from '../access/roles'

/** Administrators, and the people an administrator has named (用户 › 可查看居民联系方式). */
export const seesContacts = (user: User | null | undefined): boolean =>
  hasRole(user, 'admin') || Boolean(user && 'seesContacts' in user && user.seesContacts)

export const contactReaders: Access = ({ req: { user } }) => seesContacts(user)

/** Staff read all; a community worker the items of their own area; nobody else any. */
export const staffOrOwnArea: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  if (user?.role !== 'community' || user.area == null) return false
  return { area: { equals: relationId(user.area) } }
}

/** The residents' own words: written once by the gate, never changed by staff. */
export const RESIDENT_WRITTEN = { update: () => false }
/** Bookkeeping the server keeps (hashes): never read through the API. */
export const SERVER_ONLY = { read: () => false, update: () => false }

/**
 * A resident's record (留言, 好人推荐): made only through the gate, read by staff and the area's
 * community worker, handled (status, answer, area) by administrators and editors, deleted by
 * administrators; the gate's own withdrawal and purge delete with the system's rights.
 */
export const RESIDENT_RECORD_ACCESS: CollectionConfig['access'] = {
  read: staffOrOwnArea,
  create: () => false,
  update: ({ req: { user } }) => hasRole(user, 'admin', 'editor'),
  delete: admin,
}
