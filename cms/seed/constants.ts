import type { User } from '../../contract/payload-types'

export const DEMO_EMAIL = 'editor@xinghualing.example'

/** One demo account per role; all share the demo password printed at start. */
export const DEMO_ACCOUNTS: readonly (Pick<User, 'email' | 'name' | 'role' | 'reviewLevel'> & { area?: string })[] = [
  { email: 'admin@xinghualing.example', name: '示例管理员', role: 'admin' },
  { email: DEMO_EMAIL, name: '示例编辑', role: 'editor' },
  { email: 'reviewer1@xinghualing.example', name: '示例初审', role: 'reviewer', reviewLevel: 1 },
  { email: 'reviewer2@xinghualing.example', name: '示例复审', role: 'reviewer', reviewLevel: 2 },
  { email: 'reviewer3@xinghualing.example', name: '示例终审', role: 'reviewer', reviewLevel: 3 },
  { email: 'community@xinghualing.example', name: '示例社区工作者（涧河街道）', role: 'community', area: '涧河街道' },
]
