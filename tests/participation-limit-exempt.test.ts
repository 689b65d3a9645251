/**
 * PARTICIPATION_LIMIT_EXEMPT (the bench's allow-list): on an admin with a range of test
 * addresses on it, an exempt address is not slowed by the per-address throttles
 * (challenges, submissions, receipt look-ups) while an address off the list still is; and
 * the exempt address still needs a solved, unused challenge and is still held to five
 * submissions an hour per device. No client can claim a listed address by writing it into
 * X-Forwarded-For or the admin's own client-address header. The shared test admin has no
 * list: nobody is exempt there.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { localPayload, stack } from './support/cms.ts'
import { call, forgetThrottles, messageBody, newDevice, post, solvedFor } from './support/participation.ts'

const EXEMPT = '198.18.7.0/24'
let payload: Payload
let port: number
let second: ReturnType<typeof startAdmin>
const base = () => `http://127.0.0.1:${port}`
const exempt = () => ({ base: base(), address: '198.18.7.23' })
const listed = (address: string) => ({ base: base(), address })

beforeAll(async () => {
  payload = await localPayload()
  await forgetThrottles(payload)
  port = await findFreePort()
  const env = { ...process.env, ...stack().env, TRUSTED_PROXIES: 'loopback', PARTICIPATION_LIMIT_EXEMPT: EXEMPT }
  second = startAdmin(port, env, '后台（限流白名单）')
  await adminReady(port, second)
}, 300_000)

afterAll(async () => {
  await second?.stop()
  await payload?.destroy()
})

const statuses = async (count: number, send: (attempt: number) => Promise<{ status: number }>) => {
  const seen: number[] = []
  for (let attempt = 0; attempt < count; attempt++) seen.push((await send(attempt)).status)
  return seen
}

describe('an address on PARTICIPATION_LIMIT_EXEMPT', () => {
  it('fetches challenges past the per-address limit; an address off the list is slowed at 61', async () => {
    expect(new Set(await statuses(70, () => call('/challenge?form=messages', exempt())))).toEqual(new Set([200]))
    const other = await statuses(61, () => call('/challenge?form=messages', listed('198.18.8.23')))
    expect(other.slice(0, 60).every((status) => status === 200)).toBe(true)
    expect(other[60]).toBe(429)
  })

  it('sends more than 30 submissions an hour from new devices; an address off the list is refused at 31', async () => {
    const send = (from: { base: string; address: string }) => async (attempt: number) => {
      const sender = { ...from, device: newDevice() }
      return post('/messages', messageBody(await solvedFor('messages', sender), { body: `第${attempt + 1}条留言，测试白名单` }), sender)
    }
    expect(new Set(await statuses(32, send(exempt())))).toEqual(new Set([201]))
    const other = await statuses(31, send(listed('203.0.113.77')))
    expect(other.slice(0, 30).every((status) => status === 201)).toBe(true)
    expect(other[30]).toBe(429)
  }, 300_000)

  it('still needs a solved challenge, used once', async () => {
    const from = { ...exempt(), device: newDevice() }
    const { altcha: _none, ...unsolved } = messageBody('')
    const none = await post('/messages', unsolved, from)
    expect([400, 403]).toContain(none.status)
    expect(none.body.errors?.[0]?.message).toMatch(/验证/)
    const altcha = await solvedFor('messages', from)
    expect((await post('/messages', messageBody(altcha), from)).status).toBe(201)
    const replayed = await post('/messages', messageBody(altcha), { ...exempt(), device: newDevice() })
    expect(replayed.status).toBe(403)
    expect(replayed.body.errors?.[0]?.message).toContain('已经用过')
  })

  it('is still held to five submissions an hour per device', async () => {
    const from = { ...exempt(), device: newDevice() }
    const seen = await statuses(6, async () => post('/messages', messageBody(await solvedFor('messages', from)), from))
    expect(seen).toEqual([201, 201, 201, 201, 201, 429])
  })

  it('looks receipts up past the per-address limit; an address off the list is slowed at 21', async () => {
    const unknown = 'ABCD-EFGH-JKMN'
    expect(new Set(await statuses(25, () => call(`/receipts/${unknown}`, exempt())))).toEqual(new Set([404]))
    const other = await statuses(21, () => call(`/receipts/${unknown}`, listed('203.0.113.78')))
    expect(other.slice(0, 20).every((status) => status === 404)).toBe(true)
    expect(other[20]).toBe(429)
  })

  it('cannot be claimed by a client: a forged X-Forwarded-For hop or client-address header counts for nothing', async () => {
    // Behind a trusted proxy, the proxy appends the real peer: the nearest untrusted hop is the client, not what it wrote.
    const forged = (attempt: number) =>
      call('/challenge?form=messages', {
        base: base(),
        address: `198.18.7.23, 203.0.113.${90 + (attempt % 2)}`,
        headers: { 'x-xhl-client-address': '198.18.7.23' },
      })
    const hop = await statuses(122, forged)
    expect(hop.slice(0, 120).every((status) => status === 200)).toBe(true)
    expect(hop.slice(120)).toEqual([429, 429])
    await forgetThrottles(payload)
  })

  it('is nobody on the shared test admin, which has no list', async () => {
    const seen = await statuses(61, () => call('/challenge?form=messages'))
    expect(seen[60]).toBe(429)
    await forgetThrottles(payload)
  })
})
