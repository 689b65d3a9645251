/**
 * Telling people: work waiting at a level is mailed to that level's reviewers, a 退回 and a
 * publishing (by a reviewer or by the schedule) to the author, each only if they chose it;
 * 企业微信 and 钉钉 group robots (a local receiver here) get the events they were given, as a
 * title and a link — never the draft's text — and 钉钉's are signed. Only administrators configure robots, and only with HTTPS addresses.
 */
import { createHmac } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, createFigure, login, publishThroughReview, REVIEWER, stack, workflow } from './support/cms.ts'
import { mailsTo } from './support/mail.ts'
import { until } from './support/wait.ts'

interface Received {
  path: string
  query: URLSearchParams
  body: { msgtype: string; markdown: { content?: string; text?: string; title?: string } }
}

let receiver: Server
const received: Received[] = []
let base = ''
const ADMIN = 'admin@xinghualing.example'
const EDITOR = 'editor@xinghualing.example'
const SECRET = 'SECtest-signing-secret'
const groups: number[] = []

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let text = ''
    request.on('data', (chunk) => {
      text += chunk
    })
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://x')
      received.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(text) })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}')
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  const admin = await login(ADMIN)
  for (const body of [
    { name: '宣传部工作群', platform: 'wecom', webhook: `${base}/wecom`, events: ['waiting', 'returned'] },
    { name: '钉钉发布群', platform: 'dingtalk', webhook: `${base}/dingtalk`, secret: SECRET, events: ['published'] },
  ]) {
    const { status, body: created } = await api<{ doc: { id: number } }>('/api/notice-groups', { method: 'POST', token: admin, body })
    expect(status).toBe(201)
    groups.push(created.doc.id)
  }
})

afterAll(async () => {
  const admin = await login(ADMIN)
  for (const id of groups) await api(`/api/notice-groups/${id}`, { method: 'DELETE', token: admin })
  await new Promise((resolve) => receiver?.close(resolve))
})

const at = (path: string, title: string) => received.filter((entry) => entry.path === path && JSON.stringify(entry.body).includes(title))

describe('notices of review steps', () => {
  it('mails the first-level reviewer and tells the group, with a title and a link but no draft text', async () => {
    const editor = await login(EDITOR)
    const figure = await createFigure(editor, '提醒测试人物甲', 'draft')
    expect((await workflow('figures', figure.id, editor, { action: 'submit' })).status).toBe(200)
    await until(async () => at('/wecom', '提醒测试人物甲').length > 0, 'the group message', 20_000)
    const [message] = at('/wecom', '提醒测试人物甲')
    expect(message?.body.msgtype).toBe('markdown')
    expect(message?.body.markdown.content).toContain('等待初审')
    expect(message?.body.markdown.content).toContain(`${stack().cmsUrl}/admin/collections/figures/${figure.id}`)
    // The story and summary of a draft never leave for an outside service.
    expect(JSON.stringify(message?.body)).not.toContain('事迹正文')
    expect(JSON.stringify(message?.body)).not.toContain('一句话简介')

    await until(async () => (await mailsTo(REVIEWER(1), '提醒测试人物甲')).length > 0, 'the reviewer’s mail', 20_000)
    const [mail] = await mailsTo(REVIEWER(1), '提醒测试人物甲')
    expect(mail?.subject).toContain('等待初审')
    expect(mail?.text).toContain(`/admin/collections/figures/${figure.id}`)
    // Only the level it waits at.
    expect(await mailsTo(REVIEWER(2), '提醒测试人物甲')).toEqual([])
  })

  it('mails the author a 退回 only when they chose that notice', async () => {
    const editor = await login(EDITOR)
    const me = (await api<{ user: { id: number } }>('/api/users/me', { token: editor })).body.user.id
    const first = await createFigure(editor, '提醒测试人物乙', 'draft')
    await workflow('figures', first.id, editor, { action: 'submit' })
    await workflow('figures', first.id, await login(REVIEWER(1)), { action: 'reject', reason: '请补充时间' })
    await until(async () => (await mailsTo(EDITOR, '提醒测试人物乙')).length > 0, 'the author’s mail', 20_000)
    expect((await mailsTo(EDITOR, '提醒测试人物乙'))[0]?.subject).toContain('被退回')
    await until(async () => at('/wecom', '提醒测试人物乙').length > 1, 'the group’s 退回 message', 20_000)

    // Unticked: no more 退回 mail.
    expect((await api(`/api/users/${me}`, { method: 'PATCH', token: editor, body: { notices: ['waiting', 'published'] } })).status).toBe(
      200,
    )
    try {
      const second = await createFigure(editor, '提醒测试人物丙', 'draft')
      await workflow('figures', second.id, editor, { action: 'submit' })
      await workflow('figures', second.id, await login(REVIEWER(1)), { action: 'reject', reason: '请补充时间' })
      await until(async () => at('/wecom', '提醒测试人物丙').length > 1, 'the group’s 退回 message', 20_000)
      expect(await mailsTo(EDITOR, '提醒测试人物丙')).toEqual([])
    } finally {
      await api(`/api/users/${me}`, { method: 'PATCH', token: editor, body: { notices: ['waiting', 'returned', 'published'] } })
    }
  })

  it('mails the author when the schedule publishes their work, with nobody at the desk', async () => {
    const editor = await login(EDITOR)
    const figure = await createFigure(editor, '提醒测试人物丁', 'draft')
    const publishAt = new Date(Date.now() + 3_000).toISOString()
    await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { review: { publishAt }, _status: 'draft' } })
    await publishThroughReview('figures', figure.id)
    await until(async () => (await mailsTo(EDITOR, '提醒测试人物丁')).length > 0, 'the author’s mail', 60_000)
    const [mail] = await mailsTo(EDITOR, '提醒测试人物丁')
    expect(mail?.subject).toContain('已发布')
    expect(mail?.text).toContain('已按预定时间发布')
  })

  it('signs what goes to a 钉钉 robot', async () => {
    const figure = await createFigure(await login(EDITOR), '提醒测试人物丁', 'published')
    await until(async () => at('/dingtalk', '提醒测试人物丁').length > 0, 'the 钉钉 message', 20_000)
    const [message] = at('/dingtalk', '提醒测试人物丁')
    expect(message?.body.markdown.title).toContain('已发布')
    const timestamp = message?.query.get('timestamp') as string
    const expected = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64')
    expect(message?.query.get('sign')).toBe(expected)
    // 上线记录 will say what went live and by whose action.
    const client = new pg.Client({ connectionString: stack().databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ reason: string }>(
        `select input->>'reason' as reason from payload_jobs where input->'doc'->>'id' = $1 order by id`,
        [String(figure.id)],
      )
      expect(rows.map((row) => row.reason)).toContain('发布人物「提醒测试人物丁」（示例复审）')
    } finally {
      await client.end()
    }
  })
})

describe('configuring robots', () => {
  it('refuses an address that is not HTTPS, in Chinese', async () => {
    const { status, text } = await api('/api/notice-groups', {
      method: 'POST',
      token: await login(ADMIN),
      body: { name: '明文地址', platform: 'wecom', webhook: 'http://qyapi.example.com/send?key=1', events: ['waiting'] },
    })
    expect(status).toBe(400)
    expect(text).toContain('必须以 https:// 开头')
  })
})
