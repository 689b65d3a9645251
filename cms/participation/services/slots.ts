/**
 * One 课单 is given once at a time: an order holds its slot (希望服务时间 for the item's
 * 时长) from 审单 on. A resident ordering a slot already held is told at once; two staff
 * approving overlapping orders of one item at the same moment cannot both succeed, because
 * the approval takes a lock on the item, looks for a held overlap and claims the order in
 * one transaction.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { longDateTime } from '../../../contract/time'

/** The states in which an order holds its slot. */
const HOLDING = sql`('approved', 'dispatched', 'accepted', 'completed')`

type Db = PostgresAdapter['drizzle']
const dbOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/** The held order of this item whose time overlaps [wantedAt, wantedAt + the item's duration), if any. */
async function heldOverlap(db: Db, item: number, wantedAt: string, except: number | null) {
  const found = await db.execute(sql`
    select o.reference, o.wanted_at from service_orders o join service_items i on i.id = o.item_id
    where o.item_id = ${item} and o.id <> ${except ?? 0} and o.state in ${HOLDING}
      and o.wanted_at < ${wantedAt}::timestamptz + make_interval(mins => i.duration::int)
      and ${wantedAt}::timestamptz < o.wanted_at + make_interval(mins => i.duration::int)
    limit 1`)
  const row = found.rows[0] as { reference: string | null; wanted_at: string | Date } | undefined
  return row ? { reference: row.reference ?? '', at: new Date(row.wanted_at).toISOString() } : null
}

/** Why a resident cannot order this slot, or null when it is free (checked again at 审单). */
export async function slotTaken(payload: Payload, item: number, wantedAt: string): Promise<string | null> {
  const held = await heldOverlap(dbOf(payload), item, wantedAt, null)
  return held ? `这个课单在 ${longDateTime(held.at)} 已有预约，时间重叠，请换一个时间。` : null
}

export class SlotTakenError extends Error {
  name = 'SlotTakenError'
  constructor(readonly reference: string) {
    super(`slot held by ${reference}`)
  }
}

/**
 * 审单 (approve): under a transaction lock on the item, refuses when another held order of the
 * item overlaps, then sets the state if nobody changed the order since it was read. Answers
 * false when the order was changed meanwhile; throws SlotTakenError on an overlap.
 */
export async function claimApproval(
  payload: Payload,
  order: { id: number; item: number; wantedAt: string | null; state: string; updatedAt: string },
): Promise<boolean> {
  return dbOf(payload).transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('service-order-slot'), ${order.item})`)
    if (order.wantedAt) {
      const held = await heldOverlap(tx as unknown as Db, order.item, order.wantedAt, order.id)
      if (held) throw new SlotTakenError(held.reference)
    }
    const claimed = await tx.execute(
      sql`update service_orders set state = 'approved', updated_at = now()
          where id = ${order.id} and state = ${order.state} and updated_at = ${order.updatedAt}::timestamptz returning id`,
    )
    return claimed.rows.length > 0
  })
}
