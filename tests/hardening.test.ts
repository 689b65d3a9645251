/**
 * Endpoints, accounts and floods (issue 14): the jobs runner and unlock closed to staff,
 * passwords that resist guessing, sign-in throttles that never tell a real account from
 * an unknown one and trust X-Forwarded-For only from a configured proxy, bodies refused
 * by size before anything reads them, stalled connections closed, security headers on the
 * admin and the site, the build's records private however the path is encoded, Range.
 */
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import net from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminReady, startAdmin } from '../cms/runtime/admin.ts'
import { findFreePort } from '../cms/runtime/ports.ts'
import { createStaticServer } from '../site/serve.ts'
import { api, buildSite, graphql, login, stack } from './support/cms.ts'

const ADMIN = 'admin@xinghualing.example'
let admin: string
let editor: string

beforeAll(async () => {
  admin = await login(ADMIN)
  editor = await login('editor@xinghualing.example')
})

/** A raw request: the body is written as given (or announced larger than it is), and the answer read as it comes. */
function raw(
  url: string,
  init: { method: string; headers?: Record<string, string>; chunks?: Buffer[] },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method, headers: init.headers }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    request.on('error', reject)
    for (const chunk of init.chunks ?? []) request.write(chunk)
    // The rest of an announced body is never sent: the server must answer without it.
    if (!init.headers?.['content-length']) request.end()
  })
}

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

describe('request bodies are refused by size before anything reads them', () => {
  it('a 100 MB login body announced by Content-Length', async () => {
    const started = Date.now()
    const answer = await raw(`${stack().cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024 * 1024) },
      chunks: [Buffer.from('{"email":"')],
    })
    expect(answer.status).toBe(413)
    expect(answer.text).toContain('请求内容太大')
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('limits a path however it is written (escaped letters, doubled slashes)', async () => {
    for (const path of ['/api/users/%6cogin', '/api//users/login', '/api/figures/1/%77orkflow']) {
      const answer = await raw(`${stack().cmsUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(100 * 1024) },
        chunks: [Buffer.from('{"email":"')],
      })
      expect(answer.status, path).toBe(413)
    }
  })

  it('an upload-sized body from someone not signed in, however the session is faked', async () => {
    const body = Buffer.alloc(100 * 1024, 0x61)
    const forged = `${editor.slice(0, -4)}AAAA`
    const fakes: Record<string, string>[] = [
      {},
      { cookie: 'payload-token=forged' },
      { authorization: `JWT ${forged}` },
      { cookie: `payload-token=${forged}` },
    ]
    for (const headers of fakes) {
      const answer = await raw(`${stack().cmsUrl}/api/media`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length), ...headers },
        chunks: [body],
      })
      expect(answer.status, JSON.stringify(headers)).toBe(413)
      expect(answer.text).toContain('未登录')
    }
    // Signed in, the same body is read and judged by the upload's own checks.
    const signedIn = await raw(`${stack().cmsUrl}/api/media`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length), authorization: `JWT ${editor}` },
      chunks: [body],
    })
    expect(signedIn.status).not.toBe(413)
  })

  it('a chunked body that grows past the limit', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(100 * 1024, 0x61))
    const answer = await raw(`${stack().cmsUrl}/api/figures?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor}`, 'transfer-encoding': 'chunked' },
      chunks,
    })
    expect(answer.status).toBe(413)
  })

  it('a 100,000-line regulation paste, and one just over the 40,000-character limit, answered at once', async () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `第${index + 1}条 为了测试粘贴长度，本条内容仅供测试。`).join('\n')
    const huge = await api('/api/regulations?draft=true', {
      method: 'POST',
      token: editor,
      body: { title: '超长粘贴测试', issuingBody: '测试机关', legalStatus: 'in-force', sourceText: lines, _status: 'draft' },
    })
    expect(huge.status).toBe(413)
    const over = await api('/api/regulations?draft=true', {
      method: 'POST',
      token: editor,
      body: { title: '超长粘贴测试', issuingBody: '测试机关', legalStatus: 'in-force', sourceText: '条'.repeat(40_001), _status: 'draft' },
    })
    expect(over.status).toBe(400)
    expect(over.text).toContain('4 万')
  })
})

/** Opens a connection, sends nothing, and resolves with how long the server kept it open. */
function idleFor(port: number, limitMs: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now()
    const socket: Socket = net.connect(port, '127.0.0.1')
    const done = () => resolve(Date.now() - started)
    socket.on('close', done)
    socket.on('error', () => undefined)
    setTimeout(() => {
      socket.destroy()
    }, limitMs)
  })
}

describe('connections and headers', () => {
  let site: http.Server
  let siteUrl: string

  beforeAll(async () => {
    await buildSite()
    site = createStaticServer(stack().env.SITE_DIR as string)
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())))

  it('closes a connection that sends nothing, on the admin and on the site', { timeout: 60_000 }, async () => {
    const adminPort = Number(new URL(stack().cmsUrl).port)
    const sitePort = (site.address() as AddressInfo).port
    const [adminHeld, siteHeld] = await Promise.all([idleFor(adminPort, 45_000), idleFor(sitePort, 45_000)])
    // Closed by the server after CONNECTION_LIMITS.headersMs (15 s), not by this test's 45 s.
    expect(adminHeld).toBeLessThan(40_000)
    expect(siteHeld).toBeLessThan(40_000)
  })

  it('sends the security headers on admin pages and API answers', async () => {
    for (const path of ['/admin/login', '/api/figures?limit=1']) {
      const response = await fetch(`${stack().cmsUrl}${path}`)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('sends the security headers on every site answer, pages and 404 alike', async () => {
    for (const path of ['/', '/figures/hao-jing-quan/', '/no-such-page/']) {
      const response = await fetch(`${siteUrl}${path}`)
      const policy = response.headers.get('content-security-policy') ?? ''
      const scripts = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
      expect(scripts).toContain("'self'")
      expect(scripts).not.toContain('unsafe-inline')
      expect(policy).toContain("frame-ancestors 'self'")
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  it('keeps the build’s records private however the path is written', async () => {
    for (const path of [
      '/_build/manifest.json',
      '/%5Fbuild/manifest.json',
      '/%5fbuild/manifest.json',
      '/_BUILD/manifest.json',
      '/x/../_build/manifest.json',
      '/%2e%2e/_build/manifest.json',
    ]) {
      const response = await fetch(`${siteUrl}${path}`)
      expect(response.status, path).toBe(404)
      expect(await response.text()).not.toContain('"files"')
    }
  })

  it('hides dotfiles and redirects a bare folder to itself only, whatever its name', async () => {
    const root = realpathSync(stack().env.SITE_DIR as string)
    writeFileSync(path.join(root, '.env'), 'SECRET=1')
    mkdirSync(path.join(root, '测试 目录'), { recursive: true })
    writeFileSync(path.join(root, '测试 目录', 'index.html'), '<p>ok</p>')
    try {
      for (const hidden of ['/.env', '/%2eenv', '/x/../.env']) {
        const response = await fetch(`${siteUrl}${hidden}`)
        expect(response.status, hidden).toBe(404)
        expect(await response.text()).not.toContain('SECRET')
      }
      const bare = await fetch(`${siteUrl}/%E6%B5%8B%E8%AF%95%20%E7%9B%AE%E5%BD%95?a=1`, { redirect: 'manual' })
      expect(bare.status).toBe(301)
      expect(bare.headers.get('location')).toBe('/%E6%B5%8B%E8%AF%95%20%E7%9B%AE%E5%BD%95/?a=1')
      expect((await fetch(`${siteUrl}${bare.headers.get('location')}`)).status).toBe(200)
      // A doubled slash is not a way to send readers to another site.
      const doubled = await fetch(`${siteUrl}//figures`, { redirect: 'manual' })
      expect(doubled.headers.get('location') ?? '').not.toMatch(/^\/\/|^https?:/)
    } finally {
      rmSync(path.join(root, '.env'))
      rmSync(path.join(root, '测试 目录'), { recursive: true })
    }
  })

  it('answers a Range request with the bytes asked for (a phone resuming a PDF)', async () => {
    const whole = Buffer.from(await (await fetch(`${siteUrl}/print/figures/hao-jing-quan/leaflet-a5.pdf`)).arrayBuffer())
    const part = await fetch(`${siteUrl}/print/figures/hao-jing-quan/leaflet-a5.pdf`, { headers: { range: 'bytes=100-1099' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${whole.length}`)
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 1100))).toBe(true)
  })
})
