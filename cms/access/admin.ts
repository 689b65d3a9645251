import type { Access } from 'payload'

import { hasRole } from './roles'

export const admin: Access = ({ req: { user } }) => hasRole(user, 'admin')
