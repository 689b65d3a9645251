/**
 * 代点单: a community worker at a resident's door or on the phone (or station staff at the
 * counter) types the order in, signed in; the order records the channel and who typed it.
 * The worker's session stands in for the challenge, with a daily cap per worker, and the
 * resident's consent to the notice is still asked for and recorded.
 */
import type { Endpoint } from 'payload'

import { ORDER_ON_BEHALF } from '../../../contract/services'
import { hasRole } from '../../access/roles'
import { Answer, invalid, submit } from '../api'

const answerOf = (result: Answer) => Response.json(result.body, { status: result.status })

export const orderOnBehalf: Endpoint = {
  path: '/on-behalf',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user || !hasRole(user, 'community', 'station', 'admin', 'editor')) {
      return Response.json({ errors: [{ message: '只有社区工作者和阵地工作人员可以代居民点单。' }] }, { status: 403 })
    }
    const body = await req.json?.().catch(() => null)
    const parsed = ORDER_ON_BEHALF.safeParse(body ?? {})
    if (!parsed.success) return answerOf(invalid(parsed.error.issues))
    const result = await submit(req, 'services', { ...parsed.data, altcha: '' }, undefined, user.id).catch((error: unknown) => {
      if (error instanceof Answer) return error
      const known = error as { status?: number; message?: string; isPublic?: boolean }
      if (known.isPublic && known.message) return new Answer(known.status ?? 400, { errors: [{ message: known.message }] })
      throw error
    })
    return answerOf(result)
  },
}
