import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Internal fields (the review record, first publication, the pasted source): staff read them, the public never does. */
export const staffField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')

/** Fields only the system writes (through the workflow, with access overridden). */
export const nobody: FieldAccess = () => false

/** Fields only administrators change. */
export const adminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
