/**
 * GET  /api/media/orphans        未使用的图片 (administrators)
 * POST /api/media/orphans/clear  deletes them — the ones unused now, decided again on the server.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { clearOrphans, findOrphans } from './orphans'

async function keepDays(req: PayloadRequest): Promise<number> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  return settings.orphanMediaDays ?? 7
}

const refused = () => Response.json({ message: '只有管理员可以查看和清理未使用的图片。' }, { status: 403 })

export const orphanEndpoints: Endpoint[] = [
  {
    path: '/orphans',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return refused()
      const days = await keepDays(req)
      return Response.json({ days, orphans: await findOrphans(req.payload, days) })
    },
  },
  {
    path: '/orphans/clear',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return refused()
      const { removed, bytes } = await clearOrphans(req, await keepDays(req))
      return Response.json({ removed, bytes, message: `已清理 ${removed} 张未使用的图片，释放 ${(bytes / 1024 / 1024).toFixed(1)} MB。` })
    },
  },
]
