/**
 * The front server's patience (cms/server/front.ts): only a signed-in 打印预览 may keep a
 * connection waiting past the 60 s idle limit. An anonymous caller, a forged or expired
 * token, or any other path keeps the idle limit, so slow requests cannot hold connections.
 */
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { canonicalPath, waitsForAnswer } from '../../cms/server/front.ts'
import { sessionKey } from '../../cms/server/session.ts'

const key = sessionKey('test-secret')
const token = (signingKey: Uint8Array, expires = '1h') =>
  new SignJWT({ id: 1 }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(expires).sign(signingKey)
const PREVIEW = '/api/handbooks/3/print/handbook?cmyk=1'

const waits = async (url: string, headers: Record<string, string>) => waitsForAnswer(canonicalPath(url) as string, headers, key)

describe('who may wait for a slow answer', () => {
  it('a signed-in 打印预览, by header or cookie', async () => {
    expect(await waits(PREVIEW, { authorization: `JWT ${await token(key)}` })).toBe(true)
    expect(await waits('/api/figures/12/print/poster-a4', { cookie: `a=b; payload-token=${await token(key)}` })).toBe(true)
  })

  it('nobody else: anonymous, a forged or expired token, or another path', async () => {
    const valid = { authorization: `JWT ${await token(key)}` }
    expect(await waits(PREVIEW, {})).toBe(false)
    expect(await waits(PREVIEW, { authorization: `JWT ${await token(sessionKey('another-secret'))}` })).toBe(false)
    expect(await waits(PREVIEW, { authorization: `JWT ${await token(key, '-1m')}` })).toBe(false)
    expect(await waits(PREVIEW, { authorization: 'JWT not-a-token' })).toBe(false)
    for (const url of [
      '/api/users',
      '/api/handbooks/3/print',
      '/api/handbooks/3/print/handbook/extra',
      '/api/handbooks/3/print/a%2Fb',
      '/api/handbooks/3/print/handbook/../../../users',
      '/admin/print-desk',
      '/api/print-orders/1/download',
    ])
      expect(await waits(url, valid), url).toBe(false)
  })
})
