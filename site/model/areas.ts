import type { Area } from '../../contract/payload-types.ts'
import { AREA_KINDS, labelOf } from '../../contract/vocabulary.ts'
import { relationId } from './derive.ts'
import type { PublicArea } from './types.ts'

/** Areas in district order (街道 and 镇 by name, each followed by what lies within it). */
export function publicAreas(areas: Map<number, Area>): PublicArea[] {
  const slugOf = (area: Area) => area.slug ?? String(area.id)
  const children = new Map<number | null, Area[]>()
  for (const area of areas.values()) {
    const parent = relationId(area.parent)
    const key = parent !== null && areas.has(parent) ? parent : null
    children.set(key, [...(children.get(key) ?? []), area])
  }
  const result: PublicArea[] = []
  const visit = (area: Area, parent: Area | null, seen: Set<number>): string[] => {
    if (seen.has(area.id)) return []
    seen.add(area.id)
    const entry: PublicArea = {
      id: area.id,
      slug: slugOf(area),
      name: area.name,
      kind: labelOf(AREA_KINDS, area.kind),
      description: area.description ?? null,
      parent: parent ? { slug: slugOf(parent), name: parent.name } : null,
      within: [slugOf(area)],
    }
    result.push(entry)
    const below = (children.get(area.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    for (const child of below) entry.within.push(...visit(child, area, seen))
    return entry.within
  }
  const seen = new Set<number>()
  for (const top of (children.get(null) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) visit(top, null, seen)
  return result
}
