/**
 * 台账 (issue 19): a station's month seeded through the real endpoints — orders ordered by
 * residents through the gate and taken through 审单/派单/接单/结项, a rating approved and one
 * still held, an event with paper sign-ins and a scanned check-in — then downloaded as the
 * station's staff from GET /api/places/:id/ledger and opened: the orders with their states,
 * the event with attendance and its photo, the hours and the approved rating are there; no
 * resident's name, phone, receipt code or unapproved comment is; the CMYK edition passes the
 * print preflight. Another station's staff, another station's place, odd months: refused.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLedgerMonth } from '../cms/participation/ledger/month.ts'

import { toPdfX } from '../site/print/cmyk.ts'
import { api, localPayload, publishThroughReview, stack } from './support/cms.ts'
import { call, forgetThrottles } from './support/participation.ts'
import { pageBoxes, pageTexts, preflightPdfX } from './support/pdf.ts'
import { order, report, type ServiceWorld, serviceWorld, step } from './support/services.ts'

let payload: Payload
let world: ServiceWorld
const codes: string[] = []
const references: string[] = []
/** This month in Beijing time (`2026-12`), when everything below happens. */
const MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date())

const rateBody = (code: string, extra: Record<string, unknown>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ code, ...extra }),
})

async function placed(contactName: string, contactPhone: string): Promise<{ id: number; code: string }> {
  const sent = await order(world.items[0], { contactName, contactPhone })
  expect(sent.status, JSON.stringify(sent.body)).toBe(201)
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: { reference: { equals: sent.body.reference } },
    depth: 0,
    overrideAccess: true,
  })
  codes.push(String(sent.body.receipt))
  references.push(String(sent.body.reference))
  return { id: docs[0]?.id as number, code: String(sent.body.receipt) }
}

/** Ordered, approved, dispatched, accepted, reported: completed, and rated. */
async function completed(contactName: string, contactPhone: string, comment: string): Promise<number> {
  const { id, code } = await placed(contactName, contactPhone)
  const { stationA, leader1 } = world.tokens
  expect((await step(id, stationA, { action: 'approve' })).status).toBe(200)
  expect((await step(id, stationA, { action: 'dispatch', team: world.teams.first })).status).toBe(200)
  expect((await step(id, leader1, { action: 'accept' })).status).toBe(200)
  expect((await report(id, leader1, { consent: true, photos: 0 })).status).toBe(201)
  const rated = await call('/services/orders/rate', rateBody(code, { score: 4, comment }))
  expect(rated.status, JSON.stringify(rated.body)).toBe(201)
  return id
}

async function seedEvent(): Promise<void> {
  const editor = world.tokens.editor
  const { docs: media } = await payload.find({ collection: 'media', where: { mimeType: { like: 'image/' } }, limit: 1, depth: 0 })
  const startsAt = new Date(Date.now() + 3600_000)
  const made = await api<{ doc: { id: number } }>('/api/events?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      title: '冬季防火安全讲座',
      kind: 'lecture',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      place: world.places[0],
      capacity: 10,
      summary: '冬季用火用电安全，欢迎邻居们参加。',
      cover: media[0]?.id,
      _status: 'draft',
    },
  })
  expect(made.status, made.text).toBe(201)
  const id = made.body.doc.id
  await publishThroughReview('events', id)
  const enter = (body: Record<string, unknown>) =>
    api<{ receipt?: string }>(`/api/events/${id}/signups`, { method: 'POST', token: world.tokens.stationA, body })
  for (const [name, phone] of [
    ['王秀英', '13911112222'],
    ['李建国', '13933334444'],
  ]) {
    const paper = await enter({ paper: true, volunteer: true, team: '红马甲志愿服务队', contactName: name, contactPhone: phone })
    expect(paper.status, paper.text).toBe(201)
  }
  const desk = await enter({ contactName: '赵桂兰', contactPhone: '13955556666' })
  expect(desk.status, desk.text).toBe(201)
  const scanned = await api(`/api/events/${id}/check-in`, {
    method: 'POST',
    token: world.tokens.stationA,
    body: { code: desk.body.receipt },
  })
  expect(scanned.status, scanned.text).toBe(200)
  expect((await enter({ contactName: '周海燕' })).status).toBe(201)
}

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  world = await serviceWorld(payload, 'ledger')
  const approved = await completed('陈志强', '13812345678', '讲得很好，老人们都听懂了。')
  await completed('刘晓明', '13887654321', '待审的评价不该出现在台账里')
  expect(
    (await api(`/api/service-orders/${approved}/rating`, { method: 'POST', token: world.tokens.stationA, body: { decision: 'approve' } }))
      .status,
  ).toBe(200)
  const refused = await placed('杨文', '13700001111')
  expect((await step(refused.id, world.tokens.stationA, { action: 'refuse', reason: '所选时间站点已有活动' })).status).toBe(200)
  await placed('黄丽', '13700002222')
  // Another station's order, which must not appear.
  expect((await order(world.items[1], { group: '别处社区的居民' })).status).toBe(201)
  await seedEvent()
})

afterAll(async () => {
  await payload?.destroy()
})

const ledger = (place: number, month: string, token?: string) =>
  fetch(`${stack().cmsUrl}/api/places/${place}/ledger?month=${encodeURIComponent(month)}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })

describe('台账 of a station’s month', () => {
  it('downloads as the station’s staff: orders, steps, the event, hours and the approved rating; nothing personal', async () => {
    const response = await ledger(world.places[0], MONTH, world.tokens.stationA)
    expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = decodeURIComponent(response.headers.get('content-disposition') ?? '')
    expect(disposition).toContain(`${Number(MONTH.slice(0, 4))}年${Number(MONTH.slice(5))}月-台账.pdf`)
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = (await pageTexts(pdf)).join('\n').replace(/[ \t]+/g, '')
    for (const reference of references) expect(text).toContain(reference)
    for (const shown of ['已完成', '已拒绝', '审核中', '审单通过', '派单', '接单', '所选时间站点已有活动', '冬季防火安全讲座']) {
      expect(text).toContain(shown)
    }
    expect(text.replace(/\s+/g, '')).toContain('报名4人，候补0人，签到3人')
    expect(text).toContain('红马甲志愿服务队')
    expect(text).toMatch(/王\*+/)
    expect(text).toContain('讲得很好，老人们都听懂了。')
    expect(text).not.toContain('待审的评价')
    expect(text).not.toContain('别处社区的居民')
    for (const secret of [
      '陈志强',
      '王秀英',
      '李建国',
      '赵桂兰',
      '13812345678',
      '13911112222',
      ...codes,
      ...codes.map((c) => c.replaceAll('-', '')),
    ]) {
      expect(text, secret).not.toContain(secret)
    }
    expect((await pageBoxes(pdf)).length).toBeGreaterThan(2)
    expect(await preflightPdfX(await toPdfX(pdf, 'Xinghualing'))).toEqual([])
  })

  it('writes who printed it to the 操作日志', async () => {
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ action: { equals: 'export' } }, { documentId: { equals: String(world.places[0]) } }] },
      sort: '-createdAt',
      limit: 1,
      overrideAccess: true,
    })
    // Other files order at the same demo place this month: the count is what the month holds, at least this file's four.
    const month = readLedgerMonth(MONTH)
    if ('error' in month) throw new Error(month.error)
    const { totalDocs: orders } = await payload.count({
      collection: 'service-orders',
      where: {
        and: [
          { place: { equals: world.places[0] } },
          { receivedAt: { greater_than_equal: month.from.toISOString() } },
          { receivedAt: { less_than: month.to.toISOString() } },
        ],
      },
      overrideAccess: true,
    })
    expect(orders).toBeGreaterThanOrEqual(4)
    expect(docs[0]?.summary).toMatch(new RegExp(`^打印台账：.+（${orders} 单点单，\\d+ 场活动）$`))
    expect(docs[0]?.actorEmail).toMatch(/^station-a-/)
  })

  it('reads full-width digits as the month and refuses a month that is not one, in Chinese', async () => {
    const wide = MONTH.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)))
    expect((await ledger(world.places[0], wide, world.tokens.stationA)).status).toBe(200)
    for (const month of ['2026-13', '二〇二六年十一月', '', '2026-11-01']) {
      const bad = await ledger(world.places[0], month, world.tokens.stationA)
      expect(bad.status, month).toBe(400)
      expect((await bad.json()).errors[0].message).toBe('月份不正确，请写作 2026-11（年份四位，月份 1—12）。')
    }
  })

  it('refuses another station’s staff, another station’s place, a team leader and anyone signed out', async () => {
    const refused = await ledger(world.places[0], MONTH, world.tokens.stationB)
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toContain('不在您负责的范围')
    expect((await ledger(world.places[1], MONTH, world.tokens.stationA)).status).toBe(403)
    expect((await ledger(999_999, MONTH, world.tokens.stationA)).status).toBe(403)
    expect((await ledger(world.places[0], MONTH, world.tokens.leader1)).status).toBe(403)
    expect((await ledger(world.places[0], MONTH)).status).toBe(401)
    expect((await ledger(999_999, MONTH, world.tokens.admin)).status).toBe(404)
  })

  it('an empty month prints too, saying so', async () => {
    const response = await ledger(world.places[0], '2020-02', world.tokens.admin)
    expect(response.status).toBe(200)
    const text = (await pageTexts(new Uint8Array(await response.arrayBuffer()))).join('').replace(/\s+/g, '')
    expect(text).toContain('2020年2月')
    expect(text).toContain('本月没有志愿服务时长记录')
  })
})
