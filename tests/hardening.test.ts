/**
 * Endpoints and accounts (issue 14): the jobs runner and unlock closed to staff, passwords
 * that resist guessing, sign-in throttles that never tell a real account from an unknown
 * one, cannot be turned against a person from one address, and trust X-Forwarded-For only
 * from a configured proxy. Floods (bodies, connections, headers, the static server) are in
 * floods.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { api, graphql, login, stack } from './support/cms.ts'

const ADMIN = 'admin@xinghualing.example'
let admin: string
let editor: string

beforeAll(async () => {
  admin = await login(ADMIN)
  editor = await login('editor@xinghualing.example')
})

describe('endpoints closed to staff', () => {
  it('nobody runs or queues jobs over HTTP; the site build stays the worker’s', async () => {
    const community = await login('community@xinghualing.example')
    for (const token of [community, editor, admin]) {
      const run = await api('/api/payload-jobs/run?queue=site-build', { token })
      expect(run.status).toBeGreaterThanOrEqual(400)
      expect((await api('/api/payload-jobs/handle-schedules', { token })).status).toBeGreaterThanOrEqual(400)
    }
  })

  it('only an administrator unlocks accounts', async () => {
    expect((await api('/api/users/unlock', { method: 'POST', token: editor, body: { email: ADMIN } })).status).toBe(403)
    expect((await api('/api/users/unlock', { method: 'POST', body: { email: ADMIN } })).status).toBe(403)
    expect((await api('/api/users/unlock', { method: 'POST', token: admin, body: { email: 'editor@xinghualing.example' } })).status).toBe(
      200,
    )
  })

  it('GraphQL does not sign anyone in (the throttles live on the REST sign-in)', async () => {
    const result = await graphql<{ errors?: { message: string }[] }>(
      `mutation { loginUser(email: "${ADMIN}", password: "${stack().demoPassword}") { token } }`,
    )
    expect(result.errors?.[0]?.message).toContain('登录页面')
  })

  it('a file that is not there is 404, not a server error', async () => {
    // Staff may read every image, so the request reaches the folder; the public is told nothing (403) either way.
    const missing = await api('/api/media/file/no-such-image.png', { token: editor })
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('文件不存在')
    expect([403, 404]).toContain((await api('/api/media/file/no-such-image.png')).status)
  })
})

describe('passwords', () => {
  it.each([
    ['abc', '至少需要 10 个字符'],
    ['1234567890', '不能全是数字'],
    ['１２３４５６７８９０１', '不能全是数字'],
    ['password123', '太常见'],
    ['woaini1314', '太常见'],
    ['1qaz2wsx3edc', '太常见'],
  ])('refuses %s with a Chinese message', async (password, message) => {
    const { status, text } = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: { email: `pw-${Math.random().toString(36).slice(2)}@xinghualing.example`, password, name: '密码测试', role: 'editor' },
    })
    expect(status).toBe(400)
    expect(text).toContain(message)
  })

  it('accepts a long uncommon one, and checks a change of one’s own password too', async () => {
    const email = `pw-ok-${Date.now()}@xinghualing.example`
    const created = await api<{ doc: { id: number } }>('/api/users', {
      method: 'POST',
      token: admin,
      body: { email, password: 'tall-river-lamp-83', name: '密码测试', role: 'editor' },
    })
    expect(created.status).toBe(201)
    const own = (await api<{ token: string }>('/api/users/login', { method: 'POST', body: { email, password: 'tall-river-lamp-83' } })).body
      .token
    const weak = await api(`/api/users/${created.body.doc.id}`, { method: 'PATCH', token: own, body: { password: 'qwertyuiop' } })
    expect(weak.status).toBe(400)
    expect(weak.text).toContain('太常见')
  })
})

describe('sign-in throttles', () => {
  let port: number
  let server: ReturnType<typeof startAdmin>
  const base = () => `http://127.0.0.1:${port}`
  const signIn = (email: string, password: string, from: string) =>
    fetch(`${base()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email, password }),
    }).then(async (response) => ({ status: response.status, body: await response.text() }))

  beforeAll(async () => {
    // An admin behind a trusted proxy on this machine, so each test can come from an address of its own.
    port = await findFreePort()
    server = startAdmin(port, { ...process.env, ...stack().env, TRUSTED_PROXIES: 'loopback' }, '后台（限流测试）')
    await adminReady(port, server)
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('answers an unknown account exactly as a real one: wrong, then locked', async () => {
    const real = []
    const unknown = []
    for (let attempt = 0; attempt < 6; attempt++) {
      real.push(await signIn('reviewer3@xinghualing.example', `wrong-${attempt}`, '203.0.113.10'))
      unknown.push(await signIn('nobody-here@xinghualing.example', `wrong-${attempt}`, '203.0.113.10'))
    }
    expect(unknown).toEqual(real)
    expect(real.slice(0, 5).map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401])
    expect(real[5]?.status).toBe(429)
    expect(real[5]?.body).toContain('锁定')
    // The lock is for that address: the real person elsewhere still signs in.
    expect((await signIn('reviewer3@xinghualing.example', stack().demoPassword, '198.51.100.7')).status).toBe(200)
  })

  it('one address hammering an account locks it there only, and writes one log entry per lock', async () => {
    const victim = 'reviewer3@xinghualing.example'
    const refusals = async () =>
      (
        await api<{ totalDocs: number }>(
          `/api/audit-log?limit=0&where[action][equals]=sign-in-refused&where[actorEmail][equals]=${encodeURIComponent(victim)}`,
          { token: admin },
        )
      ).body.totalDocs
    const before = await refusals()
    const answers = []
    for (let attempt = 0; attempt < 60; attempt++) answers.push((await signIn(victim, `guess-${attempt}`, '203.0.113.50')).status)
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(answers.slice(5).every((status) => status === 429)).toBe(true)
    // Refused attempts took nothing from the account: its owner still signs in elsewhere.
    expect((await signIn(victim, stack().demoPassword, '198.51.100.8')).status).toBe(200)
    // One entry when the account was locked for that address, one when the address itself was.
    expect((await refusals()) - before).toBeLessThanOrEqual(2)
    await fetch(`${base()}/api/users/unblock-address`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
      body: JSON.stringify({ address: '203.0.113.50' }),
    })
  })

  it('stops one address trying many accounts, and an administrator sees and lifts the block', async () => {
    const from = '203.0.113.20'
    const answers = []
    for (let attempt = 0; attempt < 31; attempt++)
      answers.push((await signIn(`guess-${attempt}@xinghualing.example`, 'wrong-password', from)).status)
    expect(answers.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(answers[30]).toBe(429)
    expect((await signIn(ADMIN, stack().demoPassword, from)).status).toBe(429)
    const view = await fetch(`${base()}/admin/locked-accounts`, { headers: { authorization: `JWT ${admin}` } }).then((response) =>
      response.text(),
    )
    expect(view).toContain(from)
    const lifted = await fetch(`${base()}/api/users/unblock-address`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin}`, origin: base() },
      body: JSON.stringify({ address: from }),
    })
    expect(lifted.status).toBe(200)
    expect((await signIn(ADMIN, stack().demoPassword, from)).status).toBe(200)
  })

  it('lets nobody but an administrator lift a lock, nor write to the log by trying', async () => {
    const from = '203.0.113.30'
    for (let attempt = 0; attempt < 5; attempt++) await signIn('reviewer2@xinghualing.example', 'wrong-password', from)
    expect((await signIn('reviewer2@xinghualing.example', stack().demoPassword, from)).status).toBe(429)
    const unlocks = async () =>
      (await api<{ totalDocs: number }>('/api/audit-log?limit=0&where[action][equals]=unlock', { token: admin })).body.totalDocs
    const before = await unlocks()
    for (const token of [undefined, editor]) {
      const unlock = await fetch(`${base()}/api/users/unlock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify({ email: 'reviewer2@xinghualing.example' }),
      })
      expect(unlock.status).toBe(403)
    }
    expect((await signIn('reviewer2@xinghualing.example', stack().demoPassword, from)).status).toBe(429)
    expect(await unlocks()).toBe(before)
    await api('/api/users/unlock', { method: 'POST', token: admin, body: { email: 'reviewer2@xinghualing.example' } })
    expect((await signIn('reviewer2@xinghualing.example', stack().demoPassword, from)).status).toBe(200)
  })

  it('counts a burst of parallel attempts before any password is checked', async () => {
    const from = '203.0.113.40'
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, n) => signIn(`burst-${n}@xinghualing.example`, 'wrong-password', from)),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(30)
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(15)
    await fetch(`${base()}/api/users/unblock-address`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
      body: JSON.stringify({ address: from }),
    })
  })

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    // The shared test admin trusts no proxy: a client naming other addresses is still itself.
    const email = `xff-${Date.now()}@xinghualing.example`
    const created = await api('/api/users', {
      method: 'POST',
      token: admin,
      body: { email, password: 'tall-river-lamp-83', name: '地址测试', role: 'editor' },
    })
    expect(created.status).toBe(201)
    const answers = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await fetch(`${stack().cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${attempt}` },
        body: JSON.stringify({ email, password: 'wrong-password' }),
      })
      answers.push(response.status)
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429])
    expect((await api('/api/users/unlock', { method: 'POST', token: admin, body: { email } })).status).toBe(200)
  })
})
