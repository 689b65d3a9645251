import { demoAreas } from './areas'
import type { SeedContext } from './seedContext'

/** The areas, each after its parent (the list is in that order). */
export async function seedAreas({ payload, once, exists, idOf }: SeedContext): Promise<void> {
  for (const area of demoAreas) {
    await once(`areas:${area.name}`, exists('areas', 'name', area.name), async () => {
      const parent = area.parent ? await idOf('areas', 'name', area.parent) : undefined
      await payload.create({ collection: 'areas', data: { name: area.name, kind: area.kind, parent } })
    })
  }
}
