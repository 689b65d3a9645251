import type { Payload } from 'payload'

import { DEMO_EMAIL } from './constants'
import { demoFigures } from './figures'
import { placeholderPortrait } from './portrait'

export interface SeedResult {
  seeded: boolean
  figuresCreated: number
}

/**
 * Demo content for an empty database. The editor account is created last, so an
 * interrupted seed runs again on the next start and only adds what is missing.
 */
export async function seed(payload: Payload, demoPassword: string, log: (line: string) => void): Promise<SeedResult> {
  const users = await payload.count({ collection: 'users' })
  if (users.totalDocs > 0) return { seeded: false, figuresCreated: 0 }

  let figuresCreated = 0
  for (const demo of demoFigures) {
    const existing = await payload.find({
      collection: 'figures',
      where: { slug: { equals: demo.slug } },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (existing.docs.length > 0) continue
    log(`写入示例人物：${demo.data.name}（${demo.data.honourTitle}）`)
    const image = await placeholderPortrait(demo.hue)
    const portrait = await payload.create({
      collection: 'media',
      data: {
        alt: `${demo.data.name}的肖像占位图（示意图，不是本人照片）`,
        caption: '示意图，待替换为本人授权照片',
        credit: '系统生成的占位图',
      },
      file: {
        data: image,
        mimetype: 'image/png',
        name: `${demo.slug}-placeholder.png`,
        size: image.length,
      },
    })
    await payload.create({
      collection: 'figures',
      data: { ...demo.data, portrait: portrait.id, _status: 'published' },
    })
    figuresCreated++
  }

  log(`创建示例编辑账号：${DEMO_EMAIL}`)
  await payload.create({
    collection: 'users',
    data: { email: DEMO_EMAIL, password: demoPassword, name: '示例编辑', role: 'editor' },
  })
  return { seeded: true, figuresCreated }
}
