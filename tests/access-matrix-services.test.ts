/**
 * Who may do what with 文明课单 (issue 19), for every role including 阵地工作人员 (of this
 * place and of another) and 志愿队长 (of the dispatched team and of another): plain REST reads
 * and writes, GraphQL, `/versions`, bulk `where` updates and deletes, another station's
 * orders, and the endpoints. Attacks are written as rows: a station never sees another
 * station's order, a leader never a team's not theirs, and nobody moves an order by a write.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, localPayload, login, REVIEWER } from './support/cms.ts'
import { forgetThrottles } from './support/participation.ts'
import { order, type ServiceWorld, serviceWorld, step } from './support/services.ts'

type Role = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'community' | 'stationA' | 'stationB' | 'leader1' | 'leader3'
const ROLES: Role[] = ['anonymous', 'admin', 'editor', 'reviewer', 'community', 'stationA', 'stationB', 'leader1', 'leader3']

let payload: Payload
let world: ServiceWorld
const tokens: Partial<Record<Role, string>> = {}
/** An order at place A dispatched to team 1, and one at place B still waiting. */
let atA: number
let atB: number

async function placed(item: number): Promise<number> {
  const sent = await order(item, { contactPhone: '13800009999' })
  if (sent.status !== 201) throw new Error(`order: ${sent.status} ${JSON.stringify(sent.body)}`)
  const { docs } = await payload.find({
    collection: 'service-orders',
    where: { reference: { equals: sent.body.reference } },
    overrideAccess: true,
  })
  return docs[0]?.id as number
}

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  world = await serviceWorld(payload, 'matrix')
  Object.assign(tokens, {
    admin: world.tokens.admin,
    editor: world.tokens.editor,
    reviewer: await login(REVIEWER(1)),
    community: await login('community@xinghualing.example'),
    stationA: world.tokens.stationA,
    stationB: world.tokens.stationB,
    leader1: world.tokens.leader1,
    leader3: world.tokens.leader3,
  })
  atA = await placed(world.items[0])
  atB = await placed(world.items[1])
  await step(atA, world.tokens.stationA, { action: 'approve' })
  await step(atA, world.tokens.stationA, { action: 'dispatch', team: world.teams.first })
})

afterAll(async () => {
  await payload?.destroy()
})

const SEES_A: Role[] = ['admin', 'editor', 'reviewer', 'stationA', 'leader1']
const SEES_B: Role[] = ['admin', 'editor', 'reviewer', 'stationB']

describe('service-orders: reads', () => {
  it.each(ROLES)('REST and GraphQL as %s see only their own place’s or team’s orders', async (role) => {
    const token = tokens[role]
    for (const [id, seers] of [
      [atA, SEES_A],
      [atB, SEES_B],
    ] as const) {
      const one = await api(`/api/service-orders/${id}`, { token })
      expect(one.status, `${role} GET ${id}`).toBe(seers.includes(role) ? 200 : role === 'anonymous' || role === 'community' ? 403 : 404)
      const list = await api<{ docs?: { id: number }[] }>(`/api/service-orders?limit=200&where[id][equals]=${id}`, { token })
      expect((list.body?.docs ?? []).map((doc) => doc.id).includes(id), `${role} list`).toBe(seers.includes(role))
      const gql = await graphql<{ data?: { ServiceOrders?: { docs: { id: number }[] } | null } }>(
        `{ ServiceOrders(where: { id: { equals: ${id} } }) { docs { id } } }`,
        token,
      )
      expect((gql.data?.ServiceOrders?.docs ?? []).length, `${role} GraphQL`).toBe(seers.includes(role) ? 1 : 0)
    }
  })

  it('a query on a field cannot find another station’s orders (no probing by place or contact)', async () => {
    const probe = await api<{ docs?: { id: number }[] }>(`/api/service-orders?where[place][equals]=${world.places[0]}`, {
      token: tokens.stationB,
    })
    expect((probe.body.docs ?? []).map((doc) => doc.id)).not.toContain(atA)
    const contact = await api<{ docs?: { id: number }[] }>('/api/service-orders?where[contact.contactPhone][equals]=13800009999', {
      token: tokens.leader1,
    })
    expect(contact.body.docs ?? []).toEqual([])
  })

  it('has no /versions to read, and 课单 versions follow the review rules', async () => {
    for (const role of ROLES) {
      // Orders keep no versions; Payload answers the route with an error (500 from its findVersions), never with data.
      const versions = await api<{ docs?: unknown[] }>('/api/service-orders/versions', { token: tokens[role] })
      expect(versions.status, role).not.toBe(200)
      expect(versions.body?.docs ?? [], role).toEqual([])
    }
    const itemVersions = await api<{ docs?: unknown[] }>('/api/service-items/versions', { token: tokens.stationB })
    expect(itemVersions.status).toBe(403)
  })
})

describe('service-orders: writes that skip the steps', () => {
  it.each(ROLES)('as %s: no create, no PATCH, no bulk update or delete, no GraphQL mutation', async (role) => {
    const token = tokens[role]
    expect((await api('/api/service-orders', { method: 'POST', token, body: { item: world.items[0] } })).status).toBe(403)
    const patch = await api(`/api/service-orders/${atA}`, { method: 'PATCH', token, body: { state: 'completed' } })
    expect([403, 404]).toContain(patch.status)
    const bulk = await api(`/api/service-orders?where[id][in]=${atA},${atB}`, { method: 'PATCH', token, body: { state: 'completed' } })
    expect(bulk.status).toBe(403)
    // Administrators may delete orders (a mistaken test entry); everyone else is refused, even on their own place's.
    const remove = await api(`/api/service-orders?where[id][in]=${role === 'admin' ? 0 : `${atA},${atB}`}`, { method: 'DELETE', token })
    expect(remove.status, `${role} bulk delete`).toBe(role === 'admin' ? 200 : 403)
    const mutation = await graphql<{ errors?: unknown[] }>(
      `mutation { updateServiceOrder(id: ${atB}, data: { state: completed }) { id } }`,
      token,
    )
    expect(mutation.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('leaves the orders as they were', async () => {
    const a = await payload.findByID({ collection: 'service-orders', id: atA, overrideAccess: true, depth: 0 })
    const b = await payload.findByID({ collection: 'service-orders', id: atB, overrideAccess: true, depth: 0 })
    expect([a.state, b.state]).toEqual(['dispatched', 'submitted'])
  })
})

describe('volunteer-teams and service-items', () => {
  it('station staff read and keep their places’ teams only; a leader reads their own team', async () => {
    const { teams } = world
    expect((await api(`/api/volunteer-teams/${teams.first}`, { token: tokens.stationA })).status).toBe(200)
    expect((await api(`/api/volunteer-teams/${teams.first}`, { token: tokens.stationB })).status).toBe(404)
    expect((await api(`/api/volunteer-teams/${teams.first}`, { token: tokens.leader3 })).status).toBe(404)
    expect((await api(`/api/volunteer-teams/${teams.elsewhere}`, { token: tokens.leader3 })).status).toBe(200)
    expect((await api(`/api/volunteer-teams/${teams.first}`)).status).toBe(403)
    const stranger = await api('/api/volunteer-teams', {
      method: 'POST',
      token: tokens.stationA,
      body: { name: '越界队', places: [world.places[1]] },
    })
    expect(stranger.status).toBe(403)
    const own = await api('/api/volunteer-teams', {
      method: 'POST',
      token: tokens.stationA,
      body: { name: '本站新队', places: [world.places[0]] },
    })
    expect(own.status).toBe(201)
    const moved = await api(`/api/volunteer-teams/${teams.elsewhere}`, { method: 'PATCH', token: tokens.stationA, body: { name: '改名' } })
    expect(moved.status).toBe(403)
    for (const role of ['community', 'leader1', 'reviewer'] as const) {
      expect(
        (await api('/api/volunteer-teams', { method: 'POST', token: tokens[role], body: { name: 'x', places: [world.places[0]] } })).status,
      ).toBe(403)
    }
  })

  it('课单 are authored by the office and reach the public only through review', async () => {
    const body = {
      title: '越权课单',
      kind: 'lecture',
      place: world.places[0],
      summary: 'x',
      duration: 60,
      capacity: 10,
      provider: { kind: 'team' },
      booking: { leadDays: 0 },
      _status: 'draft',
    }
    for (const role of ['stationA', 'leader1', 'community', 'anonymous'] as const) {
      expect((await api('/api/service-items?draft=true', { method: 'POST', token: tokens[role], body })).status, role).toBe(403)
    }
    const published = await api(`/api/service-items/${world.items[0]}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(403)
    expect((await api(`/api/service-items/${world.items[0]}`)).status).toBe(200)
  })
})

describe('the order endpoints', () => {
  it.each<[string, string, Partial<Record<Role, number[]>>]>([
    [
      'GET',
      '/api/service-orders/overdue',
      {
        anonymous: [403],
        admin: [200],
        editor: [200],
        reviewer: [200],
        community: [403],
        stationA: [200],
        stationB: [200],
        leader1: [403],
        leader3: [403],
      },
    ],
    [
      'POST',
      '/api/service-orders/0/step',
      {
        anonymous: [401],
        admin: [400],
        editor: [400],
        reviewer: [400],
        community: [400],
        stationA: [400],
        stationB: [400],
        leader1: [400],
        leader3: [400],
      },
    ],
    [
      'POST',
      '/api/service-orders/0/rating',
      {
        anonymous: [403],
        admin: [404],
        editor: [404],
        reviewer: [403],
        community: [403],
        stationA: [404],
        stationB: [404],
        leader1: [403],
        leader3: [403],
      },
    ],
    [
      'POST',
      '/api/service-orders/0/report',
      {
        anonymous: [401],
        admin: [404],
        editor: [404],
        reviewer: [404],
        community: [404],
        stationA: [404],
        stationB: [404],
        leader1: [404],
        leader3: [404],
      },
    ],
    [
      'POST',
      '/api/service-orders/on-behalf',
      {
        anonymous: [403],
        admin: [400],
        editor: [400],
        reviewer: [403],
        community: [400],
        stationA: [400],
        stationB: [400],
        leader1: [403],
        leader3: [403],
      },
    ],
    [
      'GET',
      '/api/service-orders/0/desk',
      {
        anonymous: [401],
        admin: [404],
        editor: [404],
        reviewer: [404],
        community: [404],
        stationA: [404],
        stationB: [404],
        leader1: [404],
        leader3: [404],
      },
    ],
    ['POST', '/api/participation/services/orders', { anonymous: [400], admin: [400], stationA: [400], leader1: [400] }],
    ['POST', '/api/participation/services/orders/cancel', { anonymous: [400], admin: [400], stationA: [400] }],
    ['POST', '/api/participation/services/orders/rate', { anonymous: [400], admin: [400], stationA: [400] }],
    ['GET', '/api/participation/challenge?form=services', { anonymous: [200], stationA: [200] }],
  ])('%s %s', async (method, path, allowed) => {
    for (const role of Object.keys(allowed) as Role[]) {
      const { status } = await api(path, { method, token: tokens[role], body: method === 'POST' ? {} : undefined })
      expect(allowed[role], `${role} got ${status}`).toContain(status)
    }
  })

  it('GET /api/places/:id/ledger: the office any place, station staff their own, nobody else (a bad month answers 400 only to those allowed)', async () => {
    const allowed: Record<Role, number> = {
      anonymous: 401,
      admin: 400,
      editor: 400,
      reviewer: 400,
      community: 403,
      stationA: 400,
      stationB: 403,
      leader1: 403,
      leader3: 403,
    }
    for (const role of ROLES) {
      const { status } = await api(`/api/places/${world.places[0]}/ledger?month=2026-13`, { token: tokens[role] })
      expect(status, role).toBe(allowed[role])
    }
    expect((await api(`/api/places/${world.places[1]}/ledger?month=2026-11`, { token: tokens.stationA })).status).toBe(403)
    expect((await api(`/api/places/${world.places[0]}/ledger?month=2026-11`, { method: 'POST', token: tokens.stationB })).status).not.toBe(
      200,
    )
  })

  it('a step on another station’s or team’s order is not found; on one’s own, the rules answer', async () => {
    expect((await step(atB, tokens.stationA as string, { action: 'approve' })).status).toBe(404)
    expect((await step(atA, tokens.leader3 as string, { action: 'accept' })).status).toBe(404)
    expect((await step(atA, tokens.reviewer as string, { action: 'cancel', reason: '审核人越权' })).status).toBe(403)
    expect((await step(atA, tokens.stationA as string, { action: 'approve' })).status).toBe(409)
  })

  it('the 处理 desk shows an order only to whoever may read it, offers their own steps, never the contact', async () => {
    const desk = (id: number, role: Role) =>
      api<{ actions?: string[]; teams?: { id: number }[] }>(`/api/service-orders/${id}/desk`, { token: tokens[role] })
    expect((await desk(atA, 'stationB')).status).toBe(404)
    expect((await desk(atA, 'leader3')).status).toBe(404)
    expect((await desk(atB, 'leader1')).status).toBe(404)
    const leader = await desk(atA, 'leader1')
    expect(leader.status).toBe(200)
    expect(leader.body.actions).toEqual(['accept', 'decline'])
    expect(leader.text).not.toContain('13800009999')
    const station = await desk(atA, 'stationA')
    expect(station.body.actions).toEqual(['redispatch', 'cancel'])
    const offered = station.body.teams?.map((team) => team.id) ?? []
    expect(offered).toContain(world.teams.second)
    expect(offered).not.toContain(world.teams.first)
    expect(offered).not.toContain(world.teams.elsewhere)
    expect((await desk(atA, 'reviewer')).body.actions).toEqual([])
    expect((await desk(atA, 'community')).status).toBe(404)
  })
})
