/**
 * 文明课单 as the public reads them: a published 课单 with its published place (an item
 * whose place is not published is left off the menu: there is nowhere to send the
 * resident), its kind in words and its booking rules.
 */
import type { ServiceItem } from '../../contract/payload-types.ts'
import { SERVICE_KINDS } from '../../contract/services.ts'
import type { Deriver } from './derive.ts'
import type { PublicServiceItem } from './types.ts'

export function publicServiceItem(d: Deriver, doc: ServiceItem): PublicServiceItem | null {
  const place = d.lookup(d.snapshot.places, doc.place)
  if (!place) return null
  return {
    id: doc.id,
    slug: doc.slug ?? String(doc.id),
    title: doc.title,
    kind: SERVICE_KINDS.find(({ value }) => value === doc.kind)?.label ?? '',
    summary: doc.summary,
    duration: doc.duration,
    capacity: doc.capacity,
    leadDays: doc.booking?.leadDays ?? 0,
    bookableFrom: doc.booking?.from ?? null,
    bookableUntil: doc.booking?.until ?? null,
    bookingNote: doc.booking?.note?.trim() || null,
    place: { id: place.id, slug: place.slug ?? String(place.id), name: place.name, address: place.location?.address ?? null },
    area: d.areaName(doc.area),
    updatedAt: doc.updatedAt,
  }
}

/** By place, then title: the menu reads station by station. */
export const byPlace = (items: PublicServiceItem[]) =>
  [...items].sort((a, b) => a.place.name.localeCompare(b.place.name, 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN'))
