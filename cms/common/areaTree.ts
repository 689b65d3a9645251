import type { Payload } from 'payload'

import { relationId } from '../../contract/relations'

/** The areas under `root` (itself included), following each area's parent. */
export async function areasUnder(payload: Payload, root: number): Promise<Set<number>> {
  const { docs } = await payload.find({ collection: 'areas', pagination: false, depth: 0, select: { parent: true }, overrideAccess: true })
  const under = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const area of docs) {
      const parent = relationId(area.parent)
      if (parent !== null && under.has(parent) && !under.has(area.id)) {
        under.add(area.id)
        grew = true
      }
    }
  }
  return under
}
