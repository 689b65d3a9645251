/**
 * What the server writes on a sign-up, whatever the request sent: the published event's
 * sign-up open (online), the state decided under a row lock on the event — so of thirty
 * parallel sign-ups for ten places exactly ten are 已报名 and the rest 候补 in the order
 * the lock was granted — the 报名码's hash, the contact kept apart, and the purge date.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { SIGNUP_WINDOW_MESSAGES, type SignupChannel, type SignupState } from '../../../contract/events'
import { NOTICE_VERSION, RETENTION_DAYS } from '../../../contract/participation'
import { relationId } from '../../../contract/relations'
import { refuse } from '../../common/refuse'
import { CONTACTS_SLUG } from '../collections/Contacts'
import { after } from '../collections/intake'
import { evidenceOf, gatedCreate, passOf, staffEntryOf } from '../gate/gate'
import { newReceipt, newReference } from '../gate/receipt'
import { type PublishedEvent, publishedEvent } from './published'

/** What a staff endpoint puts in the context when it enters a sign-up for a resident. */
export interface StaffSignup {
  channel: Exclude<SignupChannel, 'online'>
  userId: number
  contact: { contactName?: string; contactPhone?: string }
  /** The 报名码 made for it, for the endpoint to tell the resident. */
  receipt?: string
}

const gated = gatedCreate('events')

/** beforeOperation: a sign-up is made through the gate or by a staff endpoint's entry. */
export const gatedOrStaff: CollectionBeforeOperationHook = (args) => {
  if (args.operation === 'create' && staffEntryOf(args.req)) return args.args
  return gated(args)
}

/** The database of this request's transaction (Payload's own), so the lock is held until the sign-up is saved. */
export async function inTransaction(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}

/** 已报名 while places are left, else 候补: decided after locking the event's row, so parallel sign-ups queue here. */
async function decideState(req: PayloadRequest, event: PublishedEvent): Promise<SignupState> {
  const db = await inTransaction(req)
  await db.execute(sql`select id from events where id = ${event.id} for update`)
  const taken = await db.execute(
    sql`select count(*)::int as n from event_signups where event_id = ${event.id} and state in ('signedUp', 'checkedIn')`,
  )
  const count = Number((taken.rows as { n: number }[])[0]?.n ?? 0)
  return count < event.capacity ? 'signedUp' : 'waitlisted'
}

async function keepContact(req: PayloadRequest, contact: StaffSignup['contact'] | undefined, purgeAt: string) {
  if (!contact?.contactName && !contact?.contactPhone) return null
  const made = await req.payload.create({
    collection: CONTACTS_SLUG,
    data: { ...contact, purgeAt },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return made.id
}

export const fillSignup: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const staff = staffEntryOf(req) as StaffSignup | null
  const pass = passOf(req)
  if (!staff && !pass) throw new Error('an event sign-up without a gate pass or a staff entry')
  const eventId = relationId(data.event)
  const event = eventId === null ? null : await publishedEvent(req.payload, { id: eventId })
  if (!event) throw refuse('没有找到这个活动，可能还没有发布或已经撤下。', 404)
  if (!staff && event.window !== 'open') throw refuse(SIGNUP_WINDOW_MESSAGES[event.window], 409)
  const now = new Date()
  const paper = staff?.channel === 'paper'
  const state: SignupState = paper ? 'checkedIn' : await decideState(req, event)
  const purgeAt = after(
    new Date(Math.max(new Date(event.endsAt).getTime(), now.getTime())),
    RETENTION_DAYS.eventSignupAfterEnd,
  ).toISOString()
  const receipt = pass?.receipt ?? newReceipt(req.payload)
  if (staff) staff.receipt = receipt.code
  return {
    event: event.id,
    place: event.place?.id ?? null,
    volunteer: Boolean(data.volunteer),
    team: data.volunteer ? data.team || null : null,
    reference: newReference('HD', now),
    state,
    channel: staff?.channel ?? 'online',
    receivedAt: now.toISOString(),
    checkedInAt: paper ? now.toISOString() : null,
    checkInMethod: paper ? 'paper' : null,
    enteredBy: staff?.userId ?? null,
    contact: await keepContact(req, staff?.contact ?? evidenceOf(req)?.contact, purgeAt),
    consentVersion: staff ? null : NOTICE_VERSION,
    purgeAt,
    deviceHash: pass?.deviceHash ?? null,
    receiptHash: receipt.hash,
  }
}
