/**
 * The privacy check where people really write (issue 14): a resident's number in any
 * form, in any field that reaches the public — text, rich text and its tel: links, slugs,
 * handbook headings, regulation articles and 温馨提示语, image alt/caption/credit and file
 * names — stops publication with the field named; an official number an administrator
 * allowed passes; live content is checked again when the detector changes.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { linkParagraph, paragraphs } from '../cms/seed/richText.ts'
import { CHECKED_WITH_KEY } from '../cms/workflow/rescan.ts'
import { run } from '../ops/processes.ts'
import { api, areaId, login, publishThroughReview, stack, workflow } from './support/cms.ts'

let editor: string
let admin: string
let area: number
let counter = 0

beforeAll(async () => {
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  area = await areaId('三桥街道')
})

async function draft(collection: string, body: Record<string, unknown>): Promise<number> {
  const created = await api<{ doc: { id: number } }>(`/api/${collection}?draft=true`, {
    method: 'POST',
    token: editor,
    body: { ...body, _status: 'draft' },
  })
  if (created.status !== 201) throw new Error(`${created.status} ${created.text}`)
  return created.body.doc.id
}

const figure = (fields: Record<string, unknown>) => {
  counter += 1
  return draft('figures', {
    name: `隐私测试${counter}`,
    honourTitle: '测试称号',
    honourKind: 'good-neighbour',
    summary: '测试数据',
    area,
    ...fields,
  })
}

async function refusal(collection: string, id: number): Promise<string> {
  const { status, body } = await workflow(collection, id, editor, { action: 'submit' })
  expect(status).toBe(400)
  return (body.failures ?? []).map((failure) => failure.message).join('\n')
}

describe('numbers however written, in every public field', () => {
  it.each([
    ['summary', '有事找王阿姨 138 0013 8000'],
    ['summary', '电话（138）0013-8000'],
    ['summary', '电话１３８００１３８０００'],
    ['summary', '电话一三八零零一三八零零零'],
    ['summary', '电话壹叁捌零零壹叁捌零零零'],
    ['summary', '电话+86 138-0013-8000'],
    ['summary', '家住金刚里小区三号楼二单元五〇一室'],
    ['summary', '家住5-3-201'],
    ['honourTitle', '身份证110105199001010071'],
  ])('%s “%s” is refused', async (field, text) => {
    const id = await figure({ [field]: text })
    expect(await refusal('figures', id)).toMatch(/手机号码|身份证号码|精确到门牌的住址/)
  })

  it('a slug and a tel: link in rich text are checked', async () => {
    const slug = await figure({ slug: 'wang-a-yi-13800138000' })
    expect(await refusal('figures', slug)).toContain('网址别名')
    const story = linkParagraph('打电话给王阿姨', 'tel:+86-138-0013-8000')
    const link = await figure({ story })
    expect(await refusal('figures', link)).toContain('链接地址')
  })

  it('a link address tucked outside the link’s fields is checked too, and never rendered', async () => {
    const story = linkParagraph('联系我们', 'https://xhl.example.cn/')
    const node = (story.root.children[0] as unknown as { children: Record<string, unknown>[] }).children[0] as Record<string, unknown>
    Object.assign(node, { url: 'tel:13800138000', fields: { linkType: 'internal', doc: { relationTo: 'figures', value: 1 } } })
    const id = await figure({ story })
    expect(await refusal('figures', id)).toContain('手机号码')
  })

  it('a regulation article numbered like a phone number is refused when saved', async () => {
    const { status, text } = await api('/api/regulations?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: `编号测试条例${++counter}`,
        issuingBody: '测试机关',
        legalStatus: 'in-force',
        area,
        chapters: [{ number: 1, title: '总则', articles: [{ number: 13800138000, text: '条文。' }] }],
        _status: 'draft',
      },
    })
    expect(status).toBe(400)
    expect(text).toContain('条序号')
  })

  it('handbook headings, regulation articles and 温馨提示语 are checked', async () => {
    const regulation = await draft('regulations', {
      title: `隐私测试条例${++counter}`,
      issuingBody: '测试机关',
      legalStatus: 'in-force',
      area,
      chapters: [
        { number: 1, title: '总则', articles: [{ number: 1, text: '举报请打13800138000。', reminder: '请拨一三八零零一三八零零零' }] },
      ],
    })
    const messages = await refusal('regulations', regulation)
    expect(messages).toContain('条文')
    expect(messages).toContain('温馨提示语')
    const published = await figure({})
    await publishThroughReview('figures', published)
    const handbook = await draft('handbooks', {
      title: `隐私测试手册${++counter}`,
      trimSize: 'a5',
      area,
      sections: [{ item: { relationTo: 'figures', value: published }, heading: '联系138 0013 8000' }],
    })
    expect(await refusal('handbooks', handbook)).toContain('本节标题')
  })

  it('an image’s alt text, caption, credit and file name are refused when saved', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    const upload = async (name: string, fields: Record<string, string>) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
      form.append('_payload', JSON.stringify({ alt: '社区活动照片', ...fields }))
      return api<{ errors?: { message: string; data?: { errors?: { message: string }[] } }[] }>('/api/media', {
        method: 'POST',
        token: editor,
        form,
      })
    }
    for (const [name, fields] of [
      ['photo.png', { alt: '王阿姨 138-0013-8000' }],
      ['photo.png', { caption: '家住3号楼2单元501室' }],
      ['photo.png', { credit: '一三八零零一三八零零零' }],
      ['王阿姨13800138000.png', {}],
    ] as const) {
      const result = await upload(name, fields)
      expect(result.status, name).toBe(400)
      expect(result.text).toMatch(/手机号码|精确到门牌的住址/)
    }
    expect((await upload('photo.png', { caption: '2024年10月10日 摄于涧河新时代文明实践园' })).status).toBe(201)
  })

  it('harmless numbers pass: dates, hotlines, office phones, public addresses, article numbers', async () => {
    const id = await figure({
      summary: '2024年10月10日起，每天8:30开放。',
      story: paragraphs([
        '咨询电话0351-3012345，市民热线12345。',
        '地址：桃园路12号社区服务中心3楼301室。',
        '依据《条例》第十二条第二款。',
      ]),
    })
    expect((await workflow('figures', id, editor, { action: 'submit' })).status).toBe(200)
  })
})

describe('the allow-list', () => {
  it('lets an official number an administrator cleared be published, however it is written', async () => {
    const id = await figure({ summary: '社区值班手机 139 3512 0000' })
    await refusal('figures', id)
    const before = await api<{ entries: unknown[] }>('/api/globals/privacy-allowlist', { token: admin })
    expect((await api('/api/globals/privacy-allowlist', { method: 'POST', token: editor, body: { entries: [] } })).status).toBe(403)
    const saved = await api('/api/globals/privacy-allowlist', {
      method: 'POST',
      token: admin,
      body: { entries: [...(before.body.entries ?? []), { text: '13935120000', note: '三桥街道某社区值班手机' }] },
    })
    expect(saved.status).toBe(200)
    expect((await workflow('figures', id, editor, { action: 'submit' })).status).toBe(200)
  })
})

describe('live content is checked again when the detector changes', () => {
  it('finds a number published under older rules and tells the administrators', async () => {
    const id = await figure({ summary: '老规则下发布的内容' })
    await publishThroughReview('figures', id)
    // Published before the detector knew this form: written straight into the live table, as an older version would have let it through.
    const { Client } = (await import('pg')).default
    const client = new Client({ connectionString: stack().databaseUrl })
    await client.connect()
    await client.query(`UPDATE figures SET summary = '联系电话 壹叁玖 叁伍壹贰 零零零壹' WHERE id = $1`, [id])
    // The detector's code "changed": the fingerprint live content was checked with is not the current one.
    await client.query(`UPDATE payload_kv SET data = '"older-detector"'::jsonb WHERE key = $1`, [CHECKED_WITH_KEY])
    await client.end()
    // npm start's preparation step notices and queues the re-scan; the admin's job runner carries it out.
    await run('tsx', ['ops/prepare.ts'], { ...process.env, ...stack().env, NODE_ENV: 'production' }, '准备')
    await expect
      .poll(
        async () =>
          (
            await api<{ docs: { document: { value: number }; kind: string; excerpt: string }[] }>(
              '/api/privacy-findings?depth=0&limit=100&where[document.relationTo][equals]=figures',
              { token: admin },
            )
          ).body.docs.filter((finding) => finding.document.value === id),
        { timeout: 60_000, interval: 1_000 },
      )
      .toEqual([expect.objectContaining({ kind: 'mobile', excerpt: '壹叁玖 **** 零零零壹' })])
    expect((await api('/api/privacy-findings', { token: editor })).status).toBe(403)
    expect((await api('/api/privacy-findings')).status).toBe(403)
    // An administrator marks a finding handled; what the re-scan wrote stays as written.
    const found = await api<{ docs: { id: number }[] }>(
      `/api/privacy-findings?depth=0&where[document.relationTo][equals]=figures&where[document.value][equals]=${id}`,
      {
        token: admin,
      },
    )
    const findingId = found.body.docs[0]?.id as number
    const marked = await api<{ doc: { status: string; excerpt: string; title: string } }>(`/api/privacy-findings/${findingId}`, {
      method: 'PATCH',
      token: admin,
      body: { status: 'resolved', excerpt: '没有问题', title: '改过的标题', kind: 'address' },
    })
    expect(marked.status).toBe(200)
    expect(marked.body.doc).toMatchObject({ status: 'resolved', excerpt: '壹叁玖 **** 零零零壹', kind: 'mobile' })
    expect(marked.body.doc.title).not.toBe('改过的标题')
    const bulk = await api(`/api/privacy-findings?where[id][equals]=${findingId}`, {
      method: 'PATCH',
      token: editor,
      body: { status: 'open' },
    })
    expect(bulk.status).toBe(403)
  })
})
