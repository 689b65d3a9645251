import { type DemoPlace, type DemoStreet, demoFacilities, demoPlaces, demoStreets } from './places'
import type { SeedContext } from './seedContext'

/** The facilities a place can list (座椅, 凉亭 …). */
export async function seedFacilities({ payload, once, exists }: SeedContext): Promise<void> {
  for (const name of demoFacilities) {
    await once(`facilities:${name}`, exists('facilities', 'name', name), async () => {
      await payload.create({ collection: 'facilities', data: { name } })
    })
  }
}

async function createStreet({ payload, log, idOf, demoReview, published }: SeedContext, demo: DemoStreet): Promise<void> {
  log(`写入示例特色街巷：${demo.data.name}（${demo.data.officialName}）`)
  await payload.create({
    collection: 'streets',
    data: { ...demo.data, area: await idOf('areas', 'name', demo.area), review: demoReview, _status: 'published' },
    ...published,
  })
}

/** The themed streets (特色街巷), published. */
export async function seedStreets(seed: SeedContext): Promise<void> {
  for (const demo of demoStreets) {
    await seed.once(`streets:${demo.slug}`, seed.exists('streets', 'slug', demo.slug), () => createStreet(seed, demo))
  }
}

async function createPlace({ payload, log, idOf, demoReview, published }: SeedContext, demo: DemoPlace): Promise<void> {
  log(`写入示例文明实践阵地：${demo.data.name}`)
  await payload.create({
    collection: 'places',
    data: {
      ...demo.data,
      area: await idOf('areas', 'name', demo.area),
      facilities: await Promise.all(demo.facilities.map((name) => idOf('facilities', 'name', name))),
      featuredFigures: await Promise.all(demo.figures.map((slug) => idOf('figures', 'slug', slug))),
      review: demoReview,
      _status: 'published',
    },
    ...published,
  })
}

/** The civilisation practice places (文明实践阵地), published, with their facilities and figures. */
export async function seedPlaces(seed: SeedContext): Promise<void> {
  for (const demo of demoPlaces) {
    await seed.once(`places:${demo.slug}`, seed.exists('places', 'slug', demo.slug), () => createPlace(seed, demo))
  }
}
