import { type DemoArticle, demoArticles } from './articles'
import { paragraphs } from './richText'
import type { SeedContext } from './seedContext'

async function createArticle({ payload, log, idOf, demoReview, published }: SeedContext, demo: DemoArticle): Promise<void> {
  log(`写入示例文章：${demo.title}`)
  await payload.create({
    collection: 'articles',
    data: {
      slug: demo.slug,
      title: demo.title,
      lead: demo.lead,
      column: demo.column,
      source: '杏花岭区创城办',
      body: paragraphs(demo.paragraphs),
      areas: await Promise.all(demo.areaNames.map((name) => idOf('areas', 'name', name))),
      review: demoReview,
      _status: 'published',
    },
    ...published,
  })
}

/** The reports, published. */
export async function seedArticles(seed: SeedContext): Promise<void> {
  for (const demo of demoArticles) {
    await seed.once(`articles:${demo.slug}`, seed.exists('articles', 'slug', demo.slug), () => createArticle(seed, demo))
  }
}
