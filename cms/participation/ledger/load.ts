/**
 * 台账: everything the inspectors' file of one place and one month holds, as the print studio
 * takes it (contract/servicePrint.ts `ServiceLedgerInput`): the orders received in the month
 * with their state and every step, the approved ratings, the events held with attendance and
 * their covers, the volunteer hours. Bounded: about ten queries whatever the month holds
 * (orders.ts, events.ts), none per order or per event.
 */
import type { Payload } from 'payload'
import { labelOf } from '../../../contract/events'
import type { ServiceLedgerInput } from '../../../contract/servicePrint'
import { PLACE_LEVELS } from '../../../contract/vocabulary'
import { ledgerEvents } from './events'
import type { LedgerMonth } from './month'
import { ledgerOrders } from './orders'

/** The place's name and level; null when there is no such place. */
export async function ledgerPlace(payload: Payload, id: number): Promise<{ id: number; name: string; level: string | null } | null> {
  if (!Number.isInteger(id) || id <= 0) return null
  const place = await payload.findByID({
    collection: 'places',
    id,
    select: { name: true, level: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!place) return null
  return { id: place.id, name: place.name, level: labelOf(PLACE_LEVELS, place.level) || null }
}

/** The 台账 of `place` for `month`, generated `now`. */
export async function loadLedger(
  payload: Payload,
  place: { id: number; name: string; level: string | null },
  month: LedgerMonth,
  now = new Date(),
): Promise<ServiceLedgerInput> {
  const [orders, events] = await Promise.all([ledgerOrders(payload, place.id, month), ledgerEvents(payload, place.id, month, place.name)])
  return {
    station: place.name,
    level: place.level,
    month: month.month,
    generatedAt: now.toISOString(),
    ...orders,
    ...events,
  }
}
