/**
 * 留言/咨询 (issue 18), from the resident's side and the staff's: a message sent with the
 * gate gets a receipt code that shows it (contact masked) and withdraws it; staff read it
 * by role and area, contacts only the named people, masked in lists, each full view in the
 * 操作日志; nothing of a contact reaches the 操作日志 or a list; hostile and oversized
 * input is refused or kept exactly; the retention purge removes contacts and keeps the
 * messages that are not yet due.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeParticipation } from '../cms/participation/retention.ts'
import { api, areaId, graphql, localPayload, login } from './support/cms.ts'
import { call, forgetThrottles, messageBody, post, solvedFor } from './support/participation.ts'
import { PAYLOADS } from './support/xss-corpus.ts'

let payload: Payload
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  for (const role of ['admin', 'editor', 'reviewer1', 'community'] as const) tokens[role] = await login(`${role}@xinghualing.example`)
})

afterAll(async () => {
  await payload?.destroy()
})

async function send(extra: Record<string, unknown> = {}) {
  const answer = await post('/messages', messageBody(await solvedFor('messages'), extra))
  expect(answer.status, JSON.stringify(answer.body)).toBe(201)
  return answer.body as { receipt: string; reference: string; receivedAt: string }
}

const departmentId = async () =>
  (await payload.find({ collection: 'departments', limit: 1, overrideAccess: true, depth: 0 })).docs[0]?.id as number

const byReference = async (reference: string) =>
  (await payload.find({ collection: 'messages', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 })).docs[0]

describe('a resident’s message and its receipt code', () => {
  it('comes back through the receipt code however it is typed, with the contact masked', async () => {
    const sent = await send({ subject: '文明实践站开放时间', contactName: '王小明', contactPhone: '１３９１２３４５６７８' })
    expect(sent.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(sent.reference).toMatch(/^LY\d{8}-[0-9A-Z]{4}$/)
    const sloppy = ` ${sent.receipt.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `
    const seen = await call(`/receipts/${encodeURIComponent(sloppy)}`)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ reference: sent.reference, kind: '咨询', status: '已受理', subject: '文明实践站开放时间' })
    expect(seen.body.contact).toEqual({ name: '王**', phone: '139****5678' })
    expect((await call('/receipts/0000-0000-0000')).status).toBe(404)
  })

  it('is withdrawn with its contact by the receipt code, and is then gone for everyone', async () => {
    const sent = await send({ contactPhone: '13700001111' })
    const stored = await byReference(sent.reference)
    expect(stored?.contact).toBeTruthy()
    const withdrawn = await call(`/receipts/${sent.receipt}`, { method: 'DELETE' })
    expect(withdrawn.status).toBe(200)
    expect(await byReference(sent.reference)).toBeUndefined()
    const contactId = typeof stored?.contact === 'object' ? stored.contact?.id : stored?.contact
    const contacts = await payload.find({
      collection: 'participation-contacts',
      where: { id: { equals: contactId } },
      overrideAccess: true,
    })
    expect(contacts.totalDocs).toBe(0)
    expect((await call(`/receipts/${sent.receipt}`)).status).toBe(404)
  })

  it('explains in Chinese what is wrong with a form, field by field, and keeps nothing', async () => {
    const altcha = await solvedFor('messages')
    const answer = await post('/messages', { kind: 'spam', body: '短', altcha, contactPhone: 'call me' })
    expect(answer.status).toBe(400)
    const messages = answer.body.errors?.map((error) => `${error.field}:${error.message}`) ?? []
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kind:请选择留言类别/),
        expect.stringMatching(/^body:请写下留言内容/),
        expect.stringMatching(/^contactPhone:联系电话/),
        expect.stringMatching(/^consent:请先阅读个人信息告知/),
      ]),
    )
    // The challenge was not spent on a form that could not be saved.
    expect((await post('/messages', messageBody(altcha))).status).toBe(201)
  })

  it('refuses a body over the limit before reading it, and keeps hostile text exactly as written', async () => {
    const huge = await post('/messages', messageBody('x', { body: '长'.repeat(40_000) }))
    expect(huge.status).toBe(413)
    const hostile = Object.values(PAYLOADS).join(' ').slice(0, 1900)
    const sent = await send({ body: hostile })
    expect((await call(`/receipts/${sent.receipt}`)).body.body).toBe(hostile)
  })
})

describe('who reads residents’ messages and contacts', () => {
  it('lets staff read messages, a community worker only their own area’s, and nobody anonymous', async () => {
    const own = await areaId('涧河街道')
    const other = (await payload.find({ collection: 'areas', where: { id: { not_equals: own } }, limit: 1, overrideAccess: true })).docs[0]
      ?.id
    const mine = await send({ area: own, body: '涧河街道的居民留言，社区可见' })
    const theirs = await send({ area: other, body: '别的区域的居民留言，社区不可见' })
    const listed = async (token?: string) => {
      const { status, body } = await api<{ docs: { reference: string }[] }>('/api/messages?limit=500&depth=0', { token })
      return status === 200 ? body.docs.map((doc) => doc.reference) : status
    }
    expect(await listed()).toBe(403)
    for (const role of ['admin', 'editor', 'reviewer1'])
      expect(await listed(tokens[role])).toEqual(expect.arrayContaining([mine.reference, theirs.reference]))
    const community = await listed(tokens.community)
    expect(community).toContain(mine.reference)
    expect(community).not.toContain(theirs.reference)
  })

  it('keeps the resident’s words unchangeable; staff change the status with an answer', async () => {
    const sent = await send({ body: '居民的原话，工作人员不能改' })
    const stored = await byReference(sent.reference)
    const patched = await api(`/api/messages/${stored?.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { body: '被改过的话', status: 'replied', reply: '已转相关部门办理。', department: await departmentId() },
    })
    expect(patched.status).toBe(200)
    const after = await byReference(sent.reference)
    expect(after?.body).toBe('居民的原话，工作人员不能改')
    expect(after?.status).toBe('replied')
    expect(
      (await api(`/api/messages/${stored?.id}`, { method: 'PATCH', token: tokens.community, body: { status: 'closed' } })).status,
    ).toBe(403)
  })

  it('shows contacts to administrators and named people only, masked in lists, each full view logged without the values', async () => {
    const phone = '13655554321'
    const sent = await send({ contactName: '赵大姐', contactPhone: phone })
    const stored = await byReference(sent.reference)
    const id = typeof stored?.contact === 'object' ? stored.contact?.id : stored?.contact
    for (const role of ['editor', 'reviewer1', 'community']) {
      expect((await api(`/api/participation-contacts/${id}`, { token: tokens[role] })).status, role).toBe(403)
    }
    const list = await api<{ docs: { id: number; contactPhone: string }[] }>('/api/participation-contacts?limit=500', {
      token: tokens.admin,
    })
    expect(list.body.docs.find((doc) => doc.id === id)?.contactPhone).toBe('136****4321')
    expect(list.text).not.toContain(phone)
    const one = await api<{ contactPhone: string }>(`/api/participation-contacts/${id}`, { token: tokens.admin })
    expect(one.body.contactPhone).toBe(phone)
    const log = await api<{ docs: { action: string; documentId: string }[] }>(
      `/api/audit-log?limit=5&sort=-createdAt&where[collection][equals]=participation-contacts`,
      { token: tokens.admin },
    )
    expect(log.body.docs.some((entry) => entry.action === 'read-contact' && entry.documentId === String(id))).toBe(true)
    // Named by an administrator, an editor may read it too.
    const editorId = (
      await payload.find({ collection: 'users', where: { email: { equals: 'editor@xinghualing.example' } }, overrideAccess: true })
    ).docs[0]?.id
    const refused = await api(`/api/users/${editorId}`, { method: 'PATCH', token: tokens.editor, body: { seesContacts: true } })
    expect((await api(`/api/participation-contacts/${id}`, { token: tokens.editor })).status, `self-granted: ${refused.status}`).toBe(403)
    await api(`/api/users/${editorId}`, { method: 'PATCH', token: tokens.admin, body: { seesContacts: true } })
    expect((await api(`/api/participation-contacts/${id}`, { token: tokens.editor })).status).toBe(200)
    await api(`/api/users/${editorId}`, { method: 'PATCH', token: tokens.admin, body: { seesContacts: false } })
  })

  it('does not let staff without the right find a message by its contact through a where on the relation', async () => {
    const phone = '13744445555'
    const sent = await send({ body: '通过联系方式反查的攻击测试留言', contactPhone: phone })
    const probe = (token: string, query: string) =>
      api<{ docs?: { reference: string }[] }>(`/api/messages?depth=0&limit=100&${query}`, { token })
    // The probe works: an administrator, who may read contacts, finds the message this way.
    const control = await probe(tokens.admin as string, `where[contact.contactPhone][equals]=${phone}`)
    expect(control.body.docs?.map((doc) => doc.reference)).toContain(sent.reference)
    for (const role of ['editor', 'reviewer1', 'community']) {
      for (const query of [
        `where[contact.contactPhone][equals]=${phone}`,
        `where[contact.contactPhone][like]=4445`,
        `where[contact.contactName][exists]=true`,
      ]) {
        const answer = await probe(tokens[role] as string, query)
        const found = (answer.body.docs ?? []).some((doc) => doc.reference === sent.reference)
        expect(found, `${role}: ${query} → ${answer.status}`).toBe(false)
      }
    }
    const gql = await graphql<{ data?: { Messages?: { docs: { reference: string }[] } } }>(
      `{ Messages(where: { contact__contactPhone: { equals: "${phone}" } }) { docs { reference } } }`,
      tokens.editor,
    )
    expect((gql.data?.Messages?.docs ?? []).some((doc) => doc.reference === sent.reference)).toBe(false)
  })

  it('never writes a contact or a resident’s words into the 操作日志', async () => {
    const marker = '13511118888'
    const sent = await send({ body: `日志泄漏探针留言 ${marker}`, contactName: '日志探针', contactPhone: marker })
    const stored = await byReference(sent.reference)
    expect(stored?.privacyKinds).toContain('mobile')
    const closed = await api(`/api/messages/${stored?.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { status: 'closed', reply: '已电话联系居民。', department: await departmentId() },
    })
    expect(closed.status).toBe(200)
    const pool = (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: unknown[] }> } }).pool
    const { rows } = await pool.query('SELECT * FROM audit_log')
    const text = JSON.stringify(rows)
    expect(text).not.toContain(marker)
    expect(text).not.toContain('日志探针')
    expect(text).not.toContain('日志泄漏探针')
  })
})

describe('retention', () => {
  it('deletes contacts past their date and keeps the messages, then messages past theirs with their contacts', async () => {
    const early = await send({ body: '联系方式先到期的留言', contactPhone: '13900002222' })
    const late = await send({ body: '整条都到期的留言', contactPhone: '13900003333' })
    const first = await byReference(early.reference)
    const second = await byReference(late.reference)
    const contactOf = (doc: typeof first) => (typeof doc?.contact === 'object' ? doc?.contact?.id : doc?.contact) as number
    const past = new Date(Date.now() - 60_000).toISOString()
    await payload.update({ collection: 'participation-contacts', id: contactOf(first), data: { purgeAt: past }, overrideAccess: true })
    await payload.update({ collection: 'messages', id: second?.id as number, data: { purgeAt: past }, overrideAccess: true })
    const purged = await purgeParticipation(payload)
    expect(purged.messages).toBeGreaterThanOrEqual(1)
    expect(purged.contacts).toBeGreaterThanOrEqual(1)
    const kept = await byReference(early.reference)
    expect(kept?.body).toBe('联系方式先到期的留言')
    expect(kept?.contact ?? null).toBeNull()
    expect(await byReference(late.reference)).toBeUndefined()
    const left = await payload.find({
      collection: 'participation-contacts',
      where: { id: { in: [contactOf(first), contactOf(second)] } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
    const log = await api<{ docs: { action: string; summary: string }[] }>(
      '/api/audit-log?limit=3&sort=-createdAt&where[action][equals]=purge',
      {
        token: tokens.admin,
      },
    )
    expect(log.body.docs[0]?.summary).toMatch(/删除了 \d+ 条留言/)
  })
})
