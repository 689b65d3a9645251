import { type DemoFigure, demoFigures } from './figures'
import { placeholderPortrait } from './portrait'
import type { SeedContext } from './seedContext'

/** A generated placeholder portrait for a figure, plainly labelled as not the person's photo. */
async function createPortrait({ payload }: SeedContext, demo: DemoFigure): Promise<number> {
  const image = await placeholderPortrait(demo.hue)
  const portrait = await payload.create({
    collection: 'media',
    data: {
      alt: `${demo.data.name}的肖像占位图（示意图，不是本人照片）`,
      caption: '示意图，待替换为本人授权照片',
      credit: '系统生成的占位图',
    },
    file: { data: image, mimetype: 'image/png', name: `${demo.slug}-placeholder.png`, size: image.length },
  })
  return portrait.id
}

async function createFigure(seed: SeedContext, demo: DemoFigure): Promise<void> {
  const { payload, idOf, demoReview, published } = seed
  seed.log(`写入示例人物：${demo.data.name}（${demo.data.honourTitle}）`)
  const portrait = await createPortrait(seed, demo)
  await payload.create({
    collection: 'figures',
    data: {
      ...demo.data,
      area: await idOf('areas', 'name', demo.area),
      portrait,
      review: demoReview,
      _status: 'published',
    },
    ...published,
  })
}

/** The model citizens, published, each with a placeholder portrait. */
export async function seedFigures(seed: SeedContext): Promise<void> {
  for (const demo of demoFigures) {
    await seed.once(`figures:${demo.slug}`, seed.exists('figures', 'slug', demo.slug), () => createFigure(seed, demo))
  }
}
