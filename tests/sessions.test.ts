/**
 * Sessions on the production admin server (issue 7): repeated wrong passwords lock the
 * account, a session cookie sent from another site's page is not honoured (CSRF), the
 * cookie is HttpOnly and SameSite (and Secure when the admin is served over HTTPS),
 * GraphQL introspection and the playground are off, error responses carry no stack
 * traces, and the production server itself refuses to start with a weak PAYLOAD_SECRET.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { api, login, stack } from './support/cms.ts'

const EMAIL = 'lockout-test@xinghualing.example'
const PASSWORD = 'a-long-test-password-1'

async function signIn(email: string, password: string) {
  const response = await fetch(`${stack().cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  }
}

beforeAll(async () => {
  const admin = await login('admin@xinghualing.example')
  const { status } = await api('/api/users', {
    method: 'POST',
    token: admin,
    body: { email: EMAIL, password: PASSWORD, name: '锁定测试', role: 'editor' },
  })
  expect(status).toBe(201)
})

describe('sessions', () => {
  it('locks an account after five wrong passwords, even against the right one', async () => {
    expect((await signIn(EMAIL, PASSWORD)).status).toBe(200)
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn(EMAIL, `wrong-${attempt}`)).status).toBe(401)
    const locked = await signIn(EMAIL, PASSWORD)
    expect(locked.status).not.toBe(200)
    expect(locked.body.token).toBeUndefined()
    expect(JSON.stringify(locked.body)).toMatch(/锁定/)
  })

  it('sets the session cookie HttpOnly and SameSite, and ignores it when another site sends it', async () => {
    const { cookie } = await signIn('editor@xinghualing.example', stack().demoPassword)
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=(Lax|Strict)/i)
    const token = /payload-token=([^;]+)/.exec(cookie)?.[1] as string
    const me = (origin: string) =>
      fetch(`${stack().cmsUrl}/api/users/me`, { headers: { cookie: `payload-token=${token}`, origin } }).then(
        (response) => response.json() as Promise<{ user: { email: string } | null }>,
      )
    expect((await me(stack().cmsUrl)).user?.email).toBe('editor@xinghualing.example')
    expect((await me('https://evil.example')).user).toBeNull()
    // A write from another site's page with the cookie is refused too.
    const forged = await fetch(`${stack().cmsUrl}/api/figures?draft=true`, {
      method: 'POST',
      headers: { cookie: `payload-token=${token}`, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: '跨站伪造', _status: 'draft' }),
    })
    expect(forged.status).toBe(403)
  })

  it('has GraphQL introspection and the playground off in production', async () => {
    const response = await fetch(`${stack().cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    const body = (await response.json()) as { data?: { __schema?: unknown }; errors?: unknown[] }
    expect(body.data?.__schema).toBeUndefined()
    expect(body.errors?.length).toBeGreaterThan(0)
    expect((await fetch(`${stack().cmsUrl}/api/graphql-playground`)).status).toBe(404)
  })

  it('answers bad requests without a stack trace or a file path', async () => {
    const responses = await Promise.all([
      fetch(`${stack().cmsUrl}/api/figures?where[noSuchField][equals]=1`),
      fetch(`${stack().cmsUrl}/api/figures/not-a-number`),
      fetch(`${stack().cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }),
      fetch(`${stack().cmsUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ nope"}',
      }),
    ])
    for (const response of responses) {
      const text = await response.text()
      // GraphQL answers errors with 200 and an errors list, as its spec says.
      if (response.url.endsWith('/graphql')) expect(JSON.parse(text).errors.length).toBeGreaterThan(0)
      else expect(response.status, text).toBeGreaterThanOrEqual(400)
      expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|stack/)
    }
  })
})

/** The production admin server (`next start cms`, as npm start runs it) with some settings changed. */
async function adminServer(env: Record<string, string>) {
  const port = await findFreePort()
  let output = ''
  const child = startAdmin(port, { ...process.env, ...stack().env, PORT: String(port), ...env }, '后台（会话测试）')
  child.process.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.process.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  return { port, child, output: () => output }
}

describe('the production admin server', () => {
  it.each([
    ['empty', ''],
    ['a well-known default', 'changeme'],
    ['too short', 'abc123'],
  ])('refuses to start with a PAYLOAD_SECRET that is %s, saying why', async (_kind, secret) => {
    const server = await adminServer({ PAYLOAD_SECRET: secret })
    try {
      const code = await Promise.race([server.child.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 60_000))])
      expect(code).toBe(1)
      expect(server.output()).toContain('管理后台拒绝启动')
      expect(server.output()).toContain('PAYLOAD_SECRET')
      await expect(fetch(`http://127.0.0.1:${server.port}/api/figures`)).rejects.toThrow()
    } finally {
      await server.child.stop()
    }
  })

  it('marks the session cookie Secure when the admin is served over HTTPS', async () => {
    const server = await adminServer({ CMS_URL: 'https://admin.xhl.example.cn' })
    try {
      const origin = `http://127.0.0.1:${server.port}`
      await adminReady(server.port, server.child)
      // TLS ends at the reverse proxy, which forwards the request over loopback.
      const response = await fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@xinghualing.example', password: stack().demoPassword }),
      })
      expect(response.status).toBe(200)
      const cookie = response.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/HttpOnly/i)
    } finally {
      await server.child.stop()
    }
    // The shared test admin, on plain http://127.0.0.1, must not set Secure (no one could sign in).
    const plain = await signIn('editor@xinghualing.example', stack().demoPassword)
    expect(plain.cookie).not.toMatch(/;\s*Secure/i)
  })
})
