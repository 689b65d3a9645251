/**
 * 活动: an event published through review; sign-ups through the gate, first come first
 * served — thirty at once for ten places give exactly ten places and a waitlist of twenty
 * in order; a cancellation by 报名码 promotes the first waiting, which the receipt page
 * tells; check-in by the rotating code (current and previous step only) or by staff
 * scanning the 报名码, staff of another station refused; paper sign-ins; volunteer hours
 * as a ledger and a CSV; the purge forgets people and keeps the counts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { NOTICE_VERSION } from '../contract/participation.ts'
import { api, graphql, localPayload, login, publishThroughReview, removeDocument, stack } from './support/cms.ts'
import { call, forgetThrottles, newDevice, post, solvedFor } from './support/participation.ts'
import { pageTexts } from './support/pdf.ts'

let payload: Payload
let editor: string
let admin: string
let ownPlace: number
let otherPlace: number
let station: string
let otherStation: string

const HOUR = 3600_000
const DAY = 24 * HOUR
let counter = 0

async function stationUser(place: number): Promise<string> {
  counter += 1
  const email = `station${counter}-${Date.now()}@xinghualing.example`
  const made = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { name: `阵地工作人员${counter}`, email, password: stack().demoPassword, role: 'station', places: [place] },
  })
  expect(made.status, made.text).toBe(201)
  return login(email)
}

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  editor = await login('editor@xinghualing.example')
  admin = await login('admin@xinghualing.example')
  const found = await api<{ docs: { id: number; name: string }[] }>('/api/places?limit=2&depth=0&sort=id')
  const [own, other] = found.body.docs
  if (!own || !other) throw new Error('the demo content has fewer than two places')
  ownPlace = own.id
  otherPlace = other.id
  station = await stationUser(ownPlace)
  otherStation = await stationUser(otherPlace)
})

afterAll(async () => {
  await payload?.destroy()
})

interface Made {
  id: number
  slug: string
  title: string
}

async function draftEvent(extra: Record<string, unknown> = {}): Promise<Made> {
  counter += 1
  const data = {
    title: `文明微讲堂${counter}`,
    kind: 'lecture',
    startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 7 * DAY + 2 * HOUR).toISOString(),
    place: ownPlace,
    capacity: 10,
    summary: '垃圾分类小知识，欢迎邻居们参加。',
    ...extra,
  }
  const made = await api<{ doc: Made }>('/api/events?draft=true', { method: 'POST', token: editor, body: { ...data, _status: 'draft' } })
  expect(made.status, made.text).toBe(201)
  return made.body.doc
}

async function event(extra: Record<string, unknown> = {}): Promise<Made> {
  const made = await draftEvent(extra)
  await publishThroughReview('events', made.id)
  return made
}

interface Signed {
  status: number
  body: { receipt?: string; state?: string; position?: number | null; errors?: { message: string; field?: string }[] }
}

async function signUp(slug: string, extra: Record<string, unknown> = {}): Promise<Signed> {
  const altcha = await solvedFor('events')
  return post(`/events/${slug}/signups`, { consent: NOTICE_VERSION, altcha, ...extra }, { device: newDevice() }) as Promise<Signed>
}

const receipt = (code: string) => call(`/receipts/${encodeURIComponent(code)}`)

describe('events: publish and sign up', () => {
  it('a draft takes no sign-ups and is not public; the area follows the place', async () => {
    const draft = await draftEvent()
    expect((await api(`/api/events/${draft.id}`)).status).toBe(404)
    const signed = await signUp(draft.slug)
    expect(signed.status).toBe(404)
    expect(signed.body.errors?.[0]?.message).toContain('没有找到这个活动')
    const full = await api<{ area: { id: number } | number; place: { id: number } }>(`/api/events/${draft.id}?draft=true&depth=0`, {
      token: editor,
    })
    const place = await api<{ area: number }>(`/api/places/${ownPlace}?depth=0`)
    expect(full.body.area).toBe(place.body.area)
  })

  it('refuses an end before the start, in Chinese, on the field', async () => {
    const wrong = await api<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>('/api/events?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        title: '时间写反的活动',
        kind: 'lecture',
        startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
        endsAt: new Date(Date.now() + DAY).toISOString(),
        place: ownPlace,
        capacity: 5,
        summary: '简介',
        _status: 'draft',
      },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('结束时间应晚于开始时间')
  })

  it('thirty parallel sign-ups for ten places: exactly ten places, twenty waiting in order', async () => {
    const made = await event({ capacity: 10 })
    await forgetThrottles(payload)
    const altchas = await Promise.all(Array.from({ length: 30 }, () => solvedFor('events')))
    const answers = await Promise.all(
      altchas.map(
        (altcha) => post(`/events/${made.slug}/signups`, { consent: NOTICE_VERSION, altcha }, { device: newDevice() }) as Promise<Signed>,
      ),
    )
    await forgetThrottles(payload)
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(201))
    const states = answers.map((answer) => answer.body.state)
    expect(states.filter((state) => state === 'signedUp')).toHaveLength(10)
    expect(states.filter((state) => state === 'waitlisted')).toHaveLength(20)
    const positions = answers.map((answer) => answer.body.position).filter((position) => position != null)
    expect([...positions].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, at) => at + 1))
    const status = await call(`/events/${made.slug}`)
    expect(status.body).toMatchObject({ capacity: 10, left: 0, waiting: 20, window: 'open' })

    // A cancellation by 报名码 gives the place to the first waiting, and the receipt page says so.
    const holder = answers.find((answer) => answer.body.state === 'signedUp')?.body.receipt as string
    const first = answers.find((answer) => answer.body.position === 1)?.body.receipt as string
    const second = answers.find((answer) => answer.body.position === 2)?.body.receipt as string
    expect((await receipt(first)).body).toMatchObject({
      form: 'events',
      status: '候补第 1 位',
      subject: expect.stringContaining('文明微讲堂'),
    })
    const cancelled = await call(`/receipts/${holder}`, { method: 'DELETE' })
    expect(cancelled.status).toBe(200)
    expect((await receipt(holder)).body).toMatchObject({ status: '已取消' })
    expect((await receipt(first)).body).toMatchObject({ status: '已报名', event: { promoted: true, position: null } })
    expect((await receipt(second)).body).toMatchObject({ status: '候补第 1 位' })
    expect((await call(`/receipts/${holder}`, { method: 'DELETE' })).status).toBe(404)
    expect((await call(`/events/${made.slug}`)).body).toMatchObject({ left: 0, waiting: 19 })
  }, 120_000)

  it('a volunteer must leave name and phone; full-width digits are read', async () => {
    const made = await event()
    const missing = await signUp(made.slug, { volunteer: true })
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['contactName', 'contactPhone']))
    const ok = await signUp(made.slug, {
      volunteer: true,
      contactName: '赵志愿',
      contactPhone: '１３８ ００１３ ８０００',
      team: '涧河志愿服务队',
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const view = await receipt(ok.body.receipt as string)
    expect(view.body).toMatchObject({ kind: '活动报名（志愿者）', status: '已报名' })
    expect(JSON.stringify(view.body)).not.toContain('13800138000')
  })

  it('a deleted event takes its sign-ups and their contacts with it', async () => {
    const made = await event()
    const signed = await signUp(made.slug, { volunteer: true, contactName: '周删除', contactPhone: '13600003333' })
    expect(signed.status).toBe(201)
    expect((await removeDocument('events', made.id)).status).toBe(200)
    const left = await payload.find({ collection: 'event-signups', where: { event: { equals: made.id } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
    const contacts = await payload.find({
      collection: 'participation-contacts',
      where: { contactName: { equals: '周删除' } },
      overrideAccess: true,
    })
    expect(contacts.totalDocs).toBe(0)
  })

  it('sign-up closes with its window', async () => {
    const made = await event({ signupClosesAt: new Date(Date.now() + 1000).toISOString() })
    await new Promise((resolve) => setTimeout(resolve, 1200))
    const late = await signUp(made.slug)
    expect(late.status).toBe(409)
    expect(late.body.errors?.[0]?.message).toBe('活动报名已经截止。')
  })
})

describe('events: only through the gate and the staff routes', () => {
  it('no plain REST or GraphQL write makes or changes a sign-up, whoever asks', async () => {
    const made = await event()
    const signed = await signUp(made.slug)
    expect(signed.status).toBe(201)
    for (const token of [undefined, editor, admin, station]) {
      expect((await api('/api/event-signups', { method: 'POST', token, body: { event: made.id, state: 'signedUp' } })).status).toBe(403)
      const bulk = await api(`/api/event-signups?where[event][equals]=${made.id}`, { method: 'PATCH', token, body: { state: 'checkedIn' } })
      expect([403, 200]).toContain(bulk.status)
    }
    const gql = await graphql<{ errors?: unknown[] }>(`mutation { createEventSignup(data: { event: ${made.id} }) { id } }`, admin)
    expect(gql.errors?.length).toBeGreaterThan(0)
    const rows = await payload.find({ collection: 'event-signups', where: { event: { equals: made.id } }, overrideAccess: true })
    expect(rows.docs.map((doc) => doc.state)).toEqual(['signedUp'])
  })

  it('station staff read their own places’ sign-ups only', async () => {
    const made = await event()
    await signUp(made.slug)
    const own = await api<{ totalDocs: number }>(`/api/event-signups?where[event][equals]=${made.id}`, { token: station })
    expect(own.body.totalDocs).toBe(1)
    const other = await api<{ totalDocs: number }>(`/api/event-signups?where[event][equals]=${made.id}`, { token: otherStation })
    expect(other.body.totalDocs).toBe(0)
    const gql = await graphql<{ data?: { EventSignups?: { totalDocs: number } } }>(
      `{ EventSignups(where: { event: { equals: ${made.id} } }) { totalDocs } }`,
      otherStation,
    )
    expect(gql.data?.EventSignups?.totalDocs ?? 0).toBe(0)
    const draft = await draftEvent({ place: otherPlace })
    expect((await api(`/api/events/${draft.id}?draft=true`, { token: otherStation })).status).toBe(200)
    expect((await api(`/api/events/${draft.id}?draft=true`, { token: station })).status).toBe(404)
    expect((await api(`/api/events/versions?where[parent][equals]=${draft.id}`, { token: otherStation })).status).toBe(403)
  })
})

describe('events: check-in, attendance and hours', () => {
  let now: Made
  let volunteerCode: string

  beforeAll(async () => {
    now = await event({
      startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      signupClosesAt: new Date(Date.now() + HOUR).toISOString(),
      capacity: 2,
      hours: 2.5,
    })
  })

  it('checks in with the rotating code shown to staff; a wrong or old code, another station and the waitlist are refused', async () => {
    const volunteer = await signUp(now.slug, { volunteer: true, contactName: '钱志愿', contactPhone: '13900001111', team: '杏花岭红马甲' })
    volunteerCode = volunteer.body.receipt as string
    await signUp(now.slug)
    const waiting = await signUp(now.slug)
    expect(waiting.body.state).toBe('waitlisted')

    expect((await api(`/api/events/${now.id}/check-in-code`)).status).toBe(401)
    expect((await api(`/api/events/${now.id}/check-in-code`, { token: otherStation })).status).toBe(403)
    const shown = await api<{ code: string; secondsLeft: number }>(`/api/events/${now.id}/check-in-code`, { token: station })
    expect(shown.status).toBe(200)
    expect(shown.body.code).toMatch(/^\d{6}$/)

    const wrongDigit = String((Number(shown.body.code.slice(0, 1)) + 1) % 10) + shown.body.code.slice(1)
    const wrong = await post('/events/check-in', { code: volunteerCode, rotating: wrongDigit })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors?.[0]?.message).toContain('每 30 秒更换一次')
    const refusedWaiting = await post('/events/check-in', { code: waiting.body.receipt, rotating: shown.body.code })
    expect([400, 409]).toContain(refusedWaiting.status)
    // Typed on a phone with a Chinese input method: full-width digits and spaces.
    const typed = shown.body.code.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    const ok = await post('/events/check-in', { code: volunteerCode.toLowerCase(), rotating: `${typed.slice(0, 3)} ${typed.slice(3)}` })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body).toMatchObject({ checkedIn: true, already: false })
    expect((await receipt(volunteerCode)).body).toMatchObject({ status: '已签到' })
  })

  it('staff scan a 报名码 and type in the paper sign-in sheet; attendance counts', async () => {
    const second = await signUp(now.slug, {})
    const code = second.body.receipt as string
    expect((await api(`/api/events/${now.id}/check-in`, { method: 'POST', token: otherStation, body: { code } })).status).toBe(403)
    // Capacity 2: the second sign-up here was waitlisted or signed up depending on the earlier test; find one that holds a place.
    const rows = await payload.find({
      collection: 'event-signups',
      where: { and: [{ event: { equals: now.id } }, { state: { equals: 'signedUp' } }] },
    })
    expect(rows.docs.length).toBeGreaterThan(0)
    const scanned = await api<{ checkedIn?: boolean; errors?: { message: string }[] }>(`/api/events/${now.id}/check-in`, {
      method: 'POST',
      token: station,
      body: { code: 'ABCD-EFGH-JKMN' },
    })
    expect(scanned.status).toBe(404)
    const paper = await api<{ state: string; receipt: string }>(`/api/events/${now.id}/signups`, {
      method: 'POST',
      token: station,
      body: { paper: true, volunteer: true, contactName: '孙纸质', contactPhone: '13700002222', team: '杏花岭红马甲' },
    })
    expect(paper.status, paper.text).toBe(201)
    expect(paper.body.state).toBe('checkedIn')
    const scanPaper = await api<{ already: boolean }>(`/api/events/${now.id}/check-in`, {
      method: 'POST',
      token: station,
      body: { code: paper.body.receipt },
    })
    expect(scanPaper.body.already).toBe(true)
    const attendance = await api<{ counts: Record<string, number> }>(`/api/events/${now.id}/attendance`, { token: station })
    expect(attendance.body.counts).toMatchObject({ checkedIn: 2 })
    expect((await api(`/api/events/${now.id}/attendance`, { token: otherStation })).status).toBe(403)
  })

  it('prints the paper sign-in sheet for the station of the event, with blank rows and the page of the event', async () => {
    const response = await fetch(`${stack().cmsUrl}/api/events/${now.id}/sign-in-sheet`, { headers: { authorization: `JWT ${station}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const text = (await pageTexts(new Uint8Array(await response.arrayBuffer()))).join('\n')
    expect(text).toContain('签到')
    expect(text).toContain(now.title)
    expect(text).not.toContain('孙纸质')
    expect((await api(`/api/events/${now.id}/sign-in-sheet`, { token: otherStation })).status).toBe(403)
  })

  it('hours: a ledger per person and team, CSV in full for those who see contacts, masked for others', async () => {
    const csv = await fetch(`${stack().cmsUrl}/api/events/volunteer-hours?place=${ownPlace}`, {
      headers: { authorization: `JWT ${admin}` },
    })
    expect(csv.status).toBe(200)
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('姓名,手机号,志愿服务队,活动名称,活动类别,活动地点,服务日期,开始时间,结束时间,服务时长（小时）,报名编号')
    const qian = lines.find((line) => line.startsWith('钱志愿,13900001111,杏花岭红马甲,'))
    expect(qian).toContain(',2.5,')
    expect(lines.find((line) => line.startsWith('孙纸质,13700002222,'))).toBeTruthy()
    const masked = await fetch(`${stack().cmsUrl}/api/events/volunteer-hours`, { headers: { authorization: `JWT ${station}` } })
    const maskedText = await masked.text()
    expect(maskedText).toContain('钱**,139****1111')
    expect(maskedText).not.toContain('13900001111')
    expect(
      (
        await fetch(`${stack().cmsUrl}/api/events/volunteer-hours?place=${ownPlace}`, {
          headers: { authorization: `JWT ${otherStation}` },
        })
      ).status,
    ).toBe(403)

    const { hoursLedger } = await import('../cms/participation/events/attendance.ts')
    const ledger = await hoursLedger(payload, { place: ownPlace, unmasked: true })
    expect(ledger.teams.find((team) => team.team === '杏花岭红马甲')).toMatchObject({ people: 2, events: 2, hours: 5 })
    expect(ledger.people.find((person) => person.name === '钱志愿')).toMatchObject({ events: 1, hours: 2.5 })
  })

  it('the purge forgets codes and contacts at their date and keeps the counts', async () => {
    await payload.update({
      collection: 'event-signups',
      where: { event: { equals: now.id } },
      data: { purgeAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'participation-contacts',
      where: { contactName: { in: ['钱志愿', '孙纸质'] } },
      data: { purgeAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const purged = await purgeParticipation(payload)
    expect(purged.signups).toBeGreaterThanOrEqual(3)
    expect((await receipt(volunteerCode)).status).toBe(404)
    const { eventAttendance } = await import('../cms/participation/events/attendance.ts')
    const attendance = await eventAttendance(payload, now.id)
    expect(attendance?.counts.checkedIn).toBe(2)
    expect(attendance?.people.every((person) => person.name === '')).toBe(true)
  })
})
