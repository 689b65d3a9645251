/**
 * An event's own rules: it ends after it starts, its sign-up closes no later than its end,
 * and its area is its place's (so the area scoping of review, drafts and versions follows
 * the place). Station staff read their own places' events, drafts included.
 */
import {
  type Access,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  type FieldHook,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { relationId } from '../../../contract/relations'
import { publishedOrInArea } from '../../access/publishedOrInArea'
import { hasRole } from '../../access/roles'
import { placesOf } from '../../access/stations'
import { eventCounts } from './transitions'

const published: Where = { _status: { equals: 'published' } }
const inArea = publishedOrInArea('area')

/** Public: published events; office staff all; a community worker their area's drafts; station staff their places' drafts. */
export const eventsRead: Access = (args) => {
  if (!hasRole(args.req.user, 'station')) return inArea(args)
  const places = placesOf(args.req.user)
  return places.length > 0 ? { or: [published, { place: { in: places } }] } : published
}

const wrong = (req: PayloadRequest, path: string, message: string) =>
  new ValidationError({ collection: 'events', errors: [{ path, message }], req }, req.t)

const time = (value: unknown) => (typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : Number.NaN)

export const checkEvent: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  const starts = time(merged.startsAt)
  const ends = time(merged.endsAt)
  if (Number.isFinite(starts) && Number.isFinite(ends) && ends <= starts) throw wrong(req, 'endsAt', '结束时间应晚于开始时间。')
  const closes = time(merged.signupClosesAt)
  if (Number.isFinite(closes) && Number.isFinite(ends) && closes > ends)
    throw wrong(req, 'signupClosesAt', '报名截止时间不能晚于活动结束时间。')
  const opens = time(merged.signupOpensAt)
  if (Number.isFinite(opens) && Number.isFinite(closes) && opens >= closes)
    throw wrong(req, 'signupOpensAt', '报名开始时间应早于报名截止时间。')
  const placeId = relationId(merged.place)
  if (placeId === null) return data
  const place = await req.payload.findByID({ collection: 'places', id: placeId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!place) throw wrong(req, 'place', '所选的活动地点不存在，请重新选择。')
  return { ...data, area: relationId(place.area) }
}

/** afterRead of the virtual placesTaken: counted now (a version or a draft counts its event's sign-ups too). */
export const countPlacesTaken: FieldHook = async ({ data, req }) => {
  const id = Number(data?.parent ?? data?.id)
  return Number.isInteger(id) && id > 0 ? (await eventCounts(req.payload, id)).taken : 0
}

/** A deleted event (never published, or taken offline first) takes its sign-ups, and so their contacts, with it. */
export const forgetSignups: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'event-signups', where: { event: { equals: id } }, req, overrideAccess: true })
}
