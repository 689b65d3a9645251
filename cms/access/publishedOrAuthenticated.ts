import type { Access } from 'payload'

/** Signed-in staff see drafts; everyone else sees only what has been published. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
