/** Areas: an index of every 街道/镇 and what lies within, and a page per area. */

import type { Card } from '../components/types.ts'
import type { AreaRef, PublicArea } from '../model/types.ts'
import { paths } from '../settings.ts'
import type { AreaProps } from '../views/props.ts'
import { articleCard, figureCard, regulationCard, venueCard } from './cards.ts'
import { type Plan, page } from './keys.ts'

/** How many of a long list an area page shows before linking to the list. */
const SHOWN = 12

const inArea = (refs: (AreaRef | null)[], within: Set<string>) => refs.some((ref) => ref !== null && within.has(ref.slug))

function ancestry(areas: PublicArea[]) {
  const bySlug = new Map(areas.map((area) => [area.slug, area]))
  const ancestors = (area: PublicArea): PublicArea[] => {
    const chain: PublicArea[] = []
    for (let parent = area.parent; parent && chain.length < 10; parent = bySlug.get(parent.slug)?.parent ?? null) {
      const found = bySlug.get(parent.slug)
      if (!found) break
      chain.push(found)
    }
    return chain
  }
  return { rootOf: (area: PublicArea) => ancestors(area).at(-1)?.slug ?? area.slug, depthOf: (area: PublicArea) => ancestors(area).length }
}

function sectionsOf(plan: Plan, area: PublicArea, top: string): AreaProps['sections'] {
  const { figures, streets, places, articles, regulations } = plan.content
  const inside = new Set(area.within)
  // Long lists (figures, articles) show the newest and link to the list filtered by the
  // 街道 or 镇 the area lies in; the others are short and shown whole.
  const section = <T>(heading: string, items: T[], card: (item: T) => Card, list: string | null) => ({
    heading,
    cards: (list ? items.slice(0, SHOWN) : items).map(card),
    total: items.length,
    more: list && items.length > SHOWN ? `${list}area/${top}/` : null,
  })
  return [
    section(
      '人物',
      figures.filter((item) => inArea([item.areaRef], inside)),
      figureCard,
      paths.figures,
    ),
    section(
      '特色街巷',
      streets.filter((item) => inArea([item.areaRef], inside)),
      venueCard,
      null,
    ),
    section(
      '文明实践阵地',
      places.filter((item) => inArea([item.areaRef], inside)),
      venueCard,
      null,
    ),
    section(
      '文章',
      articles.filter((item) => inArea(item.areaRefs, inside)),
      articleCard,
      paths.articles,
    ),
    section(
      '法规',
      regulations.filter((item) => inArea([item.areaRef], inside)),
      regulationCard,
      null,
    ),
  ].filter((entry) => entry.total > 0)
}

export function planAreas(plan: Plan): void {
  const { areas } = plan.content
  const { rootOf, depthOf } = ancestry(areas)
  const areaPages = areas.map((area) => ({ area, sections: sectionsOf(plan, area, rootOf(area)) }))
  plan.add(
    page(paths.areas, 'AreasPage', {
      site: plan.site,
      areas: areaPages.map(({ area, sections }) => ({
        slug: area.slug,
        name: area.name,
        kind: area.kind,
        depth: depthOf(area),
        count: sections.reduce((sum, section) => sum + section.total, 0),
      })),
    }),
  )
  for (const { area, sections } of areaPages) {
    const { id: _id, within: _within, ...visible } = area
    const children = areas.filter((candidate) => candidate.parent?.slug === area.slug).map(({ slug, name }) => ({ slug, name }))
    plan.add(page(paths.area(area.slug), 'AreaPage', { site: plan.site, area: visible, children, sections }))
  }
}
