import { demoHandbook } from './handbooks'
import { paragraphs } from './richText'
import type { SeedContext } from './seedContext'

/** A handbook section's item: a link to the document with that slug. */
async function sectionItem({ idOf }: SeedContext, relationTo: 'regulations' | 'figures' | 'streets' | 'places' | 'articles', slug: string) {
  return { relationTo, value: await idOf(relationTo, 'slug', slug) }
}

function handbookSections(seed: SeedContext) {
  return Promise.all(
    demoHandbook.sections.map(async (section) => ({
      item: await sectionItem(seed, section.collection, section.slug),
      chapters: section.chapters ?? null,
      heading: section.heading ?? null,
    })),
  )
}

async function createHandbook(seed: SeedContext): Promise<void> {
  const { payload, idOf, demoReview, published } = seed
  seed.log(`写入示例手册：《${demoHandbook.title}》`)
  await payload.create({
    collection: 'handbooks',
    data: {
      slug: demoHandbook.slug,
      title: demoHandbook.title,
      subtitle: demoHandbook.subtitle,
      trimSize: 'a5',
      foreword: paragraphs(demoHandbook.foreword),
      sections: await handbookSections(seed),
      area: await idOf('areas', 'name', demoHandbook.area),
      review: demoReview,
      _status: 'published',
    },
    ...published,
  })
}

/** The demo pocket handbook (口袋书), published, linking the convention, figures, streets, places and reports. */
export async function seedHandbook(seed: SeedContext): Promise<void> {
  await seed.once(`handbooks:${demoHandbook.slug}`, seed.exists('handbooks', 'slug', demoHandbook.slug), () => createHandbook(seed))
}
