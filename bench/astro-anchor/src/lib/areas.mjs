/** What each area page shows: per section the newest twelve items within the area (all of the short lists). */
import { card } from './site.mjs'

const SHOWN = 12

export function areaSections(data, area) {
  const inside = (ids) => ids.some((id) => area.within.has(id))
  const section = (heading, kind, items, long) => ({
    heading,
    total: items.length,
    cards: (long ? items.slice(0, SHOWN) : items).map((entry) => card(entry, data, kind)),
  })
  return [
    section(
      '人物',
      'figures',
      data.figures.filter((entry) => inside([entry.data.area])),
      true,
    ),
    section(
      '特色街巷',
      'streets',
      data.streets.filter((entry) => inside([entry.data.area])),
      false,
    ),
    section(
      '文明实践阵地',
      'places',
      data.places.filter((entry) => inside([entry.data.area])),
      false,
    ),
    section(
      '文章',
      'articles',
      data.articles.filter((entry) => inside(entry.data.areas)),
      true,
    ),
    section(
      '法规',
      'regulations',
      data.regulations.filter((entry) => inside([entry.data.area])),
      false,
    ),
  ].filter((entry) => entry.total > 0)
}
