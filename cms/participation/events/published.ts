/**
 * An event as residents sign up to it: its published version only (an editor's unreviewed
 * draft never changes the capacity or the dates residents are held to), with its place.
 */
import type { Payload } from 'payload'

import { eventHours, type SignupWindow, signupWindow } from '../../../contract/events'
import type { Event, Place } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { publishedDocs, type Which, whereWhich } from '../published'

export interface PublishedEvent {
  id: number
  slug: string
  title: string
  startsAt: string
  endsAt: string
  capacity: number
  hours: number
  place: { id: number; name: string; address: string } | null
  signupOpensAt: string | null
  signupClosesAt: string | null
  window: SignupWindow
}

function published(doc: Event, now: Date): PublishedEvent {
  const place = typeof doc.place === 'object' && doc.place ? (doc.place as Place) : null
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    capacity: doc.capacity,
    hours: doc.hours ?? eventHours(doc.startsAt, doc.endsAt),
    place: place ? { id: place.id, name: place.name, address: place.location?.address ?? '' } : null,
    signupOpensAt: doc.signupOpensAt ?? null,
    signupClosesAt: doc.signupClosesAt ?? null,
    window: signupWindow(doc, now),
  }
}

/** The published event with this slug (or id), with its place; null when there is none. */
export async function publishedEvent(payload: Payload, by: Which, now = new Date()) {
  const [doc] = await publishedDocs(payload, 'events', whereWhich(by), 1, 1)
  return doc ? published(doc, now) : null
}

/** The place id of an event, published or not (staff scoping). */
export async function placeOfEvent(payload: Payload, id: number): Promise<number | null> {
  const doc = await payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: true, disableErrors: true })
  return doc ? relationId(doc.place) : null
}
