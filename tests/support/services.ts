/**
 * 文明课单 fixtures: two published places, a station worker for each, three volunteer teams
 * (two at the first place, one at the second) each with a leader account, and a published
 * 课单 at each place — and a resident's order, sent through the gate like the site's form.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import { NOTICE_VERSION } from '../../contract/participation.ts'
import { api, login, publishThroughReview, stack } from './cms.ts'
import { validDraft } from './factories.ts'
import { post, type Sent, solvedFor } from './participation.ts'

export interface ServiceWorld {
  places: [number, number]
  teams: { first: number; second: number; elsewhere: number }
  items: [number, number]
  tokens: { stationA: string; stationB: string; leader1: string; leader2: string; leader3: string; admin: string; editor: string }
}

let made = 0

/** Staff names as the admin shows them: Chinese, with the world's digits (`station-a-…` → 甲站工作人员…). */
const NAMES: Record<string, string> = {
  'station-a': '甲站工作人员',
  'station-b': '乙站工作人员',
  'leader-1': '一队队长',
  'leader-2': '二队队长',
  'leader-3': '三队队长',
}

async function user(payload: Payload, email: string, data: Record<string, unknown>, shown: string): Promise<string> {
  const role = Object.keys(NAMES).find((prefix) => email.startsWith(`${prefix}-`))
  await payload.create({
    collection: 'users',
    data: { email, password: stack().demoPassword, name: `${role ? NAMES[role] : '测试人员'}${shown}`, ...data } as never,
    overrideAccess: true,
  })
  return login(email)
}

async function publishedItem(place: number, area: number, label: string): Promise<number> {
  const editor = await login('editor@xinghualing.example')
  const body = { ...validDraft('service-items', { label, area, place }), _status: 'draft' }
  const { status, body: created } = await api<{ doc: { id: number } }>('/api/service-items?draft=true', {
    method: 'POST',
    token: editor,
    body,
  })
  if (status !== 201) throw new Error(`service item: ${status} ${JSON.stringify(created)}`)
  await publishThroughReview('service-items', created.doc.id)
  return created.doc.id
}

/** Builds the world once per test file (emails made unique by `tag`). */
export async function serviceWorld(payload: Payload, tag: string): Promise<ServiceWorld> {
  made += 1
  const key = `${tag}${made}`
  // What staff read (teams, items, and the article drafted from a report) carries digits, never the English tag: the admin
  // must show no English word (tests/admin-language.browser.test.ts reads the same database).
  const shown = `${made}${String(Date.now()).slice(-6)}`
  const { docs } = await payload.find({
    collection: 'places',
    where: { _status: { equals: 'published' } },
    limit: 2,
    depth: 0,
    overrideAccess: true,
  })
  const [a, b] = docs
  if (!a || !b) throw new Error('the demo content needs two published places')
  const team = async (name: string, place: number) =>
    (await payload.create({ collection: 'volunteer-teams', data: { name, places: [place], members: 12 }, overrideAccess: true })).id
  const teams = {
    first: await team(`红马甲${shown}`, a.id),
    second: await team(`蓝马甲${shown}`, a.id),
    elsewhere: await team(`绿马甲${shown}`, b.id),
  }
  const mail = (name: string) => `${name}-${key}@xinghualing.example`
  return {
    places: [a.id, b.id],
    teams,
    items: [await publishedItem(a.id, a.area as number, `甲${shown}`), await publishedItem(b.id, b.area as number, `乙${shown}`)],
    tokens: {
      stationA: await user(payload, mail('station-a'), { role: 'station', places: [a.id] }, shown),
      stationB: await user(payload, mail('station-b'), { role: 'station', places: [b.id] }, shown),
      leader1: await user(payload, mail('leader-1'), { role: 'teamLeader', team: teams.first }, shown),
      leader2: await user(payload, mail('leader-2'), { role: 'teamLeader', team: teams.second }, shown),
      leader3: await user(payload, mail('leader-3'), { role: 'teamLeader', team: teams.elsewhere }, shown),
      admin: await login('admin@xinghualing.example'),
      editor: await login('editor@xinghualing.example'),
    },
  }
}

/** `days` on, at `hour`:00 Beijing time (14:00 unless told). */
export const soon = (days = 3, hour = 14) => {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`
}

let slots = 0
/** A time of its own for each order (one 课单 is given once at a time, test items last an hour): from 5 days on, 08:00–16:00, two hours apart. */
export const nextSlot = () => {
  const n = slots++
  return soon(5 + Math.floor(n / 5), 8 + 2 * (n % 5))
}

export function orderBody(item: number, altcha: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    item,
    group: '金刚里社区老年人',
    people: 20,
    wantedAt: nextSlot(),
    venue: '金刚里社区活动室',
    consent: NOTICE_VERSION,
    altcha,
    ...extra,
  }
}

/** A resident's order from the site's form; the answer with its receipt code. */
export async function order(item: number, extra: Record<string, unknown> = {}): Promise<Sent> {
  return post('/services/orders', orderBody(item, await solvedFor('services'), extra))
}

/** POST /api/service-orders/:id/step as a signed-in staff member. */
export const step = (id: number, token: string, body: Record<string, unknown>) =>
  api<{ state?: string; errors?: { message: string }[] }>(`/api/service-orders/${id}/step`, { method: 'POST', token, body })

/** POST /api/service-orders/:id/report: the 结项报告 as the team files it (multipart, photos as `photo`). */
export async function report(id: number, token: string, { consent, photos }: { consent: boolean; photos: number }) {
  const form = new FormData()
  form.append('text', '本次讲座围绕垃圾分类展开，社区居民三十余人参加，现场互动热烈，志愿者还发放了宣传资料。')
  form.append('photoConsent', String(consent))
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a6' } })
    .jpeg()
    .toBuffer()
  for (let n = 0; n < photos; n++) form.append('photo', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `现场${n}.jpg`)
  return api<{ state?: string; article?: number; errors?: { message: string }[] }>(`/api/service-orders/${id}/report`, {
    method: 'POST',
    token,
    form,
  })
}
