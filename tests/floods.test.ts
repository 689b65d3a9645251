/**
 * Floods (issue 14): request bodies refused by size before anything reads them (and
 * anonymous ones held to 64 KB), stalled connections closed, security headers on the
 * admin and the site, the build's records and dotfiles private however the path is
 * written, folder redirects that stay on the site, Range.
 */
import { cpSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import net from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createStaticServer } from '../ops/serve.ts'
import { switchLive } from '../site/builds/folders.ts'
import { api, buildSite, login, stack } from './support/cms.ts'

let editor: string

beforeAll(async () => {
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
    // A build with a dotfile and a folder named in Chinese with a space, switched live as builds are.
    const live = stack().env.SITE_DIR as string
    const root = realpathSync(live)
    const odd = `${root}-odd-names`
    cpSync(root, odd, { recursive: true })
    writeFileSync(path.join(odd, '.env'), 'SECRET=1')
    mkdirSync(path.join(odd, '测试 目录'), { recursive: true })
    writeFileSync(path.join(odd, '测试 目录', 'index.html'), '<p>ok</p>')
    await switchLive(live, odd)
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
      await switchLive(live, root)
      rmSync(odd, { recursive: true })
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
