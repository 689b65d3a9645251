/**
 * Synthetic content for the benchmarks: `tsx bench/generate.ts <N>` fills the database
 * DATABASE_URL names with N published documents across the content collections — mostly
 * articles, then figures, places and streets, as a district's archive grows — with
 * Chinese text of realistic length and a pool of images. Deterministic: the same N gives
 * the same content. Written through Payload's Local API (hooks, versions, slugs), marked
 * as published by the review workflow, queueing no site update per document.
 */

import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { WORKFLOW_CONTEXT } from '../cms/common/requestContext.ts'
import config from '../cms/payload.config.ts'
import { SKIP_SITE_BUILD } from '../cms/publish/queue.ts'
import { paragraphs } from '../cms/seed/richText.ts'
import { ARTICLE_COLUMNS, HONOUR_KINDS } from '../contract/vocabulary.ts'
import { isMainModule } from '../ops/processes.ts'

/** mulberry32: a small deterministic generator. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  '社区 志愿者 文明 创建 街道 居民 楼院 环境 整治 垃圾分类 邻里 互助 老人 服务 党员 网格员 巷子 绿化 停车 秩序 卫生 宣传 活动 实践 站点 家风 诚信 好人 榜样 事迹 群众 满意 改造 提升 道路 清洁 义诊 关爱 儿童 空巢 帮扶 夜间 巡逻 安全 消防 健身 广场 公园 书屋 讲堂 志愿 服务队 社工 物业 共建 共治 共享 幸福 家园 温暖 坚守 十年 如一日 热心 奉献 带头 每天 清晨 傍晚 主动 认真 细致 耐心 受到 好评 涧河 三桥 杏花岭 太原 小区 片区 门口 花坛 墙面 彩绘 标语 展板'.split(
    ' ',
  )

function sentence(next: () => number, minWords: number, maxWords: number): string {
  const count = minWords + Math.floor(next() * (maxWords - minWords + 1))
  const words = Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)])
  // A comma every few words, a full stop at the end: text that reads like prose to a segmenter.
  return `${words.map((word, index) => (index > 0 && index % 5 === 0 ? `，${word}` : word)).join('')}。`
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 6, 14)).join('')
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T

async function imagePool(payload: Payload, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let index = 0; index < count; index++) {
    const hue = Math.round((index * 360) / count)
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,55%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},55%,35%)"/></linearGradient></defs><rect width="1600" height="1200" fill="url(#g)"/><circle cx="800" cy="520" r="260" fill="rgba(255,255,255,0.35)"/></svg>`
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `示例配图 ${index + 1}（基准测试用合成图片）` },
      file: { data, mimetype: 'image/jpeg', name: `bench-${index + 1}.jpg`, size: data.length },
      context: { [SKIP_SITE_BUILD]: true },
      overrideAccess: true,
    })
    ids.push(doc.id)
  }
  return ids
}

export async function generate(payload: Payload, total: number, log: (line: string) => void): Promise<Record<string, number>> {
  const next = random(20261126)
  const areas = (await payload.find({ collection: 'areas', limit: 100, depth: 0, overrideAccess: true })).docs.map((area) => area.id)
  const images = await imagePool(payload, 24)
  const counts = {
    figures: Math.max(5, Math.round(total * 0.03)),
    streets: Math.max(2, Math.round(total * 0.02)),
    places: Math.max(2, Math.round(total * 0.03)),
    articles: 0,
  }
  counts.articles = total - counts.figures - counts.streets - counts.places
  const context = { [WORKFLOW_CONTEXT]: true, [SKIP_SITE_BUILD]: true }
  const start = Date.parse('2020-01-01T00:00:00Z')
  const span = Date.parse('2026-11-01T00:00:00Z') - start
  let made = 0
  let lastLog = performance.now()
  const published = (index: number) => ({
    _status: 'published' as const,
    publishedAt: new Date(start + Math.floor((span * (index + next() * 0.5)) / total)).toISOString(),
    review: { state: 'published' as const },
  })

  const jobs: (() => Promise<unknown>)[] = []
  for (let index = 0; index < counts.figures; index++) {
    jobs.push(() =>
      payload.create({
        collection: 'figures',
        data: {
          name: `${pick(next, ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '郝', '郭'])}${pick(next, WORDS).slice(0, 1)}${index + 1}号`,
          honourTitle: `${pick(next, ['最美', '身边', '文明'])}${pick(next, ['志愿者', '网格员', '家庭', '邻居', '楼长'])}`,
          honourKind: pick(next, HONOUR_KINDS).value,
          area: pick(next, areas),
          summary: sentence(next, 6, 10).slice(0, 60),
          story: paragraphs(Array.from({ length: 3 + Math.floor(next() * 4) }, () => paragraph(next, 4))),
          portrait: next() < 0.7 ? pick(next, images) : null,
          yearHonoured: 2018 + Math.floor(next() * 9),
          ...published(index),
        },
        context,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  for (let index = 0; index < counts.streets; index++) {
    jobs.push(() =>
      payload.create({
        collection: 'streets',
        data: {
          name: `${pick(next, ['好人', '诚信', '家风', '孝老', '文明'])}街${index + 1}`,
          officialName: `桃园${index + 1}巷`,
          theme: pick(next, ['崇德向善', '诚实守信', '家事家风', '尊老爱幼']),
          summary: sentence(next, 5, 8).slice(0, 60),
          location: { address: `杏花岭区${pick(next, ['三桥', '涧河', '杏花岭'])}街道${index + 1}号巷` },
          story: paragraphs(Array.from({ length: 3 }, () => paragraph(next, 3))),
          cover: pick(next, images),
          area: pick(next, areas),
          ...published(index),
        },
        context,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  for (let index = 0; index < counts.places; index++) {
    jobs.push(() =>
      payload.create({
        collection: 'places',
        data: {
          name: `新时代文明实践站 ${index + 1}`,
          summary: sentence(next, 5, 8).slice(0, 60),
          location: { address: `杏花岭区${pick(next, ['三桥', '涧河', '杏花岭'])}街道${index + 1}号院` },
          openingHours: '9:00–17:00',
          cover: pick(next, images),
          area: pick(next, areas),
          ...published(index),
        },
        context,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  for (let index = 0; index < counts.articles; index++) {
    jobs.push(() =>
      payload.create({
        collection: 'articles',
        data: {
          title: `${sentence(next, 3, 5).replace('。', '')}（${index + 1}）`.slice(0, 80),
          lead: paragraph(next, 2).slice(0, 200),
          column: pick(next, ARTICLE_COLUMNS).value,
          source: '杏花岭区创城办',
          body: paragraphs(Array.from({ length: 5 + Math.floor(next() * 8) }, () => paragraph(next, 4))),
          cover: next() < 0.5 ? pick(next, images) : null,
          areas: [pick(next, areas)],
          ...published(index),
        },
        context,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  // A few writers at once: the database and the hooks overlap.
  const workers = Array.from({ length: 4 }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      await job()
      made++
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now()
        log(`已生成 ${made}/${total}`)
      }
    }
  })
  await Promise.all(workers)
  log(`已生成 ${made}/${total}`)
  return counts
}

if (isMainModule(import.meta.url)) {
  const total = Number(process.argv[2])
  if (!Number.isInteger(total) || total < 10) {
    console.error('用法：tsx bench/generate.ts <文档数，至少 10>')
    process.exit(1)
  }
  const payload = await getPayload({ config })
  const started = performance.now()
  const counts = await generate(payload, total, (line) => console.log(line))
  console.log(`生成完成：${JSON.stringify(counts)}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`)
  await payload.destroy()
  process.exit(0)
}
