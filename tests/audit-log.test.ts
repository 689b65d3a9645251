/**
 * 操作日志 (issue 14): every write, workflow step, sign-in, failed sign-in, unlock and
 * setting change is recorded with who, when, what and from where; administrators read,
 * filter and export it; nobody — administrators included, through the API or with SQL —
 * edits or deletes an entry; only the retention job removes entries past the period.
 */

import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pruneAuditLog } from '../cms/audit/retention.ts'
import { api, areaId, localPayload, login, publishThroughReview, stack, workflow } from './support/cms.ts'

interface Entry {
  id: number
  action: string
  summary: string
  actorName: string | null
  actorEmail: string | null
  collection: string | null
  documentId: string | null
  fields: string | null
  reason: string | null
  address: string | null
  channel: string | null
  createdAt: string
}

let admin: string
let editor: string
let payload: Payload

beforeAll(async () => {
  admin = await login('admin@xinghualing.example')
  editor = await login('editor@xinghualing.example')
  payload = await localPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

const entries = async (query: string) =>
  (await api<{ docs: Entry[] }>(`/api/audit-log?limit=200&sort=-createdAt&${query}`, { token: admin })).body.docs

describe('what is recorded', () => {
  it('a document’s creation, edit, workflow steps and publication, with who, what and from where', async () => {
    const { body } = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
      method: 'POST',
      token: editor,
      body: {
        name: '日志测试人物',
        honourTitle: '测试称号',
        honourKind: 'good-neighbour',
        summary: '测试数据',
        area: await areaId('三桥街道'),
        _status: 'draft',
      },
    })
    const id = String(body.doc.id)
    await api(`/api/figures/${id}?draft=true`, { method: 'PATCH', token: editor, body: { summary: '改过的简介' } })
    await workflow('figures', body.doc.id, editor, { action: 'submit' })
    await workflow('figures', body.doc.id, await login('reviewer1@xinghualing.example'), { action: 'reject', reason: '请补充事迹' })
    await publishThroughReview('figures', body.doc.id)
    const log = (await entries(`where[documentId][equals]=${id}&where[collection][equals]=figures`)).reverse()
    expect(log.map((entry) => entry.action)).toEqual(['create', 'update', 'workflow', 'workflow', 'workflow', 'workflow', 'workflow'])
    expect(log[0]).toMatchObject({ actorEmail: 'editor@xinghualing.example', actorName: '示例编辑', channel: '接口', address: '127.0.0.1' })
    expect(log[1]?.fields).toContain('summary')
    expect(log[3]).toMatchObject({ actorName: '示例初审', reason: '请补充事迹' })
    expect(log.at(-1)?.summary).toContain('已发布')
  })

  it('sign-ins, failed ones (even for unknown addresses), unlocking and settings changes', async () => {
    await api('/api/users/login', { method: 'POST', body: { email: 'no-such-person@xinghualing.example', password: 'not-the-password' } })
    await api('/api/users/unlock', { method: 'POST', token: admin, body: { email: 'no-such-person@xinghualing.example' } })
    await api('/api/users/login', { method: 'POST', body: { email: 'reviewer3@xinghualing.example', password: stack().demoPassword } })
    const settings = await api<{ sponsor: string }>('/api/globals/site-settings?depth=0', { token: admin })
    await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { sponsor: settings.body.sponsor } })
    const recent = await entries('')
    expect(recent).toContainEqual(expect.objectContaining({ action: 'sign-in-failed', actorEmail: 'no-such-person@xinghualing.example' }))
    expect(recent).toContainEqual(expect.objectContaining({ action: 'unlock', actorName: '示例管理员' }))
    expect(recent).toContainEqual(expect.objectContaining({ action: 'sign-in', actorEmail: 'reviewer3@xinghualing.example' }))
    expect(recent).toContainEqual(expect.objectContaining({ action: 'settings', collection: 'site-settings' }))
  })
})

describe('who reads it, and that nobody changes it', () => {
  it('administrators read, filter and export it; everyone else is refused', async () => {
    for (const token of [editor, await login('reviewer1@xinghualing.example'), await login('community@xinghualing.example'), undefined]) {
      expect((await api('/api/audit-log', { token })).status).toBe(403)
      expect((await api('/api/audit-log/export', { token })).status).toBe(403)
    }
    const response = await fetch(`${stack().cmsUrl}/api/audit-log/export?where[action][equals]=sign-in`, {
      headers: { authorization: `JWT ${admin}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const bytes = Buffer.from(await response.arrayBuffer())
    // A byte-order mark first, so that Excel reads the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = bytes.subarray(3).toString('utf8')
    expect(csv.startsWith('时间,操作人,操作人邮箱,操作,内容')).toBe(true)
    const rows = csv.trim().split('\r\n').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((row) => row.includes(',sign-in,'))).toBe(true)
  })

  it('nobody edits or deletes an entry: not through the API, not with SQL', async () => {
    const [entry] = await entries('')
    const id = (entry as Entry).id
    expect((await api(`/api/audit-log/${id}`, { method: 'PATCH', token: admin, body: { summary: '改写' } })).status).toBe(403)
    expect((await api(`/api/audit-log/${id}`, { method: 'DELETE', token: admin })).status).toBe(403)
    expect((await api('/api/audit-log', { method: 'POST', token: admin, body: { action: 'create', summary: '伪造' } })).status).toBe(403)
    const client = new pg.Client({ connectionString: stack().databaseUrl })
    await client.connect()
    try {
      await expect(client.query('UPDATE audit_log SET summary = $1 WHERE id = $2', ['改写', id])).rejects.toThrow(/操作日志不能修改或删除/)
      await expect(client.query('DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow(/操作日志不能修改或删除/)
      await expect(client.query('TRUNCATE audit_log CASCADE')).rejects.toThrow(/操作日志不能修改或删除/)
    } finally {
      await client.end()
    }
    expect((await api<Entry>(`/api/audit-log/${id}`, { token: admin })).body.summary).toBe((entry as Entry).summary)
  })

  it('the retention period cannot be set below six months (网络安全法)', async () => {
    const saved = await api('/api/globals/site-settings', { method: 'POST', token: admin, body: { auditRetentionDays: 30 } })
    expect(saved.status).toBe(400)
  })

  it('the retention job removes entries past the period, only those, and records that it did', async () => {
    const client = new pg.Client({ connectionString: stack().databaseUrl })
    await client.connect()
    try {
      const old = await client.query<{ id: number }>(
        "INSERT INTO audit_log (action, summary, created_at, updated_at) VALUES ('create', '很久以前的记录', now() - interval '200 days', now() - interval '200 days') RETURNING id",
      )
      const recent = await client.query<{ id: number }>(
        "INSERT INTO audit_log (action, summary, created_at, updated_at) VALUES ('create', '一百天前的记录', now() - interval '100 days', now() - interval '100 days') RETURNING id",
      )
      const removed = await pruneAuditLog(payload)
      expect(removed).toBeGreaterThanOrEqual(1)
      const left = await client.query<{ id: number }>('SELECT id FROM audit_log WHERE id = ANY($1)', [
        [old.rows[0]?.id, recent.rows[0]?.id],
      ])
      expect(left.rows.map((row) => row.id)).toEqual([recent.rows[0]?.id])
    } finally {
      await client.end()
    }
    expect((await entries('where[action][equals]=retention'))[0]?.summary).toContain('180 天')
  })
})
