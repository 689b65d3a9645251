import type { Access } from 'payload'

import { hasRole } from './roles'

/** Administrators and editors write content; reviewers and community workers do not. */
export const authors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
