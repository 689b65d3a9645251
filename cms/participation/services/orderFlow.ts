/**
 * 审单 → 派单 → 接单 → 结项, and 取消 and 重新派单 along the way: who may take which step from
 * which state, and where it leads. Pure rules, no database: the step endpoint applies what
 * these decide (orderSteps.ts), so every path that moves an order meets the same rules.
 */
import { ORDER_DEADLINES, type OrderAction, type OrderActor, type OrderState } from '../../../contract/services'

/** Who is asking, as the rules see them. */
export type FlowActor =
  | { kind: 'office' }
  | { kind: 'station'; places: number[] }
  | { kind: 'team'; team: number | null }
  | { kind: 'resident' }
  | { kind: 'none' }

export interface FlowOrder {
  state: OrderState
  place: number
  team: number | null
}

export interface FlowRequest {
  action: OrderAction
  reason?: string | null
  /** 派单, 重新派单: the team, and the places it serves. */
  team?: { id: number; places: number[] } | null
}

export type Decision =
  | { ok: true; state: OrderState; team: number | null; dueDays: number | null; by: OrderActor }
  | { ok: false; status: 400 | 403 | 409; message: string }

const refused = (status: 400 | 403 | 409, message: string): Decision => ({ ok: false, status, message })

const FROM: Record<Exclude<OrderAction, 'submit'>, readonly OrderState[]> = {
  approve: ['submitted'],
  refuse: ['submitted'],
  dispatch: ['approved'],
  redispatch: ['dispatched', 'accepted'],
  accept: ['dispatched'],
  decline: ['dispatched'],
  cancel: ['submitted', 'approved', 'dispatched', 'accepted'],
  complete: ['accepted'],
}
/** Steps that need a reason: every “no” and every change of plan. */
const NEEDS_REASON: readonly OrderAction[] = ['refuse', 'decline', 'redispatch']
/** A resident may cancel until the team has accepted; after that, the station talks it through. */
const RESIDENT_CANCELS: readonly OrderState[] = ['submitted', 'approved', 'dispatched']

const STATE_WORDS: Record<OrderState, string> = {
  submitted: '待审单',
  approved: '待派单',
  dispatched: '待接单',
  accepted: '服务中',
  completed: '已完成',
  refused: '已拒绝',
  cancelled: '已取消',
}

/** Whether `actor` handles the order's place (the office every place, station staff their own). */
const handlesPlace = (actor: FlowActor, order: FlowOrder) =>
  actor.kind === 'office' || (actor.kind === 'station' && actor.places.includes(order.place))
const isOwnTeam = (actor: FlowActor, order: FlowOrder) => actor.kind === 'team' && actor.team !== null && actor.team === order.team

function permitted(action: OrderAction, actor: FlowActor, order: FlowOrder): boolean {
  switch (action) {
    case 'accept':
    case 'decline':
      return isOwnTeam(actor, order)
    case 'complete':
      return isOwnTeam(actor, order) || handlesPlace(actor, order)
    case 'cancel':
      return handlesPlace(actor, order) || (actor.kind === 'resident' && RESIDENT_CANCELS.includes(order.state))
    case 'submit':
      return false
    default:
      return handlesPlace(actor, order)
  }
}

const byOf = (actor: FlowActor): OrderActor =>
  actor.kind === 'office' ? 'office' : actor.kind === 'station' ? 'station' : actor.kind === 'team' ? 'team' : 'resident'

function checkTeam(request: FlowRequest, order: FlowOrder): Decision | null {
  if (!request.team) return refused(400, '请选择承接的志愿服务队。')
  if (!request.team.places.includes(order.place)) return refused(400, '这支志愿服务队不服务这个阵地，请选择本阵地的队伍。')
  if (request.action === 'redispatch' && request.team.id === order.team) return refused(400, '重新派单请选择另一支志愿服务队。')
  return null
}

/** Where `request` by `actor` takes `order`, or why it cannot. */
export function decide(order: FlowOrder, actor: FlowActor, request: FlowRequest): Decision {
  const { action } = request
  if (action === 'submit') return refused(400, '点单只能由居民或社区工作者通过点单表单提交。')
  if (actor.kind === 'none') return refused(403, '没有处理课单的权限。')
  if (!permitted(action, actor, order)) {
    if (actor.kind === 'resident') return refused(409, '志愿服务队已经接单，不能在网上取消；请联系服务阵地。')
    return refused(403, '这张课单不归您处理：阵地工作人员只处理本阵地的课单，志愿服务队只处理派给本队的课单。')
  }
  if (!FROM[action].includes(order.state)) return refused(409, `课单现在是“${STATE_WORDS[order.state]}”，不能这样操作；请刷新后再看。`)
  if (NEEDS_REASON.includes(action) || (action === 'cancel' && actor.kind !== 'resident')) {
    if (!request.reason?.trim()) return refused(400, '请填写原因：居民会在查询页面看到。')
  }
  const by = byOf(actor)
  switch (action) {
    case 'approve':
      return { ok: true, state: 'approved', team: null, dueDays: ORDER_DEADLINES.approved, by }
    case 'refuse':
      return { ok: true, state: 'refused', team: null, dueDays: null, by }
    case 'dispatch':
    case 'redispatch':
      return (
        checkTeam(request, order) ?? {
          ok: true,
          state: 'dispatched',
          team: request.team?.id ?? null,
          dueDays: ORDER_DEADLINES.dispatched,
          by,
        }
      )
    case 'accept':
      return { ok: true, state: 'accepted', team: order.team, dueDays: null, by }
    case 'decline':
      return { ok: true, state: 'approved', team: null, dueDays: ORDER_DEADLINES.approved, by }
    case 'cancel':
      return { ok: true, state: 'cancelled', team: order.team, dueDays: null, by }
    case 'complete':
      return { ok: true, state: 'completed', team: order.team, dueDays: null, by }
  }
}

/** The steps in the order a desk offers them. */
export const DESK_ACTIONS: readonly Exclude<OrderAction, 'submit'>[] = [
  'approve',
  'refuse',
  'dispatch',
  'redispatch',
  'accept',
  'decline',
  'complete',
  'cancel',
]

/**
 * The steps `actor` may take on `order` now, as `decide` would allow them given a reason and
 * a fitting team: what the station's inbox offers as buttons, so it never offers a step the
 * endpoint would refuse for who is asking or where the order stands.
 */
export function allowedActions(order: FlowOrder, actor: FlowActor): Exclude<OrderAction, 'submit'>[] {
  const anyTeam = { id: -1, places: [order.place] }
  return DESK_ACTIONS.filter((action) => decide(order, actor, { action, reason: '—', team: anyTeam }).ok)
}
