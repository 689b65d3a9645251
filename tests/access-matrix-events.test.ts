/**
 * The access matrix for 活动 (issue 19), beside tests/access-matrix.test.ts and with its
 * helpers: every route of events and sign-ups for every role, station staff (阵地工作人员)
 * included. Sign-ups are made only through the gate or a staff route, never by a plain write.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login, publishThroughReview, stack } from './support/cms.ts'
import { validDraft } from './support/factories.ts'

type Role = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'community' | 'station'
const ROLES: Role[] = ['anonymous', 'admin', 'editor', 'reviewer', 'community', 'station']
const EMAILS: Record<Exclude<Role, 'anonymous' | 'station'>, string> = {
  admin: 'admin@xinghualing.example',
  editor: 'editor@xinghualing.example',
  reviewer: 'reviewer1@xinghualing.example',
  community: 'community@xinghualing.example',
}

const tokens: Partial<Record<Role, string>> = {}
let published = 0
let draftElsewhere = 0
let ownPlace = 0

beforeAll(async () => {
  for (const role of Object.keys(EMAILS) as (keyof typeof EMAILS)[]) tokens[role] = await login(EMAILS[role])
  const places = (await api<{ docs: { id: number; area: number }[] }>('/api/places?limit=2&depth=0&sort=id')).body.docs
  const [own, other] = places
  if (!own || !other) throw new Error('the demo content has fewer than two places')
  ownPlace = own.id
  const email = `station-matrix-${Date.now()}@xinghualing.example`
  const made = await api('/api/users', {
    method: 'POST',
    token: tokens.admin,
    body: { name: '阵地权限测试', email, password: stack().demoPassword, role: 'station', places: [ownPlace] },
  })
  if (made.status !== 201) throw new Error(made.text)
  tokens.station = await login(email)
  const create = async (place: number) => {
    const data = validDraft('events', { label: `权限测试${place}`, area: own.area, place })
    const { body } = await api<{ doc: { id: number } }>('/api/events?draft=true', {
      method: 'POST',
      token: tokens.editor,
      body: { ...data, _status: 'draft' },
    })
    return body.doc.id
  }
  published = await create(ownPlace)
  await publishThroughReview('events', published)
  draftElsewhere = await create(other.id)
})

type Row = [string, string, Partial<Record<Role, number[]>> & { all?: number[] }]
/** `:published` and `:draft` stand for a published event at the station's place and a draft at another place. */
const resolve = (path: string) => path.replace(':published', String(published)).replace(':draft', String(draftElsewhere))

const everyone = (statuses: number[]) => ({ all: statuses })

describe('events and event sign-ups', () => {
  it.each<Row>([
    ['GET', '/api/events/:published', everyone([200])],
    [
      'GET',
      '/api/events/:draft?draft=true',
      { anonymous: [404], admin: [200], editor: [200], reviewer: [200], community: [404, 200], station: [404] },
    ],
    ['POST', '/api/events', { anonymous: [403], admin: [400], editor: [400], reviewer: [403], community: [403], station: [403] }],
    [
      'DELETE',
      '/api/events?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [200, 403], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'GET',
      '/api/events/versions?limit=1',
      { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200], station: [403] },
    ],
    [
      'GET',
      '/api/event-signups?limit=1',
      { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403], station: [200] },
    ],
    ['POST', '/api/event-signups', everyone([403])],
    [
      'PATCH',
      '/api/event-signups?where[id][equals]=0',
      { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'DELETE',
      '/api/event-signups?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'GET',
      '/api/events/:published/check-in-code',
      { anonymous: [401], admin: [200], editor: [200], reviewer: [403], community: [403], station: [200] },
    ],
    [
      'GET',
      '/api/events/:draft/check-in-code',
      { anonymous: [401], admin: [200], editor: [200], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'POST',
      '/api/events/:published/check-in',
      { anonymous: [401], admin: [400], editor: [400], reviewer: [403], community: [403], station: [400] },
    ],
    [
      'POST',
      '/api/events/:draft/signups',
      { anonymous: [401], admin: [409], editor: [409], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'GET',
      '/api/events/:published/attendance',
      { anonymous: [401], admin: [200], editor: [200], reviewer: [403], community: [403], station: [200] },
    ],
    [
      'GET',
      '/api/events/:published/sign-in-sheet',
      { anonymous: [401], admin: [200], editor: [200], reviewer: [403], community: [403], station: [200] },
    ],
    [
      'GET',
      '/api/events/:draft/sign-in-sheet',
      { anonymous: [401], admin: [409], editor: [409], reviewer: [403], community: [403], station: [403] },
    ],
    [
      'GET',
      '/api/events/volunteer-hours',
      { anonymous: [401], admin: [200], editor: [200], reviewer: [403], community: [403], station: [200] },
    ],
    ['GET', '/api/participation/events/no-such-event', everyone([404])],
    ['POST', '/api/participation/events/no-such-event/signups', everyone([400])],
    ['POST', '/api/participation/events/check-in', everyone([400])],
    ['GET', '/api/participation/challenge?form=events', everyone([200])],
  ])('%s %s', async (method, path, allowed) => {
    for (const role of ROLES) {
      const body = method === 'POST' || method === 'PATCH' ? {} : undefined
      const { status } = await api(resolve(path), { method, token: tokens[role], body })
      expect(allowed[role] ?? allowed.all, `${role} got ${status}`).toContain(status)
    }
  })
})
