/**
 * The participation gate (issue 18) attacked from outside: scripted submissions that never
 * solve the proof-of-work challenge, replayed, tampered, expired and other-form
 * challenges, the honeypot, the throttles shared by two admin processes, CORS for the
 * site's origin only, and every write path that skips the public endpoints (REST,
 * GraphQL, the Local API) refused for every role.
 */
import { type Challenge, createChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { gateKey } from '../cms/participation/gate/keys.ts'
import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { api, graphql, localPayload, login, stack } from './support/cms.ts'
import { call, challengeFor, messageBody, newDevice, post, SITE_ORIGIN, solved, solvedFor } from './support/participation.ts'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await localPayload()
  admin = await login('admin@xinghualing.example')
})

afterAll(async () => {
  await payload?.destroy()
})

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
const decode = (altcha: string) => JSON.parse(Buffer.from(altcha, 'base64').toString('utf8'))
const messageCount = async () => (await payload.count({ collection: 'messages', overrideAccess: true })).totalDocs

describe('the challenge', () => {
  it('is issued for a known form only, with CORS for the site and nobody else', async () => {
    const ok = await call('/challenge?form=messages')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull()
    expect((ok.body as { parameters: { data: { form: string } } }).parameters.data.form).toBe('messages')
    expect((await call('/challenge?form=admin')).status).toBe(400)
    const stranger = await fetch(`${stack().cmsUrl}/api/participation/challenge?form=messages`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers a preflight under the prefix only; the rest of the API gives the site no CORS', async () => {
    const preflight = (path: string) =>
      fetch(`${stack().cmsUrl}${path}`, {
        method: 'OPTIONS',
        headers: { origin: SITE_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    const ours = await preflight('/api/participation/messages')
    expect(ours.status).toBe(204)
    expect(ours.headers.get('access-control-allow-methods')).toContain('POST')
    for (const path of ['/api/users/login', '/api/messages', '/api/graphql', '/api/articles']) {
      expect((await preflight(path)).headers.get('access-control-allow-origin'), path).toBeNull()
    }
    const users = await fetch(`${stack().cmsUrl}/api/users/me`, { headers: { origin: SITE_ORIGIN } })
    expect(users.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('submissions that did not do the work', () => {
  it('refuses 1,000 scripted submissions without a solved challenge, and keeps none', async () => {
    const before = await messageCount()
    const challenge = await challengeFor('messages')
    const forged = [
      undefined,
      '',
      'not base64 at all',
      encode({ challenge: null, solution: null, test: true }),
      encode({ challenge, solution: { counter: 1, derivedKey: '00' } }),
      encode({ algorithm: 'SHA-256', challenge: 'x', number: 1, salt: 'x', signature: 'x' }),
    ]
    const statuses = new Map<number, number>()
    for (let batch = 0; batch < 50; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => {
          const altcha = forged[(batch * 20 + index) % forged.length]
          return post('/messages', messageBody(altcha as string, { body: `机器人留言 ${batch}-${index}` }))
        }),
      )
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    expect(
      [...statuses.keys()].every((status) => status === 400 || status === 403),
      JSON.stringify([...statuses]),
    ).toBe(true)
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(1000)
    expect(await messageCount()).toBe(before)
  })

  it('takes a solved challenge once: a replay, even two at the same moment, gets one through', async () => {
    const altcha = await solvedFor('messages')
    const first = await Promise.all([1, 2, 3].map(() => post('/messages', messageBody(altcha))))
    expect(first.map(({ status }) => status).sort()).toEqual([201, 403, 403])
    const refused = first.find(({ status }) => status === 403)
    expect(refused?.body.errors?.[0]?.message).toContain('已经用过')
    expect((await post('/messages', messageBody(altcha))).status).toBe(403)
  })

  it('refuses a tampered, another form’s, or an expired challenge, each with its reason', async () => {
    const altcha = await solvedFor('messages')
    const payloadOf = decode(altcha)
    const key = payloadOf.solution.derivedKey as string
    const wrongKey = {
      ...payloadOf,
      solution: { ...payloadOf.solution, derivedKey: `${key.slice(0, -2)}${key.endsWith('00') ? '01' : '00'}` },
    }
    const longer = structuredClone(payloadOf)
    longer.challenge.parameters.expiresAt += 86_400
    const otherForm = structuredClone(payloadOf)
    otherForm.challenge.parameters.data.form = 'surveys'
    for (const forged of [wrongKey, longer, otherForm]) {
      const answer = await post('/messages', messageBody(encode(forged)))
      expect(answer.status).toBe(403)
      expect(answer.body.errors?.[0]?.message).toContain('没有通过')
    }
    // Issued honestly for the nominations form: refused on the messages form.
    const nomination = await post('/messages', messageBody(await solvedFor('nominations')))
    expect(nomination.body.errors?.[0]?.message).toContain('不属于这个表单')
    // Issued with the admin's own keys, but already expired.
    const expired: Challenge = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 1000,
      counter: 5,
      deriveKey,
      expiresAt: new Date(Date.now() - 1000),
      data: { form: 'messages' },
      hmacSignatureSecret: gateKey(payload, 'altcha-signature'),
      hmacKeySignatureSecret: gateKey(payload, 'altcha-key'),
    })
    const late = await post('/messages', messageBody(await solved(expired)))
    expect(late.status).toBe(403)
    expect(late.body.errors?.[0]?.message).toContain('已过期')
  })

  it('refuses a filled-in honeypot even with a solved challenge', async () => {
    const answer = await post('/messages', messageBody(await solvedFor('messages'), { website: 'http://spam.example' }))
    expect(answer.status).toBe(400)
  })
})

describe('write paths that skip the endpoints', () => {
  it('refuses REST and GraphQL creates of residents’ records for every role, the administrator included', async () => {
    const altcha = await solvedFor('messages')
    const tokens = [undefined, admin, await login('editor@xinghualing.example'), await login('community@xinghualing.example')]
    for (const token of tokens) {
      const rest = await api('/api/messages', { method: 'POST', token, body: messageBody(altcha) })
      expect(rest.status, `REST as ${token ? 'staff' : 'anonymous'}`).toBe(403)
      const contact = await api('/api/participation-contacts', {
        method: 'POST',
        token,
        body: { contactName: '王某', contactPhone: '13800000000' },
      })
      expect(contact.status).toBe(403)
      const gql = await graphql<{ errors?: unknown[] }>(
        'mutation { createMessage(data: { kind: consult, body: "绕过表单的留言", status: received }) { id } }',
        token,
      )
      expect(gql.errors?.length).toBeGreaterThan(0)
    }
  })

  it('refuses the Local API without the gate’s evidence, and with forged evidence runs the same checks', async () => {
    const data = { kind: 'consult' as const, body: '系统内部绕过表单的留言', status: 'received' as const }
    await expect(payload.create({ collection: 'messages', data, overrideAccess: true })).rejects.toThrow(/只能通过网站上的表单/)
    const forged = { form: 'messages', altcha: undefined, honeypot: undefined, address: '127.0.0.1', deviceToken: null }
    await expect(
      payload.create({ collection: 'messages', data, overrideAccess: true, context: { participationGate: forged } }),
    ).rejects.toThrow(/防机器人验证/)
  })
})

describe('throttles, shared by every admin process', () => {
  let port: number
  let second: ReturnType<typeof startAdmin>
  const secondBase = () => `http://127.0.0.1:${port}`

  beforeAll(async () => {
    // A second admin on the same database, behind a trusted proxy on this machine, so each test can come from an address of its own.
    port = await findFreePort()
    second = startAdmin(port, { ...process.env, ...stack().env, TRUSTED_PROXIES: 'loopback' }, '后台（居民参与限流）')
    await adminReady(port, second)
  })

  afterAll(async () => {
    await second?.stop()
  })

  it('lets one device send five an hour, counted across both processes; a neighbour on the same address is not held up', async () => {
    const device = newDevice()
    const address = '203.0.113.45'
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const base = attempt % 2 === 0 ? secondBase() : stack().cmsUrl
      const from = { base, device, ...(base === secondBase() ? { address } : {}) }
      statuses.push(
        (await post('/messages', messageBody(await solvedFor('messages', from), { body: `第${attempt + 1}条留言，测试限流` }), from))
          .status,
      )
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const neighbour = { base: secondBase(), address, device: newDevice() }
    expect((await post('/messages', messageBody(await solvedFor('messages', neighbour)), neighbour)).status).toBe(201)
  })

  it('slows one address that fetches challenges in a loop, and says how long to wait', async () => {
    const from = { base: secondBase(), address: '198.51.100.99' }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 61; attempt++) statuses.push((await call('/challenge?form=messages', from)).status)
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true)
    const refused = await call('/challenge?form=messages', from)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0]?.message).toMatch(/请 \d+ 分钟后再试/)
    expect(refused.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
  })
})
