/**
 * A sign-up's later steps, each one conditional update under the event's row lock (the
 * lock sign-ups take too): a cancellation frees a place and the first on the waitlist (by
 * sign-up order) takes it in the same transaction; a check-in happens once, only for a
 * person holding a place. What the resident is told comes back with each.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { CheckInMethod, SignupState } from '../../../contract/events'
import { CONTACTS_SLUG } from '../collections/Contacts'

type Row = Record<string, unknown>
const drizzleOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

export interface Cancelled {
  /** The state before: only 已报名 and 候补 can be cancelled. */
  was: SignupState
  /** The sign-up that took the freed place, if any. */
  promoted: number | null
}

/** Cancels a sign-up (and forgets its contact); the freed place goes to the first waiting. Null when it cannot be cancelled. */
export async function cancelSignup(payload: Payload, id: number): Promise<Cancelled | null> {
  const done = await drizzleOf(payload).transaction(async (tx) => {
    const found = await tx.execute(sql`select event_id, state, contact_id from event_signups where id = ${id}`)
    const row = (found.rows as Row[])[0]
    if (!row) return null
    await tx.execute(sql`select id from events where id = ${row.event_id} for update`)
    const updated = await tx.execute(
      sql`update event_signups set state = 'cancelled', cancelled_at = now(), updated_at = now()
          where id = ${id} and state in ('signedUp', 'waitlisted') returning id`,
    )
    if (updated.rows.length === 0) return null
    const was = row.state as SignupState
    if (was !== 'signedUp') return { was, promoted: null, contact: row.contact_id }
    const promoted = await tx.execute(
      sql`update event_signups set state = 'signedUp', promoted_at = now(), updated_at = now()
          where id = (select id from event_signups where event_id = ${row.event_id} and state = 'waitlisted' order by id limit 1)
          returning id`,
    )
    return { was, promoted: Number((promoted.rows as Row[])[0]?.id ?? 0) || null, contact: row.contact_id }
  })
  if (!done) return null
  // A cancelled sign-up needs no contact: it goes now, not at the purge (个人信息保护法: minimum data).
  if (done.contact != null) {
    await payload.delete({ collection: CONTACTS_SLUG, where: { id: { equals: Number(done.contact) } }, overrideAccess: true })
    await drizzleOf(payload).execute(sql`update event_signups set contact_id = null where id = ${id}`)
  }
  return { was: done.was, promoted: done.promoted }
}

export type CheckInResult = { ok: true; already: boolean } | { ok: false; state: SignupState | null }

/** Checks a person in once; a second check-in says so, a waitlisted or cancelled sign-up is refused. */
export async function checkInSignup(payload: Payload, id: number, method: CheckInMethod, by: number | null): Promise<CheckInResult> {
  const db = drizzleOf(payload)
  const updated = await db.execute(
    sql`update event_signups set state = 'checkedIn', checked_in_at = now(), check_in_method = ${method},
        entered_by_id = coalesce(entered_by_id, ${by}), updated_at = now()
        where id = ${id} and state = 'signedUp' returning id`,
  )
  if (updated.rows.length > 0) return { ok: true, already: false }
  const found = await db.execute(sql`select state from event_signups where id = ${id}`)
  const state = ((found.rows as Row[])[0]?.state as SignupState | undefined) ?? null
  return state === 'checkedIn' ? { ok: true, already: true } : { ok: false, state }
}

/** 候补第几位: the waitlisted ahead of this one, plus one. */
export async function waitlistPosition(payload: Payload, id: number, event: number): Promise<number> {
  const ahead = await drizzleOf(payload).execute(
    sql`select count(*)::int as n from event_signups where event_id = ${event} and state = 'waitlisted' and id < ${id}`,
  )
  return Number((ahead.rows as Row[])[0]?.n ?? 0) + 1
}

/** Places taken (已报名 and 已签到) and waiting, per event. */
export async function eventCounts(payload: Payload, event: number): Promise<{ taken: number; waiting: number; checkedIn: number }> {
  const counts = await drizzleOf(payload).execute(
    sql`select count(*) filter (where state in ('signedUp', 'checkedIn'))::int as taken,
               count(*) filter (where state = 'waitlisted')::int as waiting,
               count(*) filter (where state = 'checkedIn')::int as checked_in
        from event_signups where event_id = ${event}`,
  )
  const row = (counts.rows as Row[])[0] ?? {}
  return { taken: Number(row.taken ?? 0), waiting: Number(row.waiting ?? 0), checkedIn: Number(row.checked_in ?? 0) }
}
