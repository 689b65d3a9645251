import type { Access } from 'payload'

import { hasRole } from './roles'

/** Everyone with an account except community workers, whose reading is limited to their area. */
export const staff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
