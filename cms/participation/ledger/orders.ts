/**
 * The 台账's orders and ratings for one place and month, read in a handful of bounded queries
 * whatever the month holds: the orders received in the month (only the fields the file
 * prints, every step), the approved ratings given in the month, then the items' titles and
 * the teams' names in one query each. Orders are named by their 受理编号 (it opens nothing),
 * never by the resident's order code; for whom is the group, a household only as such.
 */
import type { Payload, Where } from 'payload'
import { labelOf } from '../../../contract/events'
import type { ServiceOrder } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import type { OrderState as LedgerState, ServiceLedgerInput } from '../../../contract/servicePrint'
import { SERVICE_PRINT_LIMITS } from '../../../contract/servicePrint'
import { ORDER_ACTIONS, type OrderState } from '../../../contract/services'
import type { LedgerMonth } from './month'

type LedgerOrders = Pick<ServiceLedgerInput, 'orders' | 'ratings'>

const STATE: Record<OrderState, LedgerState> = {
  submitted: 'review',
  approved: 'review',
  dispatched: 'review',
  accepted: 'serving',
  completed: 'done',
  refused: 'refused',
  cancelled: 'cancelled',
}

const inMonth = (field: string, { from, to }: LedgerMonth): Where[] => [
  { [field]: { greater_than_equal: from.toISOString() } },
  { [field]: { less_than: to.toISOString() } },
]

/** `ids`' names in one query: the items' titles, the teams' names. */
async function namesOf(payload: Payload, collection: 'service-items' | 'volunteer-teams', ids: Set<number>) {
  if (ids.size === 0) return new Map<number, string>()
  const field = collection === 'service-items' ? 'title' : 'name'
  const { docs } = await payload.find({
    collection,
    where: { id: { in: [...ids] } },
    select: { [field]: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.id, String((doc as unknown as Record<string, unknown>)[field] ?? '')]))
}

const clip = (text: string | null | undefined, max: number) => (text ? text.slice(0, max) : null)

function forWhom(order: Pick<ServiceOrder, 'group' | 'household'>): string | null {
  if (order.group) return order.group
  return order.household ? '居民户（户码不列出）' : null
}

async function ordersIn(payload: Payload, place: number, month: LedgerMonth) {
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: { and: [{ place: { equals: place } }, ...inMonth('receivedAt', month)] },
    select: { reference: true, item: true, group: true, household: true, team: true, state: true, steps: true, receivedAt: true },
    sort: 'receivedAt',
    limit: SERVICE_PRINT_LIMITS.ledgerOrders,
    depth: 0,
    overrideAccess: true,
  })
  return docs as ServiceOrder[]
}

async function ratingsIn(payload: Payload, place: number, month: LedgerMonth) {
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: { and: [{ place: { equals: place } }, { 'rating.state': { equals: 'approved' } }, ...inMonth('rating.ratedAt', month)] },
    select: { reference: true, item: true, rating: true },
    sort: 'rating.ratedAt',
    limit: SERVICE_PRINT_LIMITS.ledgerRatings,
    depth: 0,
    overrideAccess: true,
  })
  return docs as ServiceOrder[]
}

/** The month's orders (received in it) and approved ratings (given in it) at `place`. */
export async function ledgerOrders(payload: Payload, place: number, month: LedgerMonth): Promise<LedgerOrders> {
  const [orders, rated] = await Promise.all([ordersIn(payload, place, month), ratingsIn(payload, place, month)])
  const itemIds = new Set([...orders, ...rated].map((order) => relationId(order.item)).filter((id) => id !== null))
  const teamIds = new Set(
    orders.flatMap((order) => [order.team, ...(order.steps ?? []).map((step) => step.team)]).map((team) => relationId(team ?? null)),
  )
  teamIds.delete(null as never)
  const [items, teams] = await Promise.all([
    namesOf(payload, 'service-items', itemIds),
    namesOf(payload, 'volunteer-teams', teamIds as Set<number>),
  ])
  const item = (order: ServiceOrder) => items.get(relationId(order.item) ?? 0) || '（课单已删除）'
  const team = (value: unknown) => teams.get(relationId(value as never) ?? 0) ?? null
  return {
    orders: orders.map((order) => ({
      ref: order.reference ?? `#${order.id}`,
      item: item(order),
      requester: forWhom(order),
      team: team(order.team),
      state: STATE[order.state],
      steps: (order.steps ?? []).slice(0, 30).map((step) => ({
        step: labelOf(ORDER_ACTIONS, step.action).slice(0, 10),
        at: step.at,
        note: clip(step.reason, 120) ?? (step.team ? clip(`派给${team(step.team) ?? ''}`, 120) : null),
      })),
    })),
    ratings: rated
      .filter((order) => order.rating?.score)
      .map((order) => ({
        ref: order.reference ?? `#${order.id}`,
        item: item(order),
        stars: Math.min(5, Math.max(1, Math.round(order.rating?.score ?? 1))),
        comment: clip(order.rating?.comment, SERVICE_PRINT_LIMITS.long),
        at: order.rating?.ratedAt ?? order.updatedAt,
      })),
  }
}
