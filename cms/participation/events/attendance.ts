/**
 * Plain data about events for the print studio, the 台账 and the lead's timed rebuild:
 * an event's attendance (counts, and who signed up, names masked), the volunteer hours
 * ledger (from checked-in volunteers, per person and per team), and the end times still
 * to come. No layout here: the callers lay it out.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

import {
  CHECKIN_METHODS,
  EVENT_KINDS,
  eventHours,
  labelOf,
  SIGNUP_CHANNELS,
  SIGNUP_STATES,
  type SignupState,
} from '../../../contract/events'
import type { Event, EventSignup, Place } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { maskName, maskPhone } from '../collections/Contacts'

interface Contact {
  name: string
  phone: string
}

/** The contacts behind sign-ups, read directly (the collection's hooks mask lists; callers decide what to show). */
async function contactsOf(payload: Payload, ids: number[]): Promise<Map<number, Contact>> {
  if (ids.length === 0) return new Map()
  const found = await (payload.db as unknown as PostgresAdapter).drizzle.execute(
    sql`select id, contact_name, contact_phone from participation_contacts where id = any(${`{${ids.map(Number).join(',')}}`}::int[])`,
  )
  const rows = found.rows as { id: number; contact_name: string | null; contact_phone: string | null }[]
  return new Map(rows.map((row) => [Number(row.id), { name: row.contact_name ?? '', phone: row.contact_phone ?? '' }]))
}

export interface AttendancePerson {
  reference: string
  state: SignupState
  stateLabel: string
  channel: string
  volunteer: boolean
  team: string | null
  /** Masked (王**), for a sign-in sheet; empty when none was left. */
  name: string
  checkedInAt: string | null
  checkInMethod: string | null
}

export interface EventAttendance {
  event: { id: number; title: string; startsAt: string; endsAt: string; capacity: number; place: string; address: string }
  counts: Record<SignupState, number> & { byMethod: Record<string, number> }
  people: AttendancePerson[]
}

/** One event's sign-ups and attendance counts (any state of the event; null when there is no such event). */
export async function eventAttendance(payload: Payload, eventId: number): Promise<EventAttendance | null> {
  const event = (await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })) as Event | null
  if (!event) return null
  const place = typeof event.place === 'object' ? (event.place as Place) : null
  const { docs } = await payload.find({
    collection: 'event-signups',
    where: { event: { equals: eventId } },
    pagination: false,
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  const contacts = await contactsOf(
    payload,
    docs.map((doc) => relationId(doc.contact)).filter((id): id is number => id !== null),
  )
  const counts = { signedUp: 0, waitlisted: 0, cancelled: 0, checkedIn: 0, byMethod: {} as Record<string, number> }
  const people = docs.map((doc: EventSignup): AttendancePerson => {
    counts[doc.state] += 1
    if (doc.checkInMethod) counts.byMethod[doc.checkInMethod] = (counts.byMethod[doc.checkInMethod] ?? 0) + 1
    const contact = contacts.get(relationId(doc.contact) ?? 0)
    return {
      reference: doc.reference ?? '',
      state: doc.state,
      stateLabel: labelOf(SIGNUP_STATES, doc.state),
      channel: labelOf(SIGNUP_CHANNELS, doc.channel),
      volunteer: Boolean(doc.volunteer),
      team: doc.team ?? null,
      name: contact?.name ? maskName(contact.name) : '',
      checkedInAt: doc.checkedInAt ?? null,
      checkInMethod: doc.checkInMethod ? labelOf(CHECKIN_METHODS, doc.checkInMethod) : null,
    }
  })
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      capacity: event.capacity,
      place: place?.name ?? '',
      address: place?.location?.address ?? '',
    },
    counts,
    people,
  }
}

export interface HoursEntry {
  name: string
  phone: string
  team: string
  event: string
  kind: string
  place: string
  startsAt: string
  endsAt: string
  hours: number
  reference: string
}

export interface HoursLedger {
  entries: HoursEntry[]
  people: { name: string; phone: string; team: string; events: number; hours: number }[]
  teams: { team: string; people: number; events: number; hours: number }[]
}

export interface HoursFilter {
  place?: number | null
  /** Events starting at or after / before these moments. */
  from?: Date | null
  to?: Date | null
  /** Names and phones in full (for a volunteer system's import) or masked. */
  unmasked?: boolean
}

async function eventsIn(payload: Payload, { place, from, to }: HoursFilter) {
  const where: Where[] = []
  if (place) where.push({ place: { equals: place } })
  if (from) where.push({ startsAt: { greater_than_equal: from.toISOString() } })
  if (to) where.push({ startsAt: { less_than: to.toISOString() } })
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: where },
    pagination: false,
    depth: 1,
    overrideAccess: true,
    sort: 'startsAt',
  })
  return docs
}

const round = (hours: number) => Math.round(hours * 10) / 10

/** Volunteer hours from checked-in volunteers of the events that match: one entry per attendance, totals per person and team. */
export async function hoursLedger(payload: Payload, filter: HoursFilter = {}): Promise<HoursLedger> {
  const events = await eventsIn(payload, filter)
  const byId = new Map(events.map((event) => [event.id, event]))
  const { docs } = await payload.find({
    collection: 'event-signups',
    where: { and: [{ event: { in: [...byId.keys(), 0] } }, { state: { equals: 'checkedIn' } }, { volunteer: { equals: true } }] },
    pagination: false,
    sort: 'id',
    depth: 0,
    overrideAccess: true,
  })
  const contacts = await contactsOf(
    payload,
    docs.map((doc) => relationId(doc.contact)).filter((id): id is number => id !== null),
  )
  const entries: HoursEntry[] = []
  for (const doc of docs) {
    const event = byId.get(relationId(doc.event) ?? 0)
    const contact = contacts.get(relationId(doc.contact) ?? 0)
    // A purged sign-up has no one to credit: its attendance still counts, its hours cannot be exported to a person.
    if (!event || !contact) continue
    const place = typeof event.place === 'object' ? (event.place as Place) : null
    entries.push({
      name: filter.unmasked ? contact.name : maskName(contact.name),
      phone: filter.unmasked ? contact.phone : maskPhone(contact.phone),
      team: doc.team ?? '',
      event: event.title,
      kind: labelOf(EVENT_KINDS, event.kind),
      place: place?.name ?? '',
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      hours: event.hours ?? eventHours(event.startsAt, event.endsAt),
      reference: doc.reference ?? '',
    })
  }
  return { entries, ...totals(entries) }
}

function totals(entries: HoursEntry[]): Omit<HoursLedger, 'entries'> {
  const people = new Map<string, HoursLedger['people'][number]>()
  const teams = new Map<string, { team: string; people: Set<string>; events: number; hours: number }>()
  for (const entry of entries) {
    const key = `${entry.name}\u0000${entry.phone}`
    const person = people.get(key) ?? { name: entry.name, phone: entry.phone, team: entry.team, events: 0, hours: 0 }
    person.events += 1
    person.hours = round(person.hours + entry.hours)
    people.set(key, person)
    if (!entry.team) continue
    const team = teams.get(entry.team) ?? { team: entry.team, people: new Set<string>(), events: 0, hours: 0 }
    team.people.add(key)
    team.events += 1
    team.hours = round(team.hours + entry.hours)
    teams.set(entry.team, team)
  }
  return {
    people: [...people.values()],
    teams: [...teams.values()].map(({ team, people: members, events, hours }) => ({ team, people: members.size, events, hours })),
  }
}

/** The end times still to come of published events: when the site must be rebuilt so an ended event leaves it. */
export async function eventTimes(payload: Payload, now = new Date()): Promise<Date[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ _status: { equals: 'published' } }, { endsAt: { greater_than: now.toISOString() } }] },
    draft: false,
    pagination: false,
    depth: 0,
    select: { endsAt: true },
    sort: 'endsAt',
    overrideAccess: true,
  })
  return docs.map((doc) => new Date(doc.endsAt))
}

/** Sign-ups past their purge date forget their 报名码 and device (their contact goes with the contacts' own purge date); the state stays for the counts. */
export async function forgetSignupTraces(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.update({
    collection: 'event-signups',
    where: {
      and: [
        { purgeAt: { less_than: now.toISOString() } },
        { or: [{ receiptHash: { exists: true } }, { deviceHash: { exists: true } }, { contact: { exists: true } }] },
      ],
    },
    data: { receiptHash: null, deviceHash: null, contact: null },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}
