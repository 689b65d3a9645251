/**
 * The memo of derived documents. A derived document is kept between builds while the
 * document and every related document it looked up (images, areas, facilities, who
 * features it) are the same objects in the snapshot — which replaces an object exactly
 * when it changed (site/loaders/cms.ts). Everything a derivation reads from the snapshot
 * goes through `lookup`, so the memo knows what to compare.
 */
import type { Figure, Media, Place, Street } from '../../contract/payload-types.ts'
import { relationId } from '../../contract/relations.ts'
import { labelOf, PLACE_LEVELS } from '../../contract/vocabulary.ts'
import { NO_RICH_TEXT, type RichText, renderedUploads } from '../lib/richText.ts'
import type { Snapshot } from '../loaders/cms.ts'
import { HERO, responsive } from './images.ts'
import type { AreaRef, ItemRef, SiteImage } from './types.ts'

export { relationId }

export function byNewest<T extends { publishedAt: string; id: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt < b.publishedAt ? 1 : -1))
}

export interface Derived {
  value: unknown
  lookups: [Map<number, unknown>, number, unknown][]
}
const derived = new WeakMap<object, Derived>()
const reverseLinks = new WeakMap<object, Map<number, string>>()

/** Who links to a figure from the other side: the streets and places that feature it, by figure id. */
function featuringOf(snapshot: Snapshot) {
  const featuring = { streets: new Map<number, number[]>(), places: new Map<number, number[]>() }
  for (const kind of ['streets', 'places'] as const) {
    for (const doc of snapshot[kind].values()) {
      for (const value of doc.featuredFigures ?? []) {
        const figureId = relationId(value)
        if (figureId !== null) featuring[kind].set(figureId, [...(featuring[kind].get(figureId) ?? []), doc.id])
      }
    }
  }
  return featuring
}

/**
 * The featuring links as a map updated in place, with plain strings as values, so a
 * memoised figure notices (through its lookup) when a street starts or stops featuring it.
 */
function linkMapOf(snapshot: Snapshot, featuring: ReturnType<typeof featuringOf>): Map<number, string> {
  let links = reverseLinks.get(snapshot)
  if (!links) {
    links = new Map()
    reverseLinks.set(snapshot, links)
  }
  const fresh = new Map<number, string>()
  for (const id of new Set([...featuring.streets.keys(), ...featuring.places.keys()]))
    fresh.set(id, `${featuring.streets.get(id)?.join(',') ?? ''}|${featuring.places.get(id)?.join(',') ?? ''}`)
  for (const id of links.keys()) if (!fresh.has(id)) links.delete(id)
  for (const [id, value] of fresh) links.set(id, value)
  return links
}

/** What every derivation of one snapshot reads through: lookups the memo records, and shared helpers. */
/** `cache`: where derived documents are kept; a preview passes its own, so a draft never lingers in the shared one. */
export function deriver(snapshot: Snapshot, cache: WeakMap<object, Derived> = derived) {
  let lookups: Derived['lookups'] = []
  const lookup = <T>(map: Map<number, T>, value: unknown): T | null => {
    const id = relationId(value)
    if (id === null) return null
    const found = map.get(id) ?? null
    lookups.push([map as Map<number, unknown>, id, found])
    return found
  }
  const memo = <D extends object, T>(doc: D, make: (doc: D) => T): T => {
    const known = cache.get(doc)
    if (known?.lookups.every(([map, id, found]) => (map.get(id) ?? null) === found)) return known.value as T
    lookups = []
    const value = make(doc)
    cache.set(doc, { value, lookups })
    return value
  }
  const media = (value: unknown): Media | null => lookup(snapshot.media, value)
  const areaRef = (value: unknown): AreaRef | null => {
    const area = lookup(snapshot.areas, value)
    return area ? { slug: area.slug ?? String(area.id), name: area.name } : null
  }
  const refs = <T extends { slug?: string | null; id: number }>(
    map: Map<number, T>,
    values: unknown[] | null | undefined,
    show: (doc: T) => Omit<ItemRef, 'slug'>,
  ): ItemRef[] =>
    (values ?? [])
      .map((value) => lookup(map, value))
      .filter((doc): doc is T => doc !== null)
      .map((doc) => ({ slug: doc.slug ?? String(doc.id), ...show(doc) }))
  const featuring = featuringOf(snapshot)
  return {
    snapshot,
    lookup,
    memo,
    media,
    areaName: (value: unknown): string | null => lookup(snapshot.areas, value)?.name ?? null,
    areaRef,
    refs,
    featuring,
    linkMap: linkMapOf(snapshot, featuring),
    /** Rich text as data, its images made servable; the images it shows are added to `images`. */
    richText: (value: unknown, images: SiteImage[]): RichText => {
      if (!value) return NO_RICH_TEXT
      const shown: Record<string, SiteImage> = {}
      for (const item of renderedUploads(value)) {
        const doc = media(item)
        const image = doc ? responsive(doc, HERO) : null
        if (!doc || !image) continue
        images.push(image)
        shown[String(doc.id)] = image
      }
      return { state: value, images: shown }
    },
  }
}

export type Deriver = ReturnType<typeof deriver>

export const streetRef = (doc: Street) => ({ title: doc.name, kicker: doc.officialName })
export const placeRef = (doc: Place) => ({ title: doc.name, kicker: labelOf(PLACE_LEVELS, doc.level ?? '') })
export const figureRef = (doc: Figure) => ({ title: doc.name, kicker: doc.honourTitle })
export const uniqueRefs = (items: ItemRef[]) => [...new Map(items.map((item) => [item.slug, item])).values()]
