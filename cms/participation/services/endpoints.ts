/**
 * 文明课单 on the public prefix: POST services/orders (点单, through the gate: challenge,
 * honeypot, throttles, consent), POST services/orders/cancel and services/orders/rate with the
 * order's receipt code in the body (kept out of addresses and logs), looked up under the
 * receipt throttle. The status itself is the receipt page's (GET receipts/:code).
 */
import type { PayloadRequest } from 'payload'

import type { ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { ORDER_CANCEL, ORDER_RATING, ORDER_SUBMISSION } from '../../../contract/services'
import { loadAllowList } from '../../privacy/allowList'
import { findPrivateData, PRIVACY_LABELS } from '../../privacy/detector'
import { wordingFailuresIn } from '../../workflow/checks'
import { Answer, endpoint, fail, invalid, jsonBody, limited, submit } from '../api'
import { findByReceipt } from '../receipts'
import { decide } from './orderFlow'
import { applyDecision, TAKEN, wasTaken } from './orderSteps'
import { orderStatus } from './status'

const NOT_FOUND = '没有找到这个回执码对应的课单：请核对回执码；已撤回或已到期删除的也查不到。'

async function orderByCode(req: PayloadRequest, code: string): Promise<ServiceOrder> {
  await limited(req, 'receiptPerAddress')
  const found = await findByReceipt(req.payload, code)
  if (found?.form !== 'service-orders') throw fail(404, NOT_FOUND)
  return found.doc
}

const submitOrder = endpoint('/services/orders', 'post', async (req) => {
  const parsed = ORDER_SUBMISSION.safeParse(await jsonBody(req))
  return parsed.success ? submit(req, 'services', parsed.data) : invalid(parsed.error.issues)
})

const cancelOrder = endpoint('/services/orders/cancel', 'post', async (req) => {
  const parsed = ORDER_CANCEL.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  const order = await orderByCode(req, parsed.data.code)
  const flow = { state: order.state, place: relationId(order.place) ?? 0, team: relationId(order.team) }
  const decision = decide(flow, { kind: 'resident' }, { action: 'cancel' })
  if (!decision.ok) return fail(decision.status, decision.message)
  const done = await applyDecision(req, order, decision, { action: 'cancel', reason: parsed.data.reason ?? '居民取消', actor: null }).catch(
    (error: unknown) => {
      if (wasTaken(error)) throw fail(409, TAKEN)
      throw error
    },
  )
  return new Answer(200, await orderStatus(req.payload, done))
})

/** 评单: once, after 已完成; the comment checked like any public text, then held until staff approve it. */
const rateOrder = endpoint('/services/orders/rate', 'post', async (req) => {
  const parsed = ORDER_RATING.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  const order = await orderByCode(req, parsed.data.code)
  if (order.state !== 'completed') return fail(409, '服务完成以后才能评价。')
  if (order.rating?.score) return fail(409, '这张课单已经评价过了。')
  const comment = parsed.data.comment || null
  if (comment) {
    const [wrong] = await wordingFailuresIn(req.payload, 'comment', '评价', comment)
    if (wrong) return fail(400, wrong.message, 'comment')
    const [found] = findPrivateData(comment, { allowed: await loadAllowList(req.payload) })
    if (found) return fail(400, `评价中有${PRIVACY_LABELS[found.kind]}“${found.text}”：评价可能公开，请删除后再提交。`, 'comment')
  }
  const rating = { score: parsed.data.score, comment, state: 'pending', ratedAt: new Date().toISOString(), reviewedBy: null }
  const done = await req.payload.update({
    collection: 'service-orders',
    id: order.id,
    data: { rating } as never,
    depth: 0,
    overrideAccess: true,
  })
  return new Answer(201, await orderStatus(req.payload, done))
})

export const serviceEndpoints = [submitOrder, cancelOrder, rateOrder]
