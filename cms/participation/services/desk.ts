/**
 * The station's inbox on one order (GET /api/service-orders/:id/desk): where the order stands,
 * its steps with who (the staff member's name), when and why, and the steps the signed-in
 * person may take now — from the same rules the step endpoint applies (orderFlow.ts) — with the
 * place's teams to dispatch to. What the admin's 处理 panel shows; never the resident's contact.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { chineseDate } from '../../../contract/servicePrint'
import { ORDER_ACTIONS, ORDER_ACTORS, ORDER_STATES, RATING_STATES } from '../../../contract/services'
import { labelOf } from '../../../contract/vocabulary'
import { allowedActions } from './orderFlow'
import { actorOf, answer, flowOrder, orderFor } from './orderSteps'
import { TEAMS_SLUG } from './VolunteerTeams'

type Named = Map<number, string>

/** Names of the documents of `collection` with these ids (staff names, team and place names). */
async function namesOf(req: PayloadRequest, collection: 'users' | 'volunteer-teams' | 'places', ids: (number | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  if (wanted.length === 0) return new Map() as Named
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [doc.id as number, String((doc as { name?: string }).name ?? '')])) as Named
}

/** The active teams serving the order's place, for 派单 and 重新派单. */
async function teamsFor(req: PayloadRequest, place: number) {
  const { docs } = await req.payload.find({
    collection: TEAMS_SLUG,
    where: { and: [{ places: { in: [place] } }, { active: { not_equals: false } }] },
    pagination: false,
    depth: 0,
    sort: 'name',
    overrideAccess: true,
    req,
  })
  return docs.map((team) => ({ id: team.id, name: team.name }))
}

function stepsOf(order: ServiceOrder, users: Named, teams: Named) {
  return (order.steps ?? []).map((step, index) => ({
    id: step.id ?? String(index),
    action: labelOf(ORDER_ACTIONS, step.action),
    at: chineseDate(step.at),
    by: labelOf(ORDER_ACTORS, step.by),
    actor: users.get(relationId(step.actor) ?? 0) ?? null,
    team: teams.get(relationId(step.team) ?? 0) ?? null,
    reason: step.reason ?? null,
  }))
}

export const deskEndpoint: Endpoint = {
  path: '/:id/desk',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, '请先登录。')
    const order = await orderFor(req)
    if (!order) return answer(404, '没有这张课单，或者它不归您处理。')
    const actor = actorOf(req.user)
    const flow = flowOrder(order)
    const actions = allowedActions(flow, actor)
    const handles = actor.kind === 'office' || (actor.kind === 'station' && actor.places.includes(flow.place))
    const steps = order.steps ?? []
    const [users, teams, places] = await Promise.all([
      namesOf(
        req,
        'users',
        steps.map((step) => relationId(step.actor)),
      ),
      namesOf(req, TEAMS_SLUG, [flow.team, ...steps.map((step) => relationId(step.team))]),
      namesOf(req, 'places', [flow.place]),
    ])
    const dispatching = actions.includes('dispatch') || actions.includes('redispatch')
    const rating = order.rating?.score ? order.rating : null
    return Response.json({
      reference: order.reference,
      state: order.state,
      stateLabel: labelOf(ORDER_STATES, order.state),
      place: places.get(flow.place) ?? '',
      team: flow.team ? { id: flow.team, name: teams.get(flow.team) ?? '' } : null,
      dueOn: order.dueOn ? chineseDate(`${order.dueOn}T12:00:00+08:00`, { time: false }) : null,
      steps: stepsOf(order, users, teams),
      actions,
      teams: dispatching ? (await teamsFor(req, flow.place)).filter((team) => team.id !== flow.team) : [],
      report: order.report?.filedAt
        ? {
            filedAt: chineseDate(order.report.filedAt),
            photos: (order.report.photos ?? []).length,
            article: relationId(order.report.article),
          }
        : null,
      rating: rating
        ? {
            score: rating.score,
            comment: rating.comment ?? '',
            state: labelOf(RATING_STATES, rating.state ?? ''),
            pending: rating.state === 'pending',
          }
        : null,
      canReviewRating: handles && rating?.state === 'pending',
    })
  },
}
