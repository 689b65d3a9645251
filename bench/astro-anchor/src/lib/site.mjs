/** What the pages share: the collections read once, newest first, with areas and images looked up by id. */
import { getCollection } from 'astro:content'

export const PAGE_SIZE = 20

const newestFirst = (entries) => entries.sort((a, b) => (a.data.publishedAt < b.data.publishedAt ? 1 : -1))

let loaded

async function load() {
  const [figures, articles, streets, places, regulations, areas, media, settings] = await Promise.all(
    ['figures', 'articles', 'streets', 'places', 'regulations', 'areas', 'media', 'settings'].map((name) => getCollection(name)),
  )
  const areaById = new Map(areas.map((area) => [area.data.id, area.data]))
  // Each area with everything inside it (itself, its children, theirs …).
  const within = new Map(areas.map((area) => [area.data.id, new Set([area.data.id])]))
  for (const area of areas) {
    for (let parent = area.data.parent, depth = 0; parent && depth < 10; parent = areaById.get(parent)?.parent, depth++)
      within.get(parent)?.add(area.data.id)
  }
  return {
    figures: newestFirst(figures),
    articles: newestFirst(articles),
    streets: newestFirst(streets),
    places: newestFirst(places),
    regulations: newestFirst(regulations),
    areas: areas.map((area) => ({ ...area.data, within: within.get(area.data.id) })),
    areaById,
    mediaById: new Map(media.map((item) => [item.data.id, item.data])),
    settings: settings[0]?.data,
  }
}

export const site = () => {
  loaded ??= load()
  return loaded
}

/** Cards for a list: what each entry shows there. */
export function card(entry, data, kind) {
  const d = entry.data
  const image = data.mediaById.get(d.cover ?? d.portrait) ?? null
  return {
    href: `/${kind}/${d.slug}/`,
    title: d.title ?? d.name,
    kicker: d.column ?? d.honourTitle ?? d.theme ?? d.issuingBody ?? null,
    summary: d.lead ?? d.summary ?? null,
    date: d.publishedAt,
    image,
  }
}
