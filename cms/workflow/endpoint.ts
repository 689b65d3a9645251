import type { Endpoint } from 'payload'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../../contract/collections'
import type { User } from '../../contract/payload-types'
import { notifyStep } from '../notify/notices'
import { ACTIONS, type Action, levelLabel, pendingLevel } from './states'
import { transition } from './transition'

/**
 * POST /api/<collection>/:id/workflow  { action: submit | approve | reject | unpublish, reason?, mask? }
 * The one way a document moves through review; the rules live in states.ts.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const collection = req.routeParams?.collection as string | undefined
    const id = Number(req.routeParams?.id)
    const body = (await req.json?.().catch(() => null)) as { action?: string; reason?: string; mask?: boolean } | null
    if (!collection || !REVIEWED_COLLECTIONS.includes(collection as ReviewedCollection) || !Number.isInteger(id)) {
      return Response.json({ message: '请求地址不正确。' }, { status: 404 })
    }
    if (!body || !ACTIONS.includes(body.action as Action)) {
      return Response.json({ message: `action 必须是 ${ACTIONS.join('、')} 之一。` }, { status: 400 })
    }
    if (!req.user) return Response.json({ message: '请先登录。' }, { status: 401 })
    // The session carries only some fields; decide on the account as it is now (role, level, name).
    const actor = await req.payload.findByID({ collection: 'users', id: req.user.id, depth: 0, overrideAccess: true, req })
    const result = await transition(
      req.payload,
      actor as User,
      { collection: collection as ReviewedCollection, id, action: body.action as Action, reason: body.reason, mask: body.mask === true },
      req,
    )
    if (!result.ok) return Response.json({ message: result.message, failures: result.failures ?? [] }, { status: result.status })
    // Told after the step is stored, without holding up the answer.
    const waitingLevel = pendingLevel(result.state)
    void notifyStep(req.payload, {
      collection: collection as ReviewedCollection,
      id,
      action: body.action as Action,
      published: result.published,
      waitingLevel,
      waitingFor: waitingLevel === null ? null : levelLabel(waitingLevel),
      actor: actor as User,
    })
    return Response.json({ state: result.state, published: result.published })
  },
}
