/**
 * 文明课单 (issue 19) through the API: a resident orders a published 课单 through the gate and
 * follows it by the receipt code; the place's station approves and dispatches, a team
 * declines and another accepts, the team files its 结项报告 (photos only with consent) and
 * a draft article comes of it; the resident's rating is checked and held until a station
 * worker lets it show. Another station and another team never see the order; team leaders
 * never see the resident's contact. Cancels, 代点单, the overdue list, reminders, withdrawal.
 */

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { remindDueOrders } from '../cms/participation/services/reminders.ts'
import { NOTICE_VERSION } from '../contract/participation.ts'
import { api, localPayload, login, stack } from './support/cms.ts'
import { call, forgetThrottles, post, solvedFor } from './support/participation.ts'
import { nextSlot, order, orderBody, report, type ServiceWorld, serviceWorld, soon, step } from './support/services.ts'

let payload: Payload
let world: ServiceWorld

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  world = await serviceWorld(payload, 'flow')
})

afterAll(async () => {
  await payload?.destroy()
})

const byReference = async (reference: string) =>
  (await payload.find({ collection: 'service-orders', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 }))
    .docs[0]

async function placed(extra: Record<string, unknown> = {}) {
  const sent = await order(world.items[0], extra)
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
  const stored = await byReference(String(sent.body.reference))
  if (!stored) throw new Error('order not stored')
  return { code: String(sent.body.receipt), id: stored.id, reference: String(sent.body.reference) }
}

const status = async (code: string) => (await call(`/receipts/${code}`)).body as { status: string; order: Record<string, unknown> }

describe('点单 and the status page', () => {
  it('takes an order through the gate and shows it by the receipt code, contact masked, no staff names', async () => {
    const sent = await order(world.items[0], { contactName: '李大爷', contactPhone: '１３９１２３４５６７８', people: '２０' })
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body.reference).toMatch(/^KD\d{8}-[0-9A-Z]{4}$/)
    const seen = await call(`/receipts/${String(sent.body.receipt).toLowerCase().replaceAll('-', ' ')}`)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({
      form: 'services',
      kind: '文明课单',
      status: '审核中',
      contact: { name: '李**', phone: '139****5678' },
    })
    expect(seen.body.order).toMatchObject({ state: '审核中', people: 20, canCancel: true, canRate: false })
    expect((seen.body.order as { steps: unknown[] }).steps).toEqual([expect.objectContaining({ action: '点单', by: '居民' })])
  })

  it('refuses, in Chinese and field by field, what cannot be ordered', async () => {
    const altcha = await solvedFor('services')
    const wrong = await post('/services/orders', { ...orderBody(world.items[0], altcha), people: '三十', venue: '' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['people', 'venue']))
    const forNobody = await post('/services/orders', { ...orderBody(world.items[0], altcha), group: '' })
    expect(forNobody.body.errors).toEqual([{ field: 'group', message: '请填写服务对象（例如：金刚里社区老年人）或户码' }])
    expect((await order(world.items[0], { people: 31 })).body.errors?.[0]?.message).toMatch(/最多 30 人/)
    const past = await order(world.items[0], { wantedAt: soon(-2) })
    expect(past.status).toBe(400)
    expect(past.body.errors?.[0]?.message).toMatch(/以后的日期/)
    expect((await order(world.items[0], { household: 'ZZZZZZ' })).body.errors?.[0]?.message).toMatch(/没有这个户码/)
    expect((await order(999999)).status).toBe(409)
    const draft = await api<{ doc: { id: number } }>('/api/service-items?draft=true', {
      method: 'POST',
      token: world.tokens.editor,
      body: {
        title: '未审核的课单',
        kind: 'lecture',
        place: world.places[0],
        summary: '草稿',
        duration: 60,
        capacity: 10,
        provider: { kind: 'team' },
        booking: { leadDays: 0 },
        _status: 'draft',
      },
    })
    expect(draft.status).toBe(201)
    expect((await order(draft.body.doc.id)).status).toBe(409)
  })

  it('is refused without the challenge, whoever writes to the collection', async () => {
    const altcha = await solvedFor('services')
    expect((await post('/services/orders', { ...orderBody(world.items[0], altcha), altcha: 'forged' })).status).toBe(403)
    expect((await api('/api/service-orders', { method: 'POST', token: world.tokens.admin, body: { item: world.items[0] } })).status).toBe(
      403,
    )
  })
})

describe('审单 → 派单 → 接单 → 结项 → 评单', () => {
  it('runs the whole chain, each step by the right people only', async () => {
    const { code, id } = await placed({ contactPhone: '13700001111' })
    const { tokens, teams } = world
    expect((await step(id, tokens.stationB, { action: 'approve' })).status).toBe(404)
    expect((await step(id, tokens.leader1, { action: 'accept' })).status).toBe(404)
    expect((await step(id, tokens.stationA, { action: 'refuse' })).status).toBe(400)
    expect((await step(id, tokens.stationA, { action: 'approve' })).body.state).toBe('approved')
    expect((await step(id, tokens.stationA, { action: 'dispatch', team: teams.elsewhere })).status).toBe(400)
    expect((await step(id, tokens.stationA, { action: 'dispatch', team: teams.first })).body.state).toBe('dispatched')
    expect((await step(id, tokens.leader2, { action: 'accept' })).status).toBe(404)
    const asLeader = await api<Record<string, unknown>>(`/api/service-orders/${id}`, { token: tokens.leader1 })
    expect(asLeader.status).toBe(200)
    expect(asLeader.body).not.toHaveProperty('contact')
    expect(asLeader.body.venue).toBe('金刚里社区活动室')
    expect((await step(id, tokens.leader1, { action: 'decline' })).status).toBe(400)
    expect((await step(id, tokens.leader1, { action: 'decline', reason: '当天队员不足' })).body.state).toBe('approved')
    expect((await api(`/api/service-orders/${id}`, { token: tokens.leader1 })).status).toBe(404)
    expect((await step(id, tokens.stationA, { action: 'dispatch', team: teams.second })).body.state).toBe('dispatched')
    expect((await step(id, tokens.leader2, { action: 'accept' })).body.state).toBe('accepted')
    const following = await status(code)
    expect(following.status).toBe('服务中')
    const steps = following.order.steps as { action: string; by: string; reason: string | null }[]
    expect(steps.map((entry) => entry.action)).toEqual(['点单', '审单通过', '派单', '不接单（退回）', '派单', '接单'])
    expect(steps[3]).toMatchObject({ by: '志愿服务队', reason: '当天队员不足' })
    expect(JSON.stringify(following)).not.toMatch(/station-a|leader-/)

    expect(
      (
        await call('/services/orders/rate', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, score: 5 }),
        })
      ).status,
    ).toBe(409)
    expect((await report(id, tokens.leader1, { consent: true, photos: 0 })).status).toBe(404)
    const unconsented = await report(id, tokens.leader2, { consent: false, photos: 1 })
    expect(unconsented.status).toBe(400)
    expect(unconsented.body.errors?.[0]?.message).toMatch(/照片中的人已同意/)
    const filed = await report(id, tokens.leader2, { consent: true, photos: 2 })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'service-orders', id, overrideAccess: true, depth: 0 })
    expect(stored.state).toBe('completed')
    expect(stored.report).toMatchObject({ photoConsent: true, photos: [expect.any(Number), expect.any(Number)] })
    expect(stored.report?.consentBy).toBeTruthy()
    const article = await payload.findByID({ collection: 'articles', id: filed.body.article as number, draft: true, overrideAccess: true })
    expect(article._status).toBe('draft')
    expect(article.title).toMatch(/课单甲/)
    expect(JSON.stringify(article)).not.toMatch(/13700001111|金刚里社区活动室/)
    expect((await api(`/api/articles/${article.id}`)).status).toBe(404)

    await rate(code, id)
  })
})

const rateBody = (code: string, extra: Record<string, unknown>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code, ...extra }),
})

async function rate(code: string, id: number) {
  const leaky = await call('/services/orders/rate', rateBody(code, { score: 5, comment: '很好，有事打13912345678' }))
  expect(leaky.status).toBe(400)
  expect(leaky.body.errors?.[0]).toMatchObject({ field: 'comment' })
  const rated = await call('/services/orders/rate', rateBody(code, { score: '５', comment: '讲得很好，老人们都听懂了。' }))
  expect(rated.status, JSON.stringify(rated.body)).toBe(201)
  expect(rated.body).toMatchObject({ state: '已完成', canRate: false, rating: { score: 5, state: '待审核' } })
  expect((await call('/services/orders/rate', rateBody(code, { score: 4 }))).status).toBe(409)
  const review = (token: string, decision: string) => api(`/api/service-orders/${id}/rating`, { method: 'POST', token, body: { decision } })
  expect((await review(world.tokens.stationB, 'approve')).status).toBe(404)
  expect((await review(world.tokens.leader2, 'approve')).status).toBe(403)
  expect((await review(world.tokens.stationA, 'approve')).status).toBe(200)
  expect((await status(code)).order.rating).toMatchObject({ state: '已公开' })
}

describe('two people at once', () => {
  it('of two approvals, or two dispatches, sent together exactly one is taken', async () => {
    const { id } = await placed()
    const both = await Promise.all([
      step(id, world.tokens.stationA, { action: 'approve' }),
      step(id, world.tokens.admin, { action: 'approve' }),
    ])
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409])
    const race = await Promise.all([
      step(id, world.tokens.stationA, { action: 'dispatch', team: world.teams.first }),
      step(id, world.tokens.admin, { action: 'dispatch', team: world.teams.second }),
    ])
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 409])
    const stored = await payload.findByID({ collection: 'service-orders', id, overrideAccess: true, depth: 0 })
    expect(stored.steps?.map((entry) => entry.action)).toEqual(['submit', 'approve', 'dispatch'])
  })
})

describe('one 课单 is given once at a time', () => {
  it('an approved order holds its slot: an overlapping order is refused at once, the next hour is free', async () => {
    const at = nextSlot()
    const first = await placed({ wantedAt: at })
    expect((await step(first.id, world.tokens.stationA, { action: 'approve' })).status).toBe(200)
    // Half an hour later overlaps the hour-long session; the same moment written in UTC is the same slot.
    const halfHour = new Date(new Date(at).getTime() + 30 * 60_000).toISOString()
    for (const wantedAt of [halfHour, new Date(at).toISOString()]) {
      const clash = await order(world.items[0], { wantedAt })
      expect(clash.status).toBe(409)
      expect(clash.body.errors?.[0]?.message).toMatch(/已有预约，时间重叠，请换一个时间/)
    }
    const nextHour = await order(world.items[0], { wantedAt: new Date(new Date(at).getTime() + 60 * 60_000).toISOString() })
    expect(nextHour.status, JSON.stringify(nextHour.body)).toBe(201)
    // The other 课单 at the same time is another session: free.
    expect((await order(world.items[1], { wantedAt: at })).status).toBe(201)
  })

  it('of two overlapping orders approved at the same moment, exactly one holds the slot; a cancelled one frees it', async () => {
    const at = nextSlot()
    const a = await placed({ wantedAt: at })
    const b = await placed({ wantedAt: new Date(new Date(at).getTime() + 15 * 60_000).toISOString() })
    const both = await Promise.all([
      step(a.id, world.tokens.stationA, { action: 'approve' }),
      step(b.id, world.tokens.admin, { action: 'approve' }),
    ])
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409])
    const refused = both.find((answer) => answer.status === 409)
    expect(refused?.body.errors?.[0]?.message).toMatch(/同一时段已经安排了课单 KD/)
    const [held, waiting] = both[0]?.status === 200 ? [a, b] : [b, a]
    expect((await step(held.id, world.tokens.stationA, { action: 'cancel', reason: '场地临时维修' })).status).toBe(200)
    expect((await step(waiting.id, world.tokens.stationA, { action: 'approve' })).status).toBe(200)
  })
})

describe('取消, 代点单, 超期, 提醒, 撤回', () => {
  it('a resident cancels by the code until the team accepts; staff cancel with a reason', async () => {
    const first = await placed()
    const cancelled = await call('/services/orders/cancel', rateBody(first.code, {}))
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ state: '已取消', canCancel: false })
    expect((await call('/services/orders/cancel', rateBody(first.code, {}))).status).toBe(409)
    expect((await call('/services/orders/cancel', rateBody('0000-0000-0000', {}))).status).toBe(404)
    const second = await placed()
    await step(second.id, world.tokens.stationA, { action: 'approve' })
    await step(second.id, world.tokens.stationA, { action: 'dispatch', team: world.teams.first })
    await step(second.id, world.tokens.leader1, { action: 'accept' })
    expect((await call('/services/orders/cancel', rateBody(second.code, {}))).status).toBe(409)
    expect((await step(second.id, world.tokens.stationA, { action: 'cancel' })).status).toBe(400)
    expect((await step(second.id, world.tokens.stationA, { action: 'cancel', reason: '大风天气，活动改期' })).body.state).toBe('cancelled')
    expect((await status(second.code)).order.steps).toContainEqual(
      expect.objectContaining({ action: '取消', reason: '大风天气，活动改期' }),
    )
  })

  it('a community worker orders for a resident, signed in, and the channel is recorded', async () => {
    const worker = await login('community@xinghualing.example')
    const body = {
      item: world.items[0],
      household: undefined,
      group: '独居老人王奶奶家',
      people: 2,
      wantedAt: nextSlot(),
      venue: '桃园一巷',
      consent: NOTICE_VERSION,
    }
    expect((await api('/api/service-orders/on-behalf', { method: 'POST', body })).status).toBe(403)
    const made = await api<{ receipt: string; reference: string }>('/api/service-orders/on-behalf', { method: 'POST', token: worker, body })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const stored = await byReference(made.body.reference)
    expect(stored).toMatchObject({ channel: 'worker', state: 'submitted' })
    expect((await status(made.body.receipt)).order.steps).toEqual([expect.objectContaining({ by: '社区工作者代点单' })])
  })

  it('lists overdue orders for the district and the place, and reminds the people who must act', async () => {
    const late = await placed()
    await payload.update({ collection: 'service-orders', id: late.id, data: { dueOn: '2026-01-05' }, overrideAccess: true })
    const overdue = async (token?: string) =>
      (await api<{ docs: { id: number }[] }>('/api/service-orders/overdue', { token })).body?.docs?.map((doc) => doc.id) ?? []
    expect(await overdue(world.tokens.admin)).toContain(late.id)
    expect(await overdue(world.tokens.stationA)).toContain(late.id)
    expect(await overdue(world.tokens.stationB)).not.toContain(late.id)
    expect((await api('/api/service-orders/overdue')).status).toBe(403)
    const tenOClock = new Date(`${new Date().toISOString().slice(0, 10)}T02:00:00Z`)
    expect(await remindDueOrders(payload, tenOClock)).toBeGreaterThan(0)
    const reminded = await payload.findByID({ collection: 'service-orders', id: late.id, overrideAccess: true, depth: 0 })
    expect(reminded.remindedOn).toBeTruthy()
  })

  it('withdrawal and the purge forget the resident but keep the order for the 台账', async () => {
    const gone = await placed({ contactPhone: '13600002222' })
    expect((await call(`/receipts/${gone.code}`, { method: 'DELETE' })).status).toBe(200)
    const kept = await payload.findByID({ collection: 'service-orders', id: gone.id, overrideAccess: true, depth: 0 })
    expect(kept).toMatchObject({ state: 'cancelled', group: null, venue: null, contact: null, receiptHash: null })
    expect((await call(`/receipts/${gone.code}`)).status).toBe(404)
    const due = await placed()
    await payload.update({ collection: 'service-orders', id: due.id, data: { purgeAt: '2026-01-01T00:00:00Z' }, overrideAccess: true })
    expect((await purgeParticipation(payload)).orders).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'service-orders', id: due.id, overrideAccess: true, depth: 0 })).toMatchObject({
      group: null,
    })
    expect(stack()).toBeTruthy()
  })
})
