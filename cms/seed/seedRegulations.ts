import type { Payload } from 'payload'
import type { Regulation } from '../../contract/payload-types'
import { demoConvention, demoRegulations, demoReminders } from './regulations'
import type { SeedContext } from './seedContext'

/** The regulations whose official text is still to be pasted: drafts without chapters. */
export async function seedRegulationDrafts({ payload, log, once, exists }: SeedContext): Promise<void> {
  for (const demo of demoRegulations) {
    await once(`regulations:${demo.slug}`, exists('regulations', 'slug', demo.slug), async () => {
      log(`写入示例法规（草稿，待补充正文）：《${demo.title}》`)
      await payload.create({ collection: 'regulations', data: { ...demo, _status: 'draft' }, draft: true })
    })
  }
}

/** The sample convention, published with its chapters and articles. */
export async function seedConvention({ payload, log, once, exists, demoReview, published }: SeedContext): Promise<void> {
  await once(`regulations:${demoConvention.slug}`, exists('regulations', 'slug', demoConvention.slug), async () => {
    log(`写入示例公约：《${demoConvention.title}》`)
    await payload.create({ collection: 'regulations', data: { ...demoConvention, review: demoReview, _status: 'published' }, ...published })
  })
}

async function findConvention(payload: Payload): Promise<Regulation | undefined> {
  const doc = await payload.find({ collection: 'regulations', where: { slug: { equals: demoConvention.slug } }, depth: 0, limit: 1 })
  return doc.docs[0]
}

/** True when there is no convention to remind on, or some article of it already has a reminder. */
async function remindersPresent(payload: Payload): Promise<boolean> {
  const convention = await findConvention(payload)
  return !convention || (convention.chapters ?? []).some((chapter) => (chapter.articles ?? []).some((item) => item.reminder))
}

/** The convention's chapters with the demo reminder set on the articles that have one. */
function withReminders(convention: Regulation) {
  return (convention.chapters ?? []).map((chapter) => ({
    ...chapter,
    articles: (chapter.articles ?? []).map((item) => ({ ...item, reminder: demoReminders[item.number] ?? item.reminder })),
  }))
}

async function addReminders({ payload, log, published }: SeedContext): Promise<void> {
  const convention = await findConvention(payload)
  if (!convention) return
  log('写入示例温馨提示语（公约第四、六、八、十一条）')
  const chapters = withReminders(convention)
  await payload.update({ collection: 'regulations', id: convention.id, data: { chapters, _status: 'published' }, ...published })
}

/** 温馨提示牌: a reminder on some articles of the convention, each printed as a sign. */
export async function seedConventionReminders(seed: SeedContext): Promise<void> {
  await seed.once(
    'convention-reminders',
    () => remindersPresent(seed.payload),
    () => addReminders(seed),
  )
}
