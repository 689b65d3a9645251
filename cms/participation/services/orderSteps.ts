/**
 * The staff side of an order, off the public prefix: POST /api/service-orders/:id/step
 * (审单, 派单, 接单, 重新派单, 取消 — the rules in orderFlow.ts), POST /:id/rating (a staff
 * member lets a resident's rating show, or not) and GET /overdue (the district's list of
 * orders past their deadline). An order is looked up as the signed-in user may read it, so
 * another station's order is simply not there (404).
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import type { ServiceOrder, User } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { OPEN_ORDER_STATES, type StaffAction } from '../../../contract/services'
import { beijingDay, deadline } from '../../../contract/workdays'
import { hasRole } from '../../access/roles'
import { placesOf } from '../../access/stations'
import { teamOf } from '../../access/teams'
import { officeCalendar } from '../../common/officeCalendar'
import { CONTACTS_SLUG } from '../collections/Contacts'
import { type Decision, decide, type FlowActor, type FlowRequest } from './orderFlow'
import { personalPurgeAt } from './orderHooks'
import { claimApproval, SlotTakenError } from './slots'
import { TEAMS_SLUG } from './VolunteerTeams'

const ORDERS = 'service-orders'
const STAFF_ACTIONS: readonly StaffAction[] = ['approve', 'refuse', 'dispatch', 'redispatch', 'accept', 'decline', 'cancel']
const CLOSED = ['completed', 'refused', 'cancelled']

export const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Who the signed-in user is to the order rules. */
export function actorOf(user: User | null | undefined): FlowActor {
  if (hasRole(user, 'admin', 'editor')) return { kind: 'office' }
  if (hasRole(user, 'station')) return { kind: 'station', places: placesOf(user) }
  if (hasRole(user, 'teamLeader')) return { kind: 'team', team: teamOf(user) }
  return { kind: 'none' }
}

/** The order as the signed-in user may read it; null when it is not theirs to see. */
export async function orderFor(req: PayloadRequest): Promise<ServiceOrder | null> {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || !req.user) return null
  return req.payload.findByID({ collection: ORDERS, id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
}

export const flowOrder = (order: ServiceOrder) => ({
  state: order.state,
  place: relationId(order.place) ?? 0,
  team: relationId(order.team),
})

/**
 * Takes the order for this step in one conditional UPDATE: only if nobody changed it since it
 * was read (its state and updatedAt), so two people acting at once cannot both succeed — the
 * second is told to look again. The rest of the step is then written by Payload.
 */
export async function claimStep(req: PayloadRequest, order: ServiceOrder, next: ServiceOrder['state']): Promise<void> {
  if (order.state === 'submitted' && next === 'approved') {
    const item = relationId(order.item) ?? 0
    const claimed = await claimApproval(req.payload, { ...order, item, wantedAt: order.wantedAt ?? null })
    if (!claimed) throw Object.assign(new Error('claimed'), { claimed: false })
    return
  }
  const db = (req.payload.db as unknown as PostgresAdapter).drizzle
  const claimed = await db.execute(
    sql`update service_orders set state = ${next}, updated_at = now()
        where id = ${order.id} and state = ${order.state} and updated_at = ${order.updatedAt}::timestamptz returning id`,
  )
  if (claimed.rows.length === 0) throw Object.assign(new Error('claimed'), { claimed: false })
}

export const TAKEN = '这张课单刚刚有人处理过，请刷新后再看。'
export const wasTaken = (error: unknown) => (error as { claimed?: boolean } | null)?.claimed === false

/** Applies a decision: the new state, team and deadline, and the step appended (who, when, why). */
export async function applyDecision(
  req: PayloadRequest,
  order: ServiceOrder,
  decision: Extract<Decision, { ok: true }>,
  request: FlowRequest & { actor: number | null; extra?: Record<string, unknown>; claimed?: boolean },
): Promise<ServiceOrder> {
  if (!request.claimed) await claimStep(req, order, decision.state)
  const now = new Date()
  const { calendar } = await officeCalendar(req.payload, req)
  const step = {
    action: request.action,
    at: now.toISOString(),
    by: decision.by,
    actor: request.actor,
    team: request.team?.id ?? null,
    reason: request.reason?.trim() || null,
  }
  const closing = CLOSED.includes(decision.state)
  if (closing) await shortenContact(req, order, now)
  return req.payload.update({
    collection: ORDERS,
    id: order.id,
    data: {
      state: decision.state,
      team: decision.team,
      dueOn: decision.dueDays === null ? null : deadline(now, decision.dueDays, calendar),
      remindedOn: null,
      steps: [...(order.steps ?? []), step],
      ...(closing ? { purgeAt: personalPurgeAt(order.receivedAt, now) } : {}),
      ...request.extra,
    } as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
}

/** A closed order's contact goes sooner (it was only for arranging the service). */
async function shortenContact(req: PayloadRequest, order: ServiceOrder, now: Date): Promise<void> {
  const id = relationId(order.contact)
  if (id === null) return
  await req.payload.update({
    collection: CONTACTS_SLUG,
    id,
    data: { purgeAt: personalPurgeAt(order.receivedAt, now) },
    req,
    overrideAccess: true,
  })
}

async function teamOfRequest(req: PayloadRequest, value: unknown): Promise<FlowRequest['team']> {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) return null
  const team = await req.payload.findByID({ collection: TEAMS_SLUG, id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!team || team.active === false) return null
  return { id: team.id, places: (team.places ?? []).map((place) => relationId(place)).filter((place) => place !== null) }
}

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body = await req.json?.().catch(() => null)
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

export const stepEndpoint: Endpoint = {
  path: '/:id/step',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, '请先登录。')
    const body = await bodyOf(req)
    const action = body.action as StaffAction
    if (!STAFF_ACTIONS.includes(action)) return answer(400, '没有这个操作。')
    const order = await orderFor(req)
    if (!order) return answer(404, '没有这张课单，或者它不归您处理。')
    const reason = typeof body.reason === 'string' ? body.reason.slice(0, 200) : null
    const team = ['dispatch', 'redispatch'].includes(action) ? await teamOfRequest(req, body.team) : null
    const request: FlowRequest = { action, reason, team }
    const decision = decide(flowOrder(order), actorOf(req.user), request)
    if (!decision.ok) return answer(decision.status, decision.message)
    const done = await applyDecision(req, order, decision, { ...request, actor: req.user.id }).catch((error: unknown) => {
      if (wasTaken(error) || error instanceof SlotTakenError) return error as Error
      throw error
    })
    if (done instanceof SlotTakenError)
      return answer(409, `这个课单在同一时段已经安排了课单 ${done.reference}，时间重叠：请与居民商量改期后拒绝这张，或先处理那张。`)
    if (done instanceof Error) return answer(409, TAKEN)
    return Response.json({ state: done.state, team: relationId(done.team), dueOn: done.dueOn ?? null })
  },
}

/** 评单 held back: the place's station staff or the office let a rating show, or refuse it. */
export const ratingEndpoint: Endpoint = {
  path: '/:id/rating',
  method: 'post',
  handler: async (req) => {
    const actor = actorOf(req.user)
    if (actor.kind !== 'office' && actor.kind !== 'station') return answer(403, '只有阵地工作人员和区文明实践中心可以审核评价。')
    const order = await orderFor(req)
    if (!order) return answer(404, '没有这张课单，或者它不归您处理。')
    if (actor.kind === 'station' && !actor.places.includes(relationId(order.place) ?? 0)) return answer(403, '这张课单不归您处理。')
    if (order.rating?.state !== 'pending') return answer(409, '这张课单没有待审核的评价。')
    const decision = (await bodyOf(req)).decision
    if (decision !== 'approve' && decision !== 'refuse') return answer(400, '请选择“公开”或“不公开”。')
    await req.payload.update({
      collection: ORDERS,
      id: order.id,
      data: { rating: { ...order.rating, state: decision === 'approve' ? 'approved' : 'refused', reviewedBy: req.user?.id } },
      depth: 0,
      req,
      overrideAccess: true,
    })
    return Response.json({ rating: decision === 'approve' ? 'approved' : 'refused' })
  },
}

/** 超期课单: open orders whose current step is past its deadline, for the office (the whole district) and station staff (their places). */
export const overdueEndpoint: Endpoint = {
  path: '/overdue',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer', 'station')) return answer(403, '没有查看超期课单的权限。')
    const { docs } = await req.payload.find({
      collection: ORDERS,
      where: { and: [{ state: { in: [...OPEN_ORDER_STATES] } }, { dueOn: { less_than: beijingDay(new Date()) } }] },
      sort: 'dueOn',
      limit: 500,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
    })
    return Response.json({
      docs: docs.map((order) => ({
        id: order.id,
        reference: order.reference,
        state: order.state,
        place: relationId(order.place),
        team: relationId(order.team),
        dueOn: order.dueOn,
      })),
    })
  },
}
