import type { CollectionSlug, Payload } from 'payload'
import { WORKFLOW_CONTEXT } from '../common/requestContext'
import { demoAreas } from './areas'
import { demoArticles } from './articles'
import { DEMO_ACCOUNTS } from './constants'
import { demoFigures } from './figures'
import { demoHandbook } from './handbooks'
import { demoFacilities, demoPlaces, demoStreets } from './places'
import { placeholderPortrait } from './portrait'
import { demoConvention, demoRegulations, demoReminders } from './regulations'
import { paragraphs } from './richText'
import { demoSensitiveWords } from './sensitiveWords'

export interface SeedResult {
  created: number
}

type Log = (line: string) => void

/**
 * Demo content, each item written at most once: a marker in Payload's key-value store
 * records it, so a second start adds nothing and an item an editor deleted stays deleted.
 */
export async function seed(payload: Payload, demoPassword: string, log: Log): Promise<SeedResult> {
  let created = 0
  const once = async (key: string, exists: () => Promise<boolean>, create: () => Promise<void>) => {
    const marker = `seed:${key}`
    if (await payload.kv.has(marker)) return
    if (!(await exists())) {
      await create()
      created++
    }
    await payload.kv.set(marker, true)
  }
  const findId = async (collection: CollectionSlug, field: string, value: string): Promise<number | null> => {
    const result = await payload.find({ collection, where: { [field]: { equals: value } }, draft: true, limit: 1, depth: 0 })
    const doc = result.docs[0] as { id: number } | undefined
    return doc ? doc.id : null
  }
  const idOf = async (collection: CollectionSlug, field: string, value: string): Promise<number> => {
    const id = await findId(collection, field, value)
    if (id === null) throw new Error(`seed: ${collection} “${value}” is missing`)
    return id
  }
  const exists = (collection: CollectionSlug, field: string, value: string) => async () => (await findId(collection, field, value)) !== null
  // Demo content goes live as if reviewed; the history says where it came from.
  const demoReview = {
    state: 'published' as const,
    history: [
      { at: new Date().toISOString(), byName: '示例数据', decision: 'publish' as const, reason: '示例内容，依据杏花岭区创城办供稿的报道' },
    ],
  }
  const published = { context: { [WORKFLOW_CONTEXT]: true } }

  for (const area of demoAreas) {
    await once(`areas:${area.name}`, exists('areas', 'name', area.name), async () => {
      const parent = area.parent ? await idOf('areas', 'name', area.parent) : undefined
      await payload.create({ collection: 'areas', data: { name: area.name, kind: area.kind, parent } })
    })
  }
  for (const name of demoFacilities) {
    await once(`facilities:${name}`, exists('facilities', 'name', name), async () => {
      await payload.create({ collection: 'facilities', data: { name } })
    })
  }

  for (const demo of demoFigures) {
    await once(`figures:${demo.slug}`, exists('figures', 'slug', demo.slug), async () => {
      log(`写入示例人物：${demo.data.name}（${demo.data.honourTitle}）`)
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
      await payload.create({
        collection: 'figures',
        data: {
          ...demo.data,
          area: await idOf('areas', 'name', demo.area),
          portrait: portrait.id,
          review: demoReview,
          _status: 'published',
        },
        ...published,
      })
    })
  }

  for (const demo of demoStreets) {
    await once(`streets:${demo.slug}`, exists('streets', 'slug', demo.slug), async () => {
      log(`写入示例特色街巷：${demo.data.name}（${demo.data.officialName}）`)
      await payload.create({
        collection: 'streets',
        data: { ...demo.data, area: await idOf('areas', 'name', demo.area), review: demoReview, _status: 'published' },
        ...published,
      })
    })
  }

  for (const demo of demoPlaces) {
    await once(`places:${demo.slug}`, exists('places', 'slug', demo.slug), async () => {
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
    })
  }

  for (const demo of demoArticles) {
    await once(`articles:${demo.slug}`, exists('articles', 'slug', demo.slug), async () => {
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
    })
  }

  for (const demo of demoRegulations) {
    await once(`regulations:${demo.slug}`, exists('regulations', 'slug', demo.slug), async () => {
      log(`写入示例法规（草稿，待补充正文）：《${demo.title}》`)
      await payload.create({ collection: 'regulations', data: { ...demo, _status: 'draft' }, draft: true })
    })
  }

  await once(`regulations:${demoConvention.slug}`, exists('regulations', 'slug', demoConvention.slug), async () => {
    log(`写入示例公约：《${demoConvention.title}》`)
    await payload.create({ collection: 'regulations', data: { ...demoConvention, review: demoReview, _status: 'published' }, ...published })
  })

  // 温馨提示牌: a reminder on some articles of the convention, each printed as a sign.
  await once(
    'convention-reminders',
    async () => {
      const doc = await payload.find({ collection: 'regulations', where: { slug: { equals: demoConvention.slug } }, depth: 0, limit: 1 })
      const convention = doc.docs[0]
      return !convention || (convention.chapters ?? []).some((chapter) => (chapter.articles ?? []).some((item) => item.reminder))
    },
    async () => {
      const doc = await payload.find({ collection: 'regulations', where: { slug: { equals: demoConvention.slug } }, depth: 0, limit: 1 })
      const convention = doc.docs[0]
      if (!convention) return
      log('写入示例温馨提示语（公约第四、六、八、十一条）')
      const chapters = (convention.chapters ?? []).map((chapter) => ({
        ...chapter,
        articles: (chapter.articles ?? []).map((item) => ({ ...item, reminder: demoReminders[item.number] ?? item.reminder })),
      }))
      await payload.update({ collection: 'regulations', id: convention.id, data: { chapters, _status: 'published' }, ...published })
    },
  )

  await once(`handbooks:${demoHandbook.slug}`, exists('handbooks', 'slug', demoHandbook.slug), async () => {
    log(`写入示例手册：《${demoHandbook.title}》`)
    const item = async (relationTo: 'regulations' | 'figures' | 'streets' | 'places' | 'articles', slug: string) => ({
      relationTo,
      value: await idOf(relationTo, 'slug', slug),
    })
    await payload.create({
      collection: 'handbooks',
      data: {
        slug: demoHandbook.slug,
        title: demoHandbook.title,
        subtitle: demoHandbook.subtitle,
        trimSize: 'a5',
        foreword: paragraphs(demoHandbook.foreword),
        sections: await Promise.all(
          demoHandbook.sections.map(async (section) => ({
            item: await item(section.collection, section.slug),
            chapters: section.chapters ?? null,
            heading: section.heading ?? null,
          })),
        ),
        area: await idOf('areas', 'name', demoHandbook.area),
        review: demoReview,
        _status: 'published',
      },
      ...published,
    })
  })

  await once(
    'site-settings',
    async () => Boolean((await payload.findGlobal({ slug: 'site-settings' })).publicServiceAd?.text),
    async () => {
      // Filing numbers are an operator's to fill in; the demo marks its placeholders as such.
      await payload.updateGlobal({
        slug: 'site-settings',
        data: {
          icp: '晋ICP备00000000号（示例）',
          psb: '晋公网安备14010702000000号（示例）',
          siteCode: '1401070000（示例）',
          publicServiceAd: { text: '讲文明 树新风 共建锦绣杏花岭', link: '/places/' },
        },
      })
    },
  )

  await once(
    'sensitive-words',
    async () => ((await payload.findGlobal({ slug: 'sensitive-words' })).entries?.length ?? 0) > 0,
    async () => {
      await payload.updateGlobal({ slug: 'sensitive-words', data: { entries: demoSensitiveWords } })
    },
  )

  for (const account of DEMO_ACCOUNTS) {
    await once(`users:${account.email}`, exists('users', 'email', account.email), async () => {
      log(`创建示例账号：${account.email}（${account.name}）`)
      const { area, ...user } = account
      await payload.create({
        collection: 'users',
        data: { ...user, password: demoPassword, area: area ? await idOf('areas', 'name', area) : undefined },
      })
    })
  }
  return { created }
}
