/** The editors' content model through the public API: seeds, areas, validation, regulations, globals. */
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Area, Article, Place, Regulation, Street } from '../contract/payload-types.ts'
import { run } from '../ops/processes.ts'
import { api, areaId, loginAsEditor, stack } from './support/cms.ts'
import { createScratchDatabase } from './support/database.ts'

interface List<T> {
  docs: T[]
  totalDocs: number
}

let token: string

beforeAll(async () => {
  token = await loginAsEditor()
})

describe('demo content from the article', () => {
  it('has the 11 街道, 中涧河镇 and the smaller areas under their parents', async () => {
    const { body } = await api<List<Area>>('/api/areas?limit=100&depth=1')
    const byName = new Map(body.docs.map((a) => [a.name, a]))
    const subdistricts = body.docs.filter((a) => a.kind === 'subdistrict').map((a) => a.name)
    expect(subdistricts).toHaveLength(11)
    expect(byName.get('中涧河镇')?.kind).toBe('town')
    expect((byName.get('桃园片区')?.parent as Area | undefined)?.name).toBe('三桥街道')
    expect((byName.get('锦绣苑片区')?.parent as Area | undefined)?.name).toBe('涧河街道')
    expect(byName.get('三桥街道')?.slug).toBe('san-qiao-jie-dao')
  })

  it('has the three themed streets with their official names in 桃园片区', async () => {
    const { body } = await api<List<Street>>('/api/streets?limit=100&depth=1')
    const streets = Object.fromEntries(body.docs.map((s) => [s.name, s]))
    expect(streets.好人街?.officialName).toBe('桃园一巷南二条')
    expect(streets.家事家风街?.officialName).toBe('杏林一条')
    expect(streets.诚信街?.officialName).toBe('门诊前巷三条')
    expect((streets.好人街?.area as Area | undefined)?.name).toBe('桃园片区')
  })

  it('has 涧河新时代文明实践园 with what the article says of it', async () => {
    const { body } = await api<List<Place>>('/api/places?where[slug][equals]=jian-he-xin-shi-dai-wen-ming-shi-jian-yuan&depth=1')
    const park = body.docs[0] as Place
    expect(park.level).toBe('park')
    expect(park.openedOn).toBe('10月10日')
    expect((park.area as Area).name).toBe('锦绣苑片区')
    expect((park.facilities as { name: string }[]).map((f) => f.name)).toEqual(['座椅', '凉亭', '塑胶步道', '公共卫生间', '宣传栏'])
    expect(JSON.stringify(park.story?.before)).toContain('汽修厂和洗车行')
    expect((park.featuredFigures as { name: string }[]).map((f) => f.name).sort()).toEqual(['王改红', '郝景全'])
  })

  it('has articles from the article’s sections, credited to their source', async () => {
    const { body } = await api<List<Article>>('/api/articles?limit=100&depth=0')
    expect(body.docs.map((a) => a.title)).toEqual(expect.arrayContaining(['对标补差 重点突破', '共创共建 多点融合', '各具特色 亮点纷呈']))
    const seeded = body.docs.filter((a) => ['对标补差 重点突破', '共创共建 多点融合', '各具特色 亮点纷呈'].includes(a.title))
    expect(seeded).toHaveLength(3)
    for (const article of seeded) expect(article.source).toBe('杏花岭区创城办')
  })

  it('keeps the regulation without an authentic text as an unpublished draft', async () => {
    const query = `/api/regulations?where[title][equals]=${encodeURIComponent('太原市文明行为促进条例')}`
    expect((await api<List<Regulation>>(query)).body.docs).toHaveLength(0)
    const [draft] = (await api<List<Regulation>>(`${query}&draft=true`, { token })).body.docs
    expect(draft?.issuingBody).toBe('太原市人民代表大会常务委员会')
    expect(draft?.chapters ?? []).toHaveLength(0)
  })
})

describe('globals', () => {
  it('site settings are public, the 错敏字 list is not', async () => {
    const settings = await api<{ siteName: string; sponsor: string }>('/api/globals/site-settings')
    expect(settings.body.siteName).toBe('杏花岭宣传微平台')
    const words = await api('/api/globals/sensitive-words')
    expect(words.status).toBe(403)
    const forEditor = await api<{ entries: { wrong: string; right: string }[] }>('/api/globals/sensitive-words', { token })
    expect(forEditor.body.entries).toEqual(expect.arrayContaining([expect.objectContaining({ wrong: '再接再励', right: '再接再厉' })]))
  })
})

describe('validation', () => {
  it('refuses a location outside Taiyuan, naming the field in Chinese', async () => {
    const { status, body } = await api<{ errors: { data?: { errors: { path: string; message: string }[] } }[] }>('/api/streets', {
      method: 'POST',
      token,
      body: {
        name: '测试街',
        officialName: '测试巷',
        theme: '测试',
        summary: '测试数据',
        area: await areaId('三桥街道'),
        location: { address: '测试地址', lat: 112.55, lng: 37.87 },
      },
    })
    expect(status).toBe(400)
    const paths = body.errors[0]?.data?.errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['location.lat', 'location.lng']))
    expect(body.errors[0]?.data?.errors[0]?.message).toContain('太原市范围内')
  })
})

describe('regulations pasted as text', () => {
  const text = [
    '示例条例（测试样例）',
    '第一章 总则',
    '第一条　为了测试，制定本条例。',
    '第二章 附则',
    '第二条　本条例自公布之日起施行。',
  ].join('\n')

  it('are split into chapters and articles on save', async () => {
    const { status, body } = await api<{ doc: Regulation }>('/api/regulations?draft=true', {
      method: 'POST',
      token,
      body: { title: '示例条例（测试）', issuingBody: '测试机关', sourceText: text, _status: 'draft' },
    })
    expect(status).toBe(201)
    expect(body.doc.chapters?.map((c) => [c.number, c.title, c.articles?.map((a) => [a.number, a.text])])).toEqual([
      [1, '总则', [[1, '为了测试，制定本条例。']]],
      [2, '附则', [[2, '本条例自公布之日起施行。']]],
    ])
    expect(body.doc.slug).toBe('shi-li-tiao-li-ce-shi')
  })

  it('report the broken line and save nothing when malformed', async () => {
    const before = (await api<List<Regulation>>('/api/regulations?limit=0&draft=true', { token })).body.totalDocs
    const { status, body } = await api<{ errors: { data?: { errors: { path: string; message: string }[] } }[] }>(
      '/api/regulations?draft=true',
      {
        method: 'POST',
        token,
        body: { title: '坏条例', issuingBody: '测试机关', sourceText: '第一章 总则\n第一条 甲。\n第三条 丙。', _status: 'draft' },
      },
    )
    expect(status).toBe(400)
    const error = body.errors[0]?.data?.errors[0]
    expect(error?.path).toBe('sourceText')
    expect(error?.message).toContain('第 3 行')
    expect(error?.message).toContain('应为第2条')
    expect((await api<List<Regulation>>('/api/regulations?limit=0&draft=true', { token })).body.totalDocs).toBe(before)
  })
})

describe('the content-model migration', () => {
  it('turns the skeleton’s free-text areas into area records without losing a figure', async () => {
    const database = await createScratchDatabase()
    try {
      const env = { ...process.env, ...stack().env, DATABASE_URL: database.url, NODE_ENV: 'production' as const }
      await run('tsx', ['tests/support/migrate-to.ts', '20261126_124344_figures_published_at'], env, '迁移')
      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      await client.query(`insert into figures (name, honour_title, honour_kind, area, summary, slug, _status)
        values ('旧数据甲', '最美测试员', 'most-beautiful', '矿机片区', '旧数据', 'jiu-shu-ju-jia', 'published')`)
      await run('tsx', ['tests/support/migrate-to.ts'], env, '迁移')
      const { rows } = await client.query(
        `select a.name, a.kind, a.slug from figures f join areas a on a.id = f.area_id where f.name = '旧数据甲'`,
      )
      await client.end()
      expect(rows).toEqual([{ name: '矿机片区', kind: 'zone', slug: 'kuang-ji-pian-qu' }])
    } finally {
      await database.drop()
    }
  })
})
