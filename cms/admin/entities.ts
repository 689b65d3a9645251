/**
 * What each role finds in the admin: the API tab only for administrators, and the system's
 * pages (用户, 网站设置, 上线记录 …) out of the menu of those who cannot use them.
 */
import type { CollectionConfig, GlobalConfig } from 'payload'

import type { User } from '../../contract/payload-types'
import { hasRole, type Role } from '../access/roles'

const isAdmin = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as User | null, 'admin')

/** Who sees each system entry in the menu (others reach their own account by 我的账户). */
const MENU: Record<string, Role[]> = {
  users: ['admin'],
  'site-settings': ['admin'],
  'sensitive-words': ['admin', 'editor', 'reviewer'],
  'privacy-allowlist': ['admin', 'editor', 'reviewer'],
  'site-builds': ['admin', 'editor', 'reviewer'],
}

function hiddenFor(slug: string, hidden: unknown) {
  const roles = MENU[slug]
  if (!roles || hidden === true) return hidden
  return ({ user }: { user: unknown }) => !hasRole(user as User | null, ...roles)
}

function apiTabForAdmins<T extends CollectionConfig | GlobalConfig>(config: T): T['admin'] {
  const views = config.admin?.components?.views
  const edit = (views as { edit?: Record<string, unknown> } | undefined)?.edit ?? {}
  return {
    ...config.admin,
    hidden: hiddenFor(config.slug, config.admin?.hidden) as never,
    components: {
      ...config.admin?.components,
      views: { ...views, edit: { ...edit, api: { tab: { condition: isAdmin, label: '接口数据' } } } },
    },
  } as T['admin']
}

/** The API tab for administrators only, and the menu by role. */
export function withRoleEntities<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) => ({ ...config, admin: apiTabForAdmins(config) }))
}
