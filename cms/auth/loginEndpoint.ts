/**
 * POST /api/users/login, in place of Payload's own: the same session cookie, plus the
 * throttles of limits.ts, and answers that do not tell an existing account from an unknown
 * one — the same status, the same body, and about the same time (an unknown address has
 * its password hashed against a decoy, as a real one would be).
 */
import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, addDataAndFileToRequest, type Endpoint, headersWithCors, loginOperation, type PayloadRequest } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { recordSignIn } from '../audit/record'
import { addressOf, throttleAddress } from '../server/clientAddress'
import { forget, giveBack, type LimitName, takeInOrder } from './limits'

export const WRONG = '邮箱或密码不正确。'
export const LOCKED = (minutes: number) => `登录失败次数过多，已暂时锁定。请 ${minutes} 分钟后再试，或请管理员在“系统 › 登录锁定”中解锁。`

const derive = promisify(pbkdf2)
/** Payload 3.90's current password hash (generatePasswordSaltHash.js): PBKDF2-SHA256, 600,000 rounds, 32 bytes. */
const decoy = (password: string) => derive(password, 'xhl-decoy-salt', 600_000, 32, 'sha256')

const fail = (status: number, message: string, retryAfter?: number) =>
  Response.json({ errors: [{ message }] }, { status, headers: retryAfter ? { 'retry-after': String(retryAfter) } : undefined })

/** The sign-in throttles for this account from this address; those of the address come first, so an address already refused never spends the account's points. */
const throttles = (email: string, address: string): [LimitName, string][] => [
  ['signInPerAddress', address],
  ['signInPerAccountAndAddress', `${email}|${address}`],
  ['signInPerAccount', email],
]

/** A successful sign-in gives its points back and clears the mistyping lock from this address. */
async function settle(req: PayloadRequest, email: string, address: string): Promise<void> {
  await giveBack(req.payload, 'signInPerAddress', address)
  await giveBack(req.payload, 'signInPerAccount', email)
  await forget(req.payload, 'signInPerAccountAndAddress', `${email}|${address}`)
}

type SignedIn = { response: Response; name: string | null }

async function signIn(req: PayloadRequest, email: string, password: string): Promise<SignedIn | 'wrong'> {
  const users = req.payload.collections.users
  const exists = (await req.payload.db.count({ collection: 'users', where: { email: { equals: email } }, req })).totalDocs > 0
  if (!exists) {
    await decoy(password)
    return 'wrong'
  }
  try {
    const result = await loginOperation({ collection: users, data: { email, password }, req })
    const cookie = generatePayloadCookie({
      collectionAuthConfig: users.config.auth,
      cookiePrefix: req.payload.config.cookiePrefix,
      token: result.token as string,
    })
    const headers = headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req })
    return {
      response: Response.json({ message: '登录成功。', ...result }, { status: 200, headers }),
      name: (result.user as { name?: string }).name ?? null,
    }
  } catch (error) {
    if (error instanceof AuthenticationError) return 'wrong'
    throw error
  }
}

export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    if (!email || !password) return fail(400, '请填写邮箱和密码。')
    const address = throttleAddress(addressOf(req.headers))
    const { wait, first } = await takeInOrder(req.payload, throttles(email, address))
    if (wait > 0) {
      // One entry per lock, not one per hammered attempt: the log cannot be flooded.
      if (first) await recordSignIn(req, email, 'refused')
      return fail(429, LOCKED(Math.ceil(wait / 60)), wait)
    }
    const outcome = await signIn(req, email, password)
    if (outcome === 'wrong') {
      await recordSignIn(req, email, 'failure')
      return fail(401, WRONG)
    }
    await settle(req, email, address)
    await recordSignIn(req, email, 'success', outcome.name)
    return outcome.response
  },
}
