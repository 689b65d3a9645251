/**
 * The access matrix's rows for endpoints: [method, path, the statuses each role may get].
 * Every role's demo account calls the path (anonymous with no session); a status outside
 * its list fails the row. Shared by the access-matrix files (platform, participation …).
 */
import { expect, it } from 'vitest'

import { api, login, REVIEWER } from './cms.ts'

export type Role = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'community'
export const ROLES: Role[] = ['anonymous', 'admin', 'editor', 'reviewer', 'community']

export const EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin@xinghualing.example',
  editor: 'editor@xinghualing.example',
  reviewer: REVIEWER(1),
  community: 'community@xinghualing.example',
}

export type EndpointRow = [method: string, path: string, allowed: Record<Role, number[]>]

/** The body a row's write carries: an empty form, or the smallest one the route reads. */
function bodyFor(method: string, path: string): unknown {
  if (method === 'PATCH') return {}
  if (method !== 'POST') return undefined
  if (path.endsWith('privacy-allowlist')) return { entries: [] }
  if (path.endsWith('unlock')) return { email: 'nobody@xinghualing.example' }
  return {}
}

/** One test per row, every role tried in turn. */
export function endpointRows(rows: EndpointRow[]): void {
  it.each<EndpointRow>(rows)('%s %s', async (method, path, allowed) => {
    for (const role of ROLES) {
      const token = role === 'anonymous' ? undefined : await login(EMAILS[role])
      const { status } = await api(path, { method, token, body: bodyFor(method, path) })
      expect(allowed[role], `${role} got ${status}`).toContain(status)
    }
  })
}
