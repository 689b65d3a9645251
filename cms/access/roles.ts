import type { User } from '../../contract/payload-types'

export type Role = User['role']

/** Whether the signed-in user (if any) holds one of `roles`. */
export function hasRole(user: User | null | undefined, ...roles: Role[]): boolean {
  return user != null && roles.includes(user.role)
}
