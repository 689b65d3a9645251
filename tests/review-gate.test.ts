/**
 * 先审后发 against a hostile insider (issue 14): only the workflow endpoint changes what is
 * live, in every channel — REST with and without ?draft, bulk `where`, GraphQL, the Local
 * API with access checked, the version endpoints. The system keeps publication marks, the
 * review record is internal, and a live document comes down only through the workflow.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Figure, User } from '../contract/payload-types.ts'
import { api, areaId, graphql, localPayload, login, REVIEWER, workflow } from './support/cms.ts'

const ADMIN = 'admin@xinghualing.example'
const EDITOR = 'editor@xinghualing.example'

let admin: string
let editor: string
let area: number
let payload: Payload
let counter = 0

beforeAll(async () => {
  admin = await login(ADMIN)
  editor = await login(EDITOR)
  area = await areaId('三桥街道')
  payload = await localPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

/** A figure written by `author` and taken through review to published (admins submit too). */
async function liveFigure(author: string): Promise<Figure> {
  counter += 1
  const { body } = await api<{ doc: Figure }>('/api/figures?draft=true', {
    method: 'POST',
    token: author,
    body: {
      name: `审核门测试${counter}`,
      honourTitle: '测试称号',
      honourKind: 'good-neighbour',
      summary: `第${counter}条简介`,
      area,
      _status: 'draft',
    },
  })
  const steps: [string, string][] = [
    [author, 'submit'],
    [await login(REVIEWER(1)), 'approve'],
    [await login(REVIEWER(2)), 'approve'],
  ]
  for (const [token, action] of steps) expect((await workflow('figures', body.doc.id, token, { action })).status).toBe(200)
  return (await api<Figure>(`/api/figures/${body.doc.id}`)).body
}

const isLive = async (id: number) => (await api(`/api/figures/${id}`)).status === 200
const liveSummary = async (id: number) => (await api<Figure>(`/api/figures/${id}`)).body.summary
const userDoc = async (email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0] as User

describe('only the workflow changes what is live', () => {
  it('a plain PATCH {"_status":"draft"} (no ?draft=true) makes a draft and leaves the live document up', async () => {
    const figure = await liveFigure(admin)
    const { status } = await api(`/api/figures/${figure.id}`, {
      method: 'PATCH',
      token: editor,
      body: { _status: 'draft', summary: '未经审核的修改' },
    })
    expect(status).toBe(200)
    expect(await isLive(figure.id)).toBe(true)
    expect(await liveSummary(figure.id)).toBe(figure.summary)
  })

  it('bulk PATCH and DELETE by `where` leave a live document up', async () => {
    const figure = await liveFigure(admin)
    await api(`/api/figures?where[id][equals]=${figure.id}`, {
      method: 'PATCH',
      token: editor,
      body: { _status: 'draft', summary: '批量修改' },
    })
    await api(`/api/figures?where[id][in][0]=${figure.id}`, { method: 'DELETE', token: editor })
    await api(`/api/figures?where[id][in][0]=${figure.id}`, { method: 'DELETE', token: admin })
    expect(await isLive(figure.id)).toBe(true)
    expect(await liveSummary(figure.id)).toBe(figure.summary)
  })

  it('GraphQL updates and the Local API with access checked leave it up too', async () => {
    const figure = await liveFigure(admin)
    await graphql(`mutation { updateFigure(id: ${figure.id}, data: { _status: draft, summary: "图形接口修改" }) { id } }`, editor)
    await payload.update({
      collection: 'figures',
      id: figure.id,
      data: { _status: 'draft', summary: '本地接口修改' },
      overrideAccess: false,
      user: await userDoc(EDITOR),
    })
    expect(await isLive(figure.id)).toBe(true)
    expect(await liveSummary(figure.id)).toBe(figure.summary)
  })

  it('restoring an older version makes a new draft through review and never touches the live one', async () => {
    const figure = await liveFigure(admin)
    await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { summary: '第二稿' } })
    const versions = await api<{ docs: { id: number; version: { _status: string } }[] }>(
      `/api/figures/versions?where[parent][equals]=${figure.id}&sort=createdAt&depth=0`,
      { token: editor },
    )
    const oldest = versions.body.docs[0] as { id: number }
    const restored = await api<{ doc: { review: { state: string; history: { decision: string }[] } } }>(
      `/api/figures/versions/${oldest.id}`,
      {
        method: 'POST',
        token: editor,
      },
    )
    expect(restored.status, restored.text).toBe(200)
    expect(await isLive(figure.id)).toBe(true)
    const draft = (
      await api<{ review: { state: string; history: { decision: string }[] } }>(`/api/figures/${figure.id}?draft=true`, { token: editor })
    ).body
    expect(draft.review.state).toBe('draft')
    expect(draft.review.history.at(-1)?.decision).toBe('restore')
    const mutation = await graphql<{ errors?: { message: string }[] }>(`mutation { restoreVersionFigure(id: ${oldest.id}) { id } }`, editor)
    expect(mutation.errors?.[0]?.message).toContain('恢复为草稿')
    await expect(
      payload.restoreVersion({ collection: 'figures', id: String(oldest.id), overrideAccess: false, user: await userDoc(EDITOR) }),
    ).rejects.toThrow(/恢复为草稿/)
    expect(await isLive(figure.id)).toBe(true)
  })

  it('publishedAt is the system’s: an editor’s 2099 is ignored, an admin backdates (recorded) but never into the future', async () => {
    const figure = await liveFigure(admin)
    await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { publishedAt: '2099-01-01T00:00:00.000Z' } })
    await api(`/api/figures/${figure.id}`, { method: 'PATCH', token: editor, body: { publishedAt: null } })
    const draft = (await api<Figure>(`/api/figures/${figure.id}?draft=true`, { token: editor })).body
    expect(draft.publishedAt).toBe(figure.publishedAt)
    const future = await api(`/api/figures/${figure.id}?draft=true`, {
      method: 'PATCH',
      token: admin,
      body: { publishedAt: '2099-01-01T00:00:00.000Z' },
    })
    expect(future.status).toBe(400)
    expect(future.text).toContain('不能晚于现在')
    const backdated = '2024-10-10T02:00:00.000Z'
    expect(
      (await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: admin, body: { publishedAt: backdated } })).status,
    ).toBe(200)
    const record = (
      await api<{ publishedAt: string; review: { history: { decision: string }[] } }>(`/api/figures/${figure.id}?draft=true`, {
        token: admin,
      })
    ).body
    expect(record.publishedAt).toBe(backdated)
    expect(record.review.history.at(-1)?.decision).toBe('set-published-at')
  })

  it('a document that was ever live is deleted only by an admin, after the workflow took it down', async () => {
    const figure = await liveFigure(editor)
    // Clearing the visible publication time does not make it "never published".
    await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { publishedAt: null } })
    expect((await api(`/api/figures/${figure.id}`, { method: 'DELETE', token: editor })).status).toBe(403)
    expect((await api(`/api/figures/${figure.id}`, { method: 'DELETE', token: admin })).status).toBe(403)
    expect((await workflow('figures', figure.id, admin, { action: 'unpublish' })).status).toBe(200)
    expect((await api(`/api/figures/${figure.id}`, { method: 'DELETE', token: editor })).status).toBe(403)
    expect((await api(`/api/figures/${figure.id}`, { method: 'DELETE', token: admin })).status).toBe(200)
  })

  it('a copy of a live document starts as a never-published draft of its copier', async () => {
    const figure = await liveFigure(admin)
    const copy = await api<{ doc: Figure & { firstPublishedAt?: string | null } }>(`/api/figures/${figure.id}/duplicate?draft=true`, {
      method: 'POST',
      token: editor,
    })
    expect([200, 201], copy.text).toContain(copy.status)
    const stored = (
      await api<Figure & { firstPublishedAt?: string | null }>(`/api/figures/${copy.body.doc.id}?draft=true`, { token: editor })
    ).body
    expect(stored.firstPublishedAt ?? null).toBeNull()
    expect(stored.publishedAt ?? null).toBeNull()
    expect(stored.review?.state).toBe('draft')
    expect(stored.previousSlugs ?? []).toEqual([])
    expect((await api(`/api/figures/${copy.body.doc.id}`, { method: 'DELETE', token: editor })).status).toBe(200)
  })

  it('old addresses are the system’s: an editor cannot claim another document’s link', async () => {
    const figure = await liveFigure(admin)
    await api(`/api/figures/${figure.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { previousSlugs: [{ slug: 'hao-jing-quan' }] },
    })
    const draft = (await api<Figure>(`/api/figures/${figure.id}?draft=true`, { token: editor })).body
    expect(draft.previousSlugs ?? []).toEqual([])
  })
})

describe('names in the record', () => {
  it('an editor cannot rename themselves: the name signs every step and log entry', async () => {
    const me = (await api<{ user: { id: number; name: string } }>('/api/users/me', { token: editor })).body.user
    await api(`/api/users/${me.id}`, { method: 'PATCH', token: editor, body: { name: '示例管理员' } })
    expect((await api<{ user: { name: string } }>('/api/users/me', { token: editor })).body.user.name).toBe(me.name)
  })
})

describe('申请下线', () => {
  it('an editor asks with a reason; the last-level reviewer sees it and takes the document down, or declines', async () => {
    const figure = await liveFigure(editor)
    expect((await workflow('figures', figure.id, editor, { action: 'request-unpublish' })).status).toBe(400)
    expect((await workflow('figures', figure.id, editor, { action: 'request-unpublish', reason: '人物已调离，请撤下' })).status).toBe(200)
    const queue = await api<{ docs: { id: number }[] }>('/api/figures?draft=true&where[review.takedown.requestedAt][exists]=true&depth=0', {
      token: await login(REVIEWER(2)),
    })
    expect(queue.body.docs.map((doc) => doc.id)).toContain(figure.id)
    expect(await isLive(figure.id)).toBe(true)
    expect((await workflow('figures', figure.id, await login(REVIEWER(1)), { action: 'unpublish' })).status).toBe(403)
    expect(
      (await workflow('figures', figure.id, await login(REVIEWER(2)), { action: 'decline-unpublish', reason: '仍需展示' })).status,
    ).toBe(200)
    expect((await workflow('figures', figure.id, editor, { action: 'request-unpublish', reason: '再次申请' })).status).toBe(200)
    expect((await workflow('figures', figure.id, await login(REVIEWER(2)), { action: 'unpublish' })).status).toBe(200)
    expect(await isLive(figure.id)).toBe(false)
    const draft = (
      await api<{ review: { takedown?: { requestedAt: string | null }; history: { decision: string }[] } }>(
        `/api/figures/${figure.id}?draft=true`,
        { token: editor },
      )
    ).body
    expect(draft.review.takedown?.requestedAt ?? null).toBeNull()
    expect(draft.review.history.slice(-4).map((entry) => entry.decision)).toEqual([
      'request-unpublish',
      'decline-unpublish',
      'request-unpublish',
      'unpublish',
    ])
  })
})

describe('internal fields are not public', () => {
  it('the public API returns no review record, first-publication mark or pasted source', async () => {
    const figure = await liveFigure(admin)
    const { text } = await api(`/api/figures/${figure.id}`)
    expect(text).not.toMatch(/"review"|firstPublishedAt|示例初审|"author"/)
    const list = await api('/api/figures?limit=100&depth=1')
    expect(list.text).not.toMatch(/"review"|示例复审|xinghualing\.example/)
    const regulation = await api('/api/regulations?limit=100')
    expect(regulation.text).not.toContain('sourceText')
  })

  it('nobody but an admin filters or sorts by other accounts’ fields', async () => {
    for (const query of [
      'where[review.author.email][like]=admin',
      'where[or][0][review.history.by.email][like]=a',
      'where[OR][0][review.author.email][like]=a',
      'sort=review.author.email',
      'sort=review__author__email',
      'sort=-review.author.email',
      'where[review__author__email][like]=admin',
      'where[review.author.name][like]=示例',
    ]) {
      const asEditor = await api(`/api/figures?draft=true&${query}`, { token: editor })
      expect(asEditor.status, query).toBe(403)
      const anonymous = await api(`/api/figures?${query}`)
      expect(anonymous.status, query).toBeGreaterThanOrEqual(400)
    }
    expect((await api('/api/figures?draft=true&where[review.author.email][like]=admin', { token: admin })).status).toBe(200)
    for (const query of [
      'where[version.review.author.email][like]=admin',
      'sort=version.review.author.email',
      'sort=version__review__author__email',
    ]) {
      expect((await api(`/api/figures/versions?${query}`, { token: editor })).status, query).toBe(403)
    }
    const gql = await graphql<{ errors?: { message: string }[] }>(
      '{ Figures(draft: true, sort: "review__author__email") { docs { id } } }',
      editor,
    )
    expect(gql.errors?.[0]?.message ?? '').toContain('其他账号')
  })
})

describe('versions follow the rules of their documents', () => {
  it('a community worker reads versions of their own area only; the public none', async () => {
    const elsewhere = await liveFigure(editor)
    const community = await login('community@xinghualing.example')
    const rest = await api<{ docs: { parent: number }[] }>('/api/figures/versions?limit=1000&depth=0', { token: community })
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc) => doc.parent)).not.toContain(elsewhere.id)
    const gql = await graphql<{ data?: { versionsFigures?: { docs: { parent: { id: number } | null }[] } } }>(
      '{ versionsFigures(limit: 1000) { docs { parent { id } } } }',
      community,
    )
    expect(gql.data?.versionsFigures?.docs.map((doc) => doc.parent?.id)).not.toContain(elsewhere.id)
    expect((await api('/api/figures/versions?limit=1')).status).toBe(403)
    const anonymous = await graphql<{ data?: { versionsFigures?: unknown }; errors?: unknown[] }>('{ versionsFigures { docs { id } } }')
    expect(anonymous.data?.versionsFigures ?? null).toBeNull()
  })
})
