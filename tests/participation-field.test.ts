/**
 * 入户代填 (issue 18): a community worker makes 户码 for a 楼栋 of their own area, takes a
 * 代填授权 for their phone, and syncs answers filled in at the doors — idempotently (the same
 * batch twice adds nothing, two syncs at once save one), one per household per survey, only
 * for households of their own area and surveys that take 代填, and not at all once the
 * token is revoked. Retention forgets the household 30 days after the close.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { ONE_PER_HOUSEHOLD } from '../cms/participation/surveys/responseHooks.ts'
import type { FieldItem, FieldItemResult } from '../contract/participation.ts'
import { api, areaId, localPayload, login, publishThroughReview, stack } from './support/cms.ts'
import { call } from './support/participation.ts'

let payload: Payload
let community: string
let editor: string
let survey: { id: number; slug: string; questions: { id: string; options?: { id: string }[] }[] }
let codes: string[]
let token: string
let tokenId: number

const DAY = 86_400_000

async function makeSurvey(extra: Record<string, unknown> = {}) {
  const made = await api<{ doc: typeof survey }>('/api/surveys?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      title: `入户问卷${randomUUID().slice(0, 6)}`,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
      notice: { collector: '杏花岭区委宣传部', purpose: '了解需求', contact: '0351-1234567' },
      area: await areaId('涧河街道'),
      questions: [{ blockType: 'choice', label: '家里有几位老人？', options: [{ label: '没有' }, { label: '一位及以上' }] }],
      _status: 'draft',
      ...extra,
    },
  })
  expect(made.status, made.text).toBe(201)
  await publishThroughReview('surveys', made.body.doc.id)
  return made.body.doc
}

const item = (household: string, extra: Partial<FieldItem> = {}): FieldItem => ({
  clientId: randomUUID(),
  survey: survey.slug,
  household,
  channel: 'proxy',
  filledAt: new Date().toISOString(),
  answers: { [survey.questions[0]?.id as string]: survey.questions[0]?.options?.[1]?.id },
  ...extra,
})

const sync = (items: unknown[], bearer = token) =>
  call('/field/sync', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ items }),
  })
const results = (sent: { body: Record<string, unknown> }) => sent.body.results as FieldItemResult[]

beforeAll(async () => {
  payload = await localPayload()
  community = await login('community@xinghualing.example')
  editor = await login('editor@xinghualing.example')
  survey = await makeSurvey()
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('户码 and 代填授权', () => {
  it('are made by a community worker for their own area, numbered on per 楼栋', async () => {
    const first = await api<{ codes: { code: string; number: number }[] }>('/api/household-codes/batch', {
      method: 'POST',
      token: community,
      body: { building: '锦绣苑３号楼', count: 3, area: await areaId('三桥街道') },
    })
    expect(first.status, first.text).toBe(201)
    expect(first.body.codes.map((made) => made.number)).toEqual([1, 2, 3])
    codes = first.body.codes.map((made) => made.code)
    const stored = await payload.find({ collection: 'household-codes', where: { code: { in: codes } }, depth: 0, overrideAccess: true })
    expect(stored.docs.every((doc) => doc.area === stored.docs[0]?.area && doc.building === '锦绣苑3号楼')).toBe(true)
    expect(stored.docs[0]?.area).toBe(await areaId('涧河街道'))
    const more = await api<{ codes: { code: string; number: number }[] }>('/api/household-codes/batch', {
      method: 'POST',
      token: community,
      body: { building: '锦绣苑3号楼', count: 2 },
    })
    expect(more.body.codes.map((made) => made.number)).toEqual([4, 5])
    codes.push(...more.body.codes.map((made) => made.code))
    const reviewer = await login('reviewer1@xinghualing.example')
    expect((await api('/api/household-codes/batch', { method: 'POST', token: reviewer, body: { building: 'x', count: 1 } })).status).toBe(
      403,
    )
    expect((await api('/api/household-codes', { method: 'POST', token: community, body: { code: 'AAAAAA' } })).status).toBe(403)
  })

  it('gives the worker a token once, as a link and a QR code, never readable again', async () => {
    const issued = await api<{ id: number; token: string; url: string; qr: string }>('/api/field-tokens/issue', {
      method: 'POST',
      token: community,
      body: { days: 90 },
    })
    expect(issued.status, issued.text).toBe(201)
    ;({ token, id: tokenId } = issued.body)
    expect(issued.body.url).toMatch(/\/field\/#token=[\w-]{43}$/)
    expect(issued.body.qr).toContain('<svg')
    const listed = await api<{ docs: Record<string, unknown>[] }>('/api/field-tokens?limit=100', { token: community })
    const mine = listed.body.docs.find((doc) => doc.id === tokenId)
    expect(listed.text).not.toContain(token)
    expect(listed.body.docs.every((doc) => !('tokenHash' in doc))).toBe(true)
    expect(Date.parse(String(mine?.expiresAt)) - Date.now()).toBeLessThanOrEqual(30 * DAY)
    // Only one's own: the editor lists none of the community worker's.
    const theirs = await api<{ docs: { id: number }[] }>('/api/field-tokens?limit=100', { token: editor })
    expect(theirs.body.docs.map((doc) => doc.id)).not.toContain(tokenId)
    const open = await call('/field/surveys', { headers: { authorization: `Bearer ${token}` } })
    expect(open.status).toBe(200)
    expect((open.body.surveys as { slug: string }[]).map((found) => found.slug)).toContain(survey.slug)
  })
})

describe('代填授权 per worker', () => {
  it('are capped at five live ones; a revoked one makes room', async () => {
    // A worker of their own, so that tokens other files issue to the demo worker do not count.
    const email = 'community-cap@xinghualing.example'
    await payload.create({
      collection: 'users',
      data: { name: '上限测试', email, password: stack().demoPassword, role: 'community', area: await areaId('三桥街道') },
      overrideAccess: true,
    })
    const worker = await login(email)
    const issue = () =>
      api<{ id: number; errors?: { message: string }[] }>('/api/field-tokens/issue', { method: 'POST', token: worker, body: {} })
    const ids: number[] = []
    for (let n = 0; n < 5; n += 1) {
      const issued = await issue()
      expect(issued.status, issued.text).toBe(201)
      ids.push(issued.body.id)
    }
    const sixth = await issue()
    expect(sixth.status).toBe(409)
    expect(sixth.text).toContain('您已有 5 个有效的代填授权')
    expect((await api(`/api/field-tokens/${ids[0]}/revoke`, { method: 'POST', token: worker })).status).toBe(200)
    expect((await issue()).status).toBe(201)
  })
})

describe('syncing answers from the doors', () => {
  it('saves a batch once: the same batch again, or two at once, adds nothing', async () => {
    const batch = [item(codes[0] as string), item(codes[1] as string, { channel: 'paper' })]
    const first = await sync(batch)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(results(first).map((result) => result.status)).toEqual(['accepted', 'accepted'])
    const again = await sync(batch)
    expect(results(again).map((result) => result.status)).toEqual(['duplicate', 'duplicate'])
    const raced = [item(codes[2] as string)]
    const both = await Promise.all([sync(raced), sync(raced)])
    expect(
      both
        .flatMap(results)
        .map((result) => result.status)
        .sort(),
    ).toEqual(['accepted', 'duplicate'])
    const { docs } = await payload.find({
      collection: 'survey-responses',
      where: { survey: { equals: survey.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(3)
    expect(docs.map((doc) => doc.channel).sort()).toEqual(['paper', 'proxy', 'proxy'])
    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: 'community@xinghualing.example' } }, depth: 0 }))
      .docs
    expect(docs.every((doc) => doc.worker === user?.id && doc.area === user?.area)).toBe(true)
  })

  it('counts one answer per household, and refuses other areas, closed dates and surveys without 代填', async () => {
    const second = await sync([item(codes[0] as string)])
    expect(results(second)[0]).toMatchObject({ status: 'refused', code: 409, message: ONE_PER_HOUSEHOLD })
    const elsewhere = await api<{ codes: { code: string }[] }>('/api/household-codes/batch', {
      method: 'POST',
      token: await login('admin@xinghualing.example'),
      body: { building: '三桥小区1号楼', count: 1, area: await areaId('三桥街道') },
    })
    const other = await sync([item(elsewhere.body.codes[0]?.code as string)])
    expect(results(other)[0]).toMatchObject({ status: 'refused', code: 403 })
    const early = await sync([item(codes[3] as string, { filledAt: new Date(Date.now() - 5 * DAY).toISOString() })])
    expect(results(early)[0], JSON.stringify(results(early))).toMatchObject({ status: 'refused', code: 409 })
    const unknown = await sync([item('ZZZZZZ')])
    expect(results(unknown)[0]).toMatchObject({ status: 'refused', code: 400 })
    const online = await makeSurvey({ allowProxy: false })
    const answers = { [online.questions[0]?.id as string]: online.questions[0]?.options?.[0]?.id }
    const notProxy = await sync([{ ...item(codes[3] as string), survey: online.slug, answers }])
    expect(results(notProxy)[0]).toMatchObject({ status: 'refused', code: 403 })
    const lowercase = await sync([item((codes[4] as string).toLowerCase())])
    expect(results(lowercase)[0]?.status).toBe('accepted')
  })

  it('takes a full queue of long sheets in one sync, and passes nothing a caller adds to a sheet', async () => {
    // 50 sheets of 1,000 characters each (about 150 KB): more than the forms' 32 KB, within the sync's own limit.
    const long = Array.from({ length: 50 }, (_, index) => ({
      ...item(`ZZ${index}`),
      answers: { unknown: '长'.repeat(1000) },
      worker: 1,
      reference: 'WJ-FORGED',
    }))
    const full = await sync(long)
    expect(full.status, JSON.stringify(full.body).slice(0, 300)).toBe(200)
    expect(results(full)).toHaveLength(50)
    expect(results(full).every((result) => result.status === 'refused' && result.code === 400)).toBe(true)
    const forged = await sync([{ ...item(codes[3] as string), reference: 'WJ-FORGED', receiptHash: 'x', area: 1 }])
    expect(results(forged)[0]?.status).toBe('accepted')
    expect(results(forged)[0]).not.toMatchObject({ reference: 'WJ-FORGED' })
  })

  it('refuses a sync without a live token, whole', async () => {
    for (const bearer of ['', 'x', 'A'.repeat(43)]) expect((await sync([item(codes[3] as string)], bearer)).status).toBe(401)
    expect((await api(`/api/field-tokens/${tokenId}/revoke`, { method: 'POST', token: editor })).status).toBe(404)
    expect((await api(`/api/field-tokens/${tokenId}/revoke`, { method: 'POST', token: community })).status).toBe(200)
    const revoked = await sync([item(codes[3] as string)])
    expect(revoked.status).toBe(401)
    expect(revoked.body.errors?.[0]?.message).toContain('手机上保存的答卷不会丢失')
    expect((await call('/field/surveys', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401)
  })

  it('forgets the households 30 days after the close, keeping the answers', async () => {
    await payload.db.drizzle.execute(
      `update surveys set opens_at = now() - interval '60 days', closes_at = now() - interval '31 days' where id = ${survey.id}`,
    )
    await purgeParticipation(payload)
    const rows = await payload.db.drizzle.execute(
      `select household_id, client_id, answers from survey_responses where survey_id = ${survey.id}`,
    )
    expect(rows.rows.length).toBe(5)
    expect(rows.rows.every((row) => row.household_id === null && row.client_id === null && row.answers)).toBe(true)
  })
})
