/**
 * 活动 as the public reads them: published events that have not ended when the site is
 * built (a scheduled rebuild at each end time takes an ended one off, see
 * cms/participation/events/attendance.ts `eventTimes`), soonest first, each with its
 * place resolved against the published places and the places left as of the build.
 */
import { EVENT_KINDS, eventTimeText, labelOf } from '../../contract/events.ts'
import type { Event } from '../../contract/payload-types.ts'
import type { Snapshot } from '../loaders/cms.ts'
import type { Deriver } from './derive.ts'
import { CARD, HERO, responsive } from './images.ts'
import type { PublicEvent, PublicVenue } from './types.ts'

function publicEvent(d: Deriver, doc: Event, places: Map<number, PublicVenue>): PublicEvent {
  // Through the memo's lookup, so a renamed or moved place re-derives the event.
  const placeDoc = d.lookup(d.snapshot.places, doc.place)
  const place = placeDoc ? places.get(placeDoc.id) : undefined
  const coverDoc = d.media(doc.cover)
  const cover = coverDoc ? responsive(coverDoc, HERO) : null
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    kind: labelOf(EVENT_KINDS, doc.kind),
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeText: eventTimeText(doc.startsAt, doc.endsAt),
    summary: doc.summary,
    body: doc.body?.trim() || null,
    capacity: doc.capacity,
    placesLeft: Math.max(0, doc.capacity - (doc.placesTaken ?? 0)),
    place: place
      ? {
          name: place.name,
          slug: place.slug,
          address: place.location.address,
          area: place.area,
          lat: place.location.lat,
          lng: place.location.lng,
        }
      : null,
    cover,
    card: coverDoc ? (responsive(coverDoc, CARD) ?? cover) : null,
    updatedAt: doc.updatedAt,
  }
}

/** The events still to come or under way at `now`, soonest first. */
export function publicEvents(d: Deriver, snapshot: Snapshot, places: Map<number, PublicVenue>, now = new Date()): PublicEvent[] {
  return [...snapshot.events.values()]
    .filter((doc) => new Date(doc.endsAt) > now)
    .map((doc) => d.memo(doc, (item) => publicEvent(d, item, places)))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id)
}
