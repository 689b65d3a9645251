/**
 * Who may do what, for every role and every reviewed collection, through the REST API and
 * the Local API with overrideAccess: false. Publishing is never a plain write: it is refused
 * for everyone and happens only through review.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../contract/payload-types.ts'
import { EMAILS, endpointRows, ROLES, type Role } from './support/accessMatrix.ts'
import { api, areaId, createFigure, localPayload, login, publishThroughReview, REVIEWER, workflow } from './support/cms.ts'
import { validDraft } from './support/factories.ts'

const COLLECTIONS = ['figures', 'streets', 'places', 'regulations', 'articles', 'surveys', 'elections'] as const
type Collection = (typeof COLLECTIONS)[number]

let counter = 0
/** Two published figures: a 评选's candidates. */
const candidates: number[] = []

/** A valid draft of each collection, in the given area. */
function draftData(collection: Collection, area: number): Record<string, unknown> {
  counter += 1
  return validDraft(collection, { label: `权限测试${counter}`, area, candidates })
}

const tokens: Partial<Record<Role, string>> = {}
const as = (role: Role) => tokens[role]

let sanqiao: number
let jianhe: number
let payload: Payload

beforeAll(async () => {
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await login(EMAILS[role])
  sanqiao = await areaId('三桥街道')
  jianhe = await areaId('涧河街道')
  payload = await localPayload()
  for (const name of ['候选人甲', '候选人乙']) candidates.push((await createFigure(tokens.editor as string, name, 'published')).id)
})

afterAll(async () => {
  await payload?.destroy()
})

async function createDraft(collection: Collection, area: number): Promise<number> {
  const { status, body } = await api<{ doc: { id: number } }>(`/api/${collection}?draft=true`, {
    method: 'POST',
    token: as('editor'),
    body: { ...draftData(collection, area), _status: 'draft' },
  })
  if (status !== 201) throw new Error(`${collection}: ${status} ${JSON.stringify(body)}`)
  return body.doc.id
}

describe.each(COLLECTIONS)('%s', (collection) => {
  let draftElsewhere: number
  let draftInJianhe: number
  let published: number

  beforeAll(async () => {
    draftElsewhere = await createDraft(collection, sanqiao)
    draftInJianhe = await createDraft(collection, jianhe)
    published = await createDraft(collection, sanqiao)
    await publishThroughReview(collection, published)
  })

  it.each<[Role, boolean]>([
    ['anonymous', false],
    ['admin', true],
    ['editor', true],
    ['reviewer', false],
    ['community', false],
  ])('create as %s → %s', async (role, allowed) => {
    const { status } = await api(`/api/${collection}?draft=true`, {
      method: 'POST',
      token: as(role),
      body: { ...draftData(collection, sanqiao), _status: 'draft' },
    })
    expect(status).toBe(allowed ? 201 : 403)
  })

  it.each<[Role, boolean, boolean]>([
    ['anonymous', false, false],
    ['admin', true, true],
    ['editor', true, true],
    ['reviewer', true, true],
    ['community', false, true],
  ])('read drafts as %s → elsewhere %s, in own area %s; published always', async (role, elsewhere, ownArea) => {
    expect((await api(`/api/${collection}/${draftElsewhere}?draft=true`, { token: as(role) })).status).toBe(elsewhere ? 200 : 404)
    expect((await api(`/api/${collection}/${draftInJianhe}?draft=true`, { token: as(role) })).status).toBe(ownArea ? 200 : 404)
    expect((await api(`/api/${collection}/${published}`, { token: as(role) })).status).toBe(200)
  })

  it.each<[Role, number]>([
    ['anonymous', 403],
    ['admin', 200],
    ['editor', 200],
    ['reviewer', 403],
    ['community', 403],
  ])('update a draft as %s → %i', async (role, expected) => {
    const { status } = await api(`/api/${collection}/${draftElsewhere}?draft=true`, {
      method: 'PATCH',
      token: as(role),
      body: { _status: 'draft' },
    })
    expect(status).toBe(expected)
  })

  it.each<Role>(ROLES)('publish by a plain write as %s → refused', async (role) => {
    const { status } = await api(`/api/${collection}/${draftElsewhere}`, {
      method: 'PATCH',
      token: as(role),
      body: { _status: 'published' },
    })
    expect(status).toBe(403)
    expect((await api(`/api/${collection}/${draftElsewhere}`)).status).toBe(404)
  })

  it('edit a published document: a new draft, while the published version stays live', async () => {
    const before = (await api<Record<string, unknown>>(`/api/${collection}/${published}`)).body
    const field = ['regulations', 'articles', 'surveys', 'elections'].includes(collection) ? 'title' : 'name'
    const { status } = await api(`/api/${collection}/${published}?draft=true`, {
      method: 'PATCH',
      token: as('editor'),
      body: { [field]: `${before[field]}（修改中）`, _status: 'draft' },
    })
    expect(status).toBe(200)
    expect((await api<Record<string, unknown>>(`/api/${collection}/${published}`)).body[field]).toBe(before[field])
    const draft = (
      await api<{ review: { state: string } } & Record<string, unknown>>(`/api/${collection}/${published}?draft=true`, {
        token: as('editor'),
      })
    ).body
    expect(draft[field]).toBe(`${before[field]}（修改中）`)
    expect(draft.review.state).toBe('draft')
  })

  it.each<[Role, boolean]>([
    ['anonymous', false],
    ['admin', false],
    ['editor', false],
    ['reviewer', true],
    ['community', false],
  ])('approve at 初审 as %s → %s', async (role, allowed) => {
    const id = await createDraft(collection, sanqiao)
    expect((await workflow(collection, id, as('editor') as string, { action: 'submit' })).status).toBe(200)
    const { status } = await workflow(collection, id, as(role) as string, { action: 'approve' })
    expect(status).toBe(allowed ? 200 : role === 'anonymous' ? 401 : 403)
  })

  it.each<[Role, number]>([
    ['anonymous', 403],
    ['reviewer', 403],
    ['community', 403],
    ['admin', 200],
  ])('delete a never-published draft as %s → %i', async (role, expected) => {
    const id = await createDraft(collection, sanqiao)
    expect((await api(`/api/${collection}/${id}`, { method: 'DELETE', token: as(role) })).status).toBe(expected)
  })

  it('editors delete their own never-published drafts but not published documents', async () => {
    const id = await createDraft(collection, sanqiao)
    expect((await api(`/api/${collection}/${id}`, { method: 'DELETE', token: as('editor') })).status).toBe(200)
    expect((await api(`/api/${collection}/${published}`, { method: 'DELETE', token: as('editor') })).status).toBe(403)
  })

  it('the Local API with overrideAccess: false applies the same rules', async () => {
    const user = async (role: Exclude<Role, 'anonymous'>) =>
      (await payload.find({ collection: 'users', where: { email: { equals: EMAILS[role] } }, depth: 0 })).docs[0] as User
    const anonymous = await payload.find({ collection, overrideAccess: false, depth: 0, pagination: false })
    const ids = anonymous.docs.map((doc) => doc.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(draftElsewhere)
    const community = await payload.find({
      collection,
      overrideAccess: false,
      user: await user('community'),
      draft: true,
      depth: 0,
      pagination: false,
    })
    expect(community.docs.map((doc) => doc.id)).toContain(draftInJianhe)
    expect(community.docs.map((doc) => doc.id)).not.toContain(draftElsewhere)
    await expect(
      payload.create({
        collection,
        overrideAccess: false,
        user: await user('reviewer'),
        draft: true,
        data: draftData(collection, sanqiao) as never,
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection,
        id: draftElsewhere,
        overrideAccess: false,
        user: await user('admin'),
        data: { _status: 'published' } as never,
      }),
    ).rejects.toThrow(/先审后发/)
  })
})

describe('GraphQL', () => {
  it('refuses publishing by mutation and hides drafts, as REST does', async () => {
    const id = await createDraft('figures', sanqiao)
    const mutation = await api<{ errors?: { message: string }[]; data?: unknown }>('/api/graphql', {
      method: 'POST',
      token: as('admin'),
      body: { query: `mutation { updateFigure(id: ${id}, data: { _status: published }) { id _status } }` },
    })
    expect(mutation.body.errors?.[0]?.message).toContain('先审后发')
    expect((await api(`/api/figures/${id}`)).status).toBe(404)
    const drafts = await api<{ data: { Figures: { docs: { id: number }[] } } }>('/api/graphql', {
      method: 'POST',
      body: { query: '{ Figures(draft: true, limit: 500) { docs { id } } }' },
    })
    expect(drafts.body.data.Figures.docs.map((doc) => doc.id)).not.toContain(id)
    const community = await api<{ data: { Figures: { docs: { id: number }[] } } }>('/api/graphql', {
      method: 'POST',
      token: as('community'),
      body: { query: '{ Figures(draft: true, limit: 500) { docs { id } } }' },
    })
    expect(community.body.data.Figures.docs.map((doc) => doc.id)).not.toContain(id)
  })

  it('has no entry for the system’s own records of image uses', async () => {
    const uses = await api<{ errors?: { message: string }[] }>('/api/graphql', {
      method: 'POST',
      token: as('admin'),
      body: { query: '{ MediaUses { docs { id media owner } } }' },
    })
    expect(uses.body.errors?.[0]?.message ?? '').toContain('MediaUses')
  })
})

describe('other collections and globals', () => {
  it('areas and facilities are public to read and written only by administrators', async () => {
    for (const role of ROLES) {
      const { status } = await api('/api/facilities', { method: 'POST', token: as(role), body: { name: `设施${role}` } })
      expect(status).toBe(role === 'admin' ? 201 : 403)
    }
    expect((await api('/api/areas?limit=1')).status).toBe(200)
  })

  it('accounts: administrators see all, everyone else only their own', async () => {
    const all = await api<{ totalDocs: number }>('/api/users?limit=0', { token: as('admin') })
    expect(all.body.totalDocs).toBeGreaterThanOrEqual(6)
    const own = await api<{ docs: { email: string }[] }>('/api/users?limit=10', { token: as('editor') })
    expect(own.body.docs.map((u) => u.email)).toEqual([EMAILS.editor])
    expect((await api('/api/users?limit=1')).status).toBe(403)
    const promote = await api<{ doc: { role: string } }>('/api/users/me', { token: as('editor') })
    expect(promote.status).toBe(200)
  })

  it('site settings and the 错敏字 list are changed only by administrators', async () => {
    for (const role of ROLES) {
      const { status } = await api('/api/globals/site-settings', { method: 'POST', token: as(role), body: { reviewLevels: 2 } })
      expect(status).toBe(role === 'admin' ? 200 : 403)
    }
  })
})

describe('system collections, globals and endpoints', () => {
  endpointRows([
    // [method, path, allowed statuses per role]
    ['GET', '/api/audit-log?limit=1', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['GET', '/api/audit-log/export', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/audit-log', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['GET', '/api/privacy-findings?limit=1', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/privacy-findings', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'PATCH',
      '/api/privacy-findings?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] },
    ],
    ['GET', '/api/globals/privacy-allowlist', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [403] }],
    ['POST', '/api/globals/privacy-allowlist', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    // 群机器人: their addresses are the groups' secrets (issue 16).
    ['GET', '/api/notice-groups?limit=1', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/notice-groups', { anonymous: [403], admin: [400], editor: [403], reviewer: [403], community: [403] }],
    [
      'PATCH',
      '/api/notice-groups?where[id][equals]=0',
      { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] },
    ],
    // 实时预览: the frame and the page of posted form values, for signed-in staff (the POST here carries no form: 400).
    ['GET', '/api/figures/live-preview', { anonymous: [401], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/articles/live-preview', { anonymous: [401], admin: [400], editor: [400], reviewer: [400], community: [400] }],
    // 印刷包: each person's own; written by the server and the print service only.
    ['GET', '/api/print-orders?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/print-orders', { anonymous: [403], admin: [400], editor: [400], reviewer: [400], community: [400] }],
    [
      'PATCH',
      '/api/print-orders?where[id][equals]=0',
      { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] },
    ],
    ['GET', '/api/print-orders/0/download', { anonymous: [401], admin: [404], editor: [404], reviewer: [404], community: [404] }],
    ['GET', '/api/media/orphans', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['GET', '/api/media-uses?limit=1', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    [
      'GET',
      '/api/payload-jobs/run',
      { anonymous: [401, 403], admin: [401, 403], editor: [401, 403], reviewer: [401, 403], community: [401, 403] },
    ],
    ['GET', '/api/figures/versions?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    // 居民参与 (issue 18): residents' records are made only through the gate, never by a plain write, whoever asks.
    ['GET', '/api/messages?limit=1', { anonymous: [403], admin: [200], editor: [200], reviewer: [200], community: [200] }],
    ['POST', '/api/messages', { anonymous: [403], admin: [403], editor: [403], reviewer: [403], community: [403] }],
    ['PATCH', '/api/messages?where[id][equals]=0', { anonymous: [403], admin: [200], editor: [200], reviewer: [403], community: [403] }],
    ['DELETE', '/api/messages?where[id][equals]=0', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    // Not versioned: there is no history to read, for anyone (Payload answers staff with a 500 for any collection without versions).
    [
      'GET',
      '/api/messages/versions?limit=1',
      { anonymous: [403, 404], admin: [404, 500], editor: [404, 500], reviewer: [404, 500], community: [403, 404, 500] },
    ],
    ['GET', '/api/participation-contacts?limit=1', { anonymous: [403], admin: [200], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/users/unblock-address', { anonymous: [403], admin: [400], editor: [403], reviewer: [403], community: [403] }],
    ['POST', '/api/users/unlock', { anonymous: [403], admin: [200, 403], editor: [403], reviewer: [403], community: [403] }],
  ])

  it('the workflow’s 申请下线 is an editor’s, its answer the last level’s', async () => {
    const id = await createDraft('figures', sanqiao)
    await publishThroughReview('figures', id)
    for (const role of ['reviewer', 'community'] as const) {
      expect((await workflow('figures', id, as(role) as string, { action: 'request-unpublish', reason: '测试' })).status).toBe(403)
    }
    expect((await workflow('figures', id, as('editor') as string, { action: 'request-unpublish', reason: '测试' })).status).toBe(200)
    expect((await workflow('figures', id, as('reviewer') as string, { action: 'decline-unpublish', reason: '测试' })).status).toBe(403)
    expect((await workflow('figures', id, await login(REVIEWER(2)), { action: 'decline-unpublish', reason: '测试' })).status).toBe(200)
  })
})
