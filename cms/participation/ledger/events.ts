/**
 * The 台账's events and volunteer hours for one place and month, in four bounded queries
 * whatever the month holds: the published events that started in the month (the fields the
 * file prints), their covers, the sign-ups counted by event and state in one grouped query,
 * and the checked-in volunteers with their names in one join. Names leave here masked
 * (王**); a volunteer whose contact was purged still counts, on the team's own line.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { config } from '../../../contract/config'
import { eventHours } from '../../../contract/events'
import { maskName } from '../../../contract/masks'
import type { Event, Media } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { SERVICE_PRINT_LIMITS, type ServiceLedgerInput } from '../../../contract/servicePrint'
import type { LedgerMonth } from './month'

type LedgerEvents = Pick<ServiceLedgerInput, 'events' | 'hours'>
type Row = Record<string, unknown>

const NO_TEAM = '未注明队伍'
const round = (hours: number) => Math.round(hours * 10) / 10
const idList = (ids: number[]) => `{${ids.map(Number).join(',')}}`

async function eventsIn(payload: Payload, place: number, { from, to }: LedgerMonth): Promise<Event[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: {
      and: [
        { place: { equals: place } },
        { _status: { equals: 'published' } },
        { startsAt: { greater_than_equal: from.toISOString() } },
        { startsAt: { less_than: to.toISOString() } },
      ],
    },
    select: { title: true, startsAt: true, endsAt: true, capacity: true, hours: true, cover: true },
    draft: false,
    sort: 'startsAt',
    limit: SERVICE_PRINT_LIMITS.ledgerEvents,
    depth: 0,
    overrideAccess: true,
  })
  return docs as Event[]
}

/** The covers as the printer fetches them: the original file on the CMS (the layout prepares it for its box). */
async function coversOf(payload: Payload, events: Event[]): Promise<Map<number, ServiceLedgerInput['events'][number]['photos']>> {
  const ids = [...new Set(events.map((event) => relationId(event.cover)).filter((id): id is number => id !== null))]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { url: true, alt: true, width: true, height: true, updatedAt: true, mimeType: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const origin = config().cmsUrl
  const photo = (media: Media) => ({
    sourceUrl: new URL(media.url ?? '', `${origin}/`).toString(),
    alt: (media.alt ?? '').slice(0, SERVICE_PRINT_LIMITS.short),
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    version: `${media.id}:${media.updatedAt}`,
  })
  const usable = (docs as Media[]).filter((media) => media.url && media.mimeType?.startsWith('image/'))
  return new Map(usable.map((media) => [media.id, [photo(media)]]))
}

const db = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/** Sign-ups by event and state, volunteers checked in apart: one grouped query. */
async function countsOf(payload: Payload, ids: number[]) {
  const found = await db(payload).execute(
    sql`select event_id, state::text as state, count(*)::int as n,
          count(*) filter (where state = 'checkedIn' and volunteer)::int as volunteers
        from event_signups where event_id = any(${idList(ids)}::int[]) group by event_id, state`,
  )
  const counts = new Map<number, { signedUp: number; waitlisted: number; attended: number; volunteers: number }>()
  for (const row of found.rows as Row[]) {
    const id = Number(row.event_id)
    const count = counts.get(id) ?? { signedUp: 0, waitlisted: 0, attended: 0, volunteers: 0 }
    const n = Number(row.n)
    if (row.state === 'signedUp' || row.state === 'checkedIn') count.signedUp += n
    if (row.state === 'waitlisted') count.waitlisted += n
    if (row.state === 'checkedIn') count.attended += n
    count.volunteers += Number(row.volunteers)
    counts.set(id, count)
  }
  return counts
}

/** Hours per volunteer (masked) and team: the checked-in volunteers with their names, in one join. */
async function hoursOf(payload: Payload, ids: number[], hoursById: Map<number, number>): Promise<LedgerEvents['hours']> {
  const found = await db(payload).execute(
    sql`select s.event_id, s.team, c.contact_name as name, c.contact_phone as phone
        from event_signups s left join participation_contacts c on c.id = s.contact_id
        where s.event_id = any(${idList(ids)}::int[]) and s.state = 'checkedIn' and s.volunteer
        order by s.team, s.id`,
  )
  const lines = new Map<string, LedgerEvents['hours'][number]>()
  for (const row of found.rows as Row[]) {
    const team = String(row.team ?? '').trim() || NO_TEAM
    const name = String(row.name ?? '').trim()
    const key = `${team}\u0000${name}\u0000${row.phone ?? ''}`
    const line = lines.get(key) ?? {
      team: team.slice(0, SERVICE_PRINT_LIMITS.short),
      person: name ? maskName(name) : null,
      events: 0,
      hours: 0,
    }
    line.events += 1
    line.hours = round(line.hours + (hoursById.get(Number(row.event_id)) ?? 0))
    lines.set(key, line)
  }
  return [...lines.values()].slice(0, SERVICE_PRINT_LIMITS.ledgerHours)
}

/** The month's published events at `place` with attendance and covers, and the volunteer hours they gave. */
export async function ledgerEvents(payload: Payload, place: number, month: LedgerMonth, placeName: string): Promise<LedgerEvents> {
  const events = await eventsIn(payload, place, month)
  if (events.length === 0) return { events: [], hours: [] }
  const ids = events.map((event) => event.id)
  const hoursById = new Map(events.map((event) => [event.id, event.hours ?? eventHours(event.startsAt, event.endsAt)]))
  const [covers, counts, hours] = await Promise.all([coversOf(payload, events), countsOf(payload, ids), hoursOf(payload, ids, hoursById)])
  return {
    events: events.map((event) => {
      const count = counts.get(event.id) ?? { signedUp: 0, waitlisted: 0, attended: 0, volunteers: 0 }
      return {
        title: event.title.slice(0, SERVICE_PRINT_LIMITS.short),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        place: placeName,
        capacity: Math.min(event.capacity, SERVICE_PRINT_LIMITS.signInPlaces),
        signedUp: count.signedUp,
        waitlisted: count.waitlisted,
        attended: count.attended,
        hours: round(count.volunteers * (hoursById.get(event.id) ?? 0)),
        photos: covers.get(relationId(event.cover) ?? 0) ?? [],
      }
    }),
    hours,
  }
}
