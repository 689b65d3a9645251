/** Review before publishing, through the workflow endpoint: every check, every refusal, the schedule. */
import { beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../cms/seed/richText.ts'
import { api, areaId, createFigure, login, loginAsEditor, REVIEWER, workflow } from './support/cms.ts'

let editor: string
let area: number

beforeAll(async () => {
  editor = await loginAsEditor()
  area = await areaId('三桥街道')
})

async function draftFigure(fields: Record<string, unknown>): Promise<number> {
  const { status, body } = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      name: '流程测试',
      honourTitle: '测试称号',
      honourKind: 'good-neighbour',
      summary: '测试数据',
      area,
      ...fields,
      _status: 'draft',
    },
  })
  if (status !== 201) throw new Error(`${status} ${JSON.stringify(body)}`)
  return body.doc.id
}

interface Review {
  state: string
  history: { byName: string | null; decision: string; level: number | null; reason: string | null }[]
}

const reviewOf = async (id: number) =>
  (await api<{ review: Review; summary: string; story: unknown }>(`/api/figures/${id}?draft=true`, { token: editor })).body

describe('checks before submitting and publishing', () => {
  it('a 错敏字 is refused with the field and the right form', async () => {
    const id = await draftFigure({ summary: '再接再励，服务邻里。' })
    const { status, body } = await workflow('figures', id, editor, { action: 'submit' })
    expect(status).toBe(400)
    expect(body.failures).toEqual([{ path: 'summary', message: '“一句话简介”中的“再接再励”是错误写法，应为“再接再厉”。' }])
    expect((await reviewOf(id)).review.state).toBe('draft')
  })

  it('a banned wording added by an administrator is refused too', async () => {
    const admin = await login('admin@xinghualing.example')
    const words = await api<{ entries: unknown[] }>('/api/globals/sensitive-words', { token: admin })
    await api('/api/globals/sensitive-words', {
      method: 'POST',
      token: admin,
      body: { entries: [...words.body.entries, { wrong: '测试禁用语', kind: 'banned' }] },
    })
    const id = await draftFigure({ story: paragraphs(['这里有测试禁用语。']) })
    const { body } = await workflow('figures', id, editor, { action: 'submit' })
    expect(body.failures?.[0]?.message).toBe('“事迹”中含有禁用词“测试禁用语”，请修改。')
  })

  it('a resident’s phone and ID numbers are refused, or masked on request', async () => {
    const id = await draftFigure({ story: paragraphs(['联系电话13812345678，身份证11010519900101007X。']) })
    const refused = await workflow('figures', id, editor, { action: 'submit' })
    expect(refused.status).toBe(400)
    expect(refused.body.failures?.map((f) => f.message)).toEqual([
      expect.stringContaining('手机号码“13812345678”'),
      expect.stringContaining('身份证号码“11010519900101007X”'),
    ])
    const masked = await workflow('figures', id, editor, { action: 'submit', mask: true })
    expect(masked.status).toBe(200)
    const doc = await reviewOf(id)
    expect(JSON.stringify(doc.story)).toContain('联系电话138****5678，身份证110105********007X。')
    expect(doc.review.state).toBe('pending-1')
  })

  it('the ids Payload gives array rows are not mistaken for phone numbers', async () => {
    // Row ids are 24 hex digits; this one holds a run that looks like a mobile number.
    const { status, body } = await api<{ doc: { id: number } }>('/api/regulations?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '行号测试条例',
        issuingBody: '测试机关',
        legalStatus: 'in-force',
        chapters: [
          {
            id: '6914200564136a0000000001',
            number: 1,
            title: '总则',
            articles: [{ id: '6913812345678a0000000002', number: 1, text: '条文。' }],
          },
        ],
        _status: 'draft',
      },
    })
    expect(status).toBe(201)
    const submitted = await workflow('regulations', body.doc.id, editor, { action: 'submit' })
    expect(submitted.body.failures ?? []).toEqual([])
    expect(submitted.status).toBe(200)
  })

  it('a reference to an unpublished item is refused', async () => {
    const unpublished = await createFigure(editor, '未发布的人物', 'draft')
    const { body } = await api<{ doc: { id: number } }>('/api/streets?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        name: '引用测试街',
        officialName: '测试巷',
        theme: '测试',
        summary: '测试数据',
        location: { address: '测试地址' },
        area,
        featuredFigures: [unpublished.id],
        _status: 'draft',
      },
    })
    const result = await workflow('streets', body.doc.id, editor, { action: 'submit' })
    expect(result.status).toBe(400)
    expect(result.body.failures?.[0]?.message).toBe(`引用的人物（编号 ${unpublished.id}）尚未发布，请先发布它或删除引用。`)
  })
})

describe('review steps', () => {
  it('send back needs a reason, returns to 草稿, and every step is recorded with who, level and why', async () => {
    const id = await draftFigure({})
    await workflow('figures', id, editor, { action: 'submit' })
    const first = await login(REVIEWER(1))
    expect((await workflow('figures', id, first, { action: 'reject' })).status).toBe(400)
    expect((await workflow('figures', id, first, { action: 'reject', reason: '请核实称号' })).status).toBe(200)
    expect((await workflow('figures', id, first, { action: 'approve' })).status).toBe(400)
    await workflow('figures', id, editor, { action: 'submit' })
    expect((await workflow('figures', id, await login(REVIEWER(2)), { action: 'approve' })).status).toBe(403)
    await workflow('figures', id, first, { action: 'approve' })
    await workflow('figures', id, await login(REVIEWER(2)), { action: 'approve' })
    const { review } = await reviewOf(id)
    expect(review.state).toBe('published')
    expect(review.history.map((h) => [h.byName, h.decision, h.level, h.reason])).toEqual([
      ['示例编辑', 'submit', null, null],
      ['示例初审', 'reject', 1, '请核实称号'],
      ['示例编辑', 'submit', null, null],
      ['示例初审', 'approve', 1, null],
      ['示例复审', 'approve', 2, null],
      ['示例复审', 'publish', null, null],
    ])
    expect((await api(`/api/figures/${id}`)).status).toBe(200)
  })

  it('editing during review sends the document back to 草稿', async () => {
    const id = await draftFigure({})
    await workflow('figures', id, editor, { action: 'submit' })
    await api(`/api/figures/${id}?draft=true`, { method: 'PATCH', token: editor, body: { summary: '改过的简介', _status: 'draft' } })
    const { review } = await reviewOf(id)
    expect(review.state).toBe('draft')
    expect(review.history.at(-1)?.decision).toBe('edit')
  })

  it('publishes and unpublishes on schedule without anyone watching', async () => {
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    const unpublishAt = new Date(Date.now() + 15_000).toISOString()
    const id = await draftFigure({ review: { publishAt, unpublishAt } })
    await workflow('figures', id, editor, { action: 'submit' })
    await workflow('figures', id, await login(REVIEWER(1)), { action: 'approve' })
    const approved = await workflow('figures', id, await login(REVIEWER(2)), { action: 'approve' })
    expect(approved.body.state).toBe('scheduled')
    expect((await api(`/api/figures/${id}`)).status).toBe(404)
    await expect.poll(async () => (await api(`/api/figures/${id}`)).status, { timeout: 40_000, interval: 1_000 }).toBe(200)
    await expect.poll(async () => (await api(`/api/figures/${id}`)).status, { timeout: 40_000, interval: 1_000 }).toBe(404)
    const decisions = (await reviewOf(id)).review.history.map((h) => [h.byName, h.decision])
    expect(decisions.slice(-3)).toEqual([
      ['示例复审', 'schedule'],
      ['系统定时任务', 'publish'],
      ['系统定时任务', 'unpublish'],
    ])
  })
})
