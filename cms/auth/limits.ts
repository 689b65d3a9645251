/**
 * Sign-in and password-reset throttles, kept in PostgreSQL (rate-limiter-flexible's
 * Postgres store, table `auth_limits` made by a migration) so that several admin
 * processes share them. An unknown address is counted exactly like a real one, so the
 * answers never tell which accounts exist. The numbers are in the README.
 */
import type { Payload } from 'payload'

import { type Limit, limitSet, poolOf, type Taken } from '../common/pgLimits'

export type { Limit, Taken }

export const AUTH_LIMITS = {
  /** Failed sign-ins from one network address, whatever the account. */
  signInPerAddress: { points: 30, seconds: 15 * 60, blockSeconds: 15 * 60 },
  /** Failed sign-ins to one account from one address: the lockout a mistyping person meets. */
  signInPerAccountAndAddress: { points: 5, seconds: 10 * 60, blockSeconds: 10 * 60 },
  /**
   * Failed sign-ins to one account from anywhere: stops a spread-out guesser. Above the 30
   * an hour one address can reach (5 per 10 minutes), so no single address locks a person out.
   */
  signInPerAccount: { points: 50, seconds: 60 * 60, blockSeconds: 30 * 60 },
  /** Password-reset mails asked for from one address. */
  resetPerAddress: { points: 5, seconds: 60 * 60, blockSeconds: 60 * 60 },
  /** Password-reset mails asked for one account. */
  resetPerAccount: { points: 3, seconds: 60 * 60, blockSeconds: 60 * 60 },
} satisfies Record<string, Limit>

export type LimitName = keyof typeof AUTH_LIMITS
export const AUTH_LIMITS_TABLE = 'auth_limits'

const authLimits = limitSet(AUTH_LIMITS_TABLE, AUTH_LIMITS)

/**
 * Takes one point for an attempt, before the attempt is made (so that a burst of parallel
 * attempts cannot all pass a check made first).
 */
export const take = authLimits.take

/**
 * Takes a point from each throttle in order, and stops at the first that refuses: attempts
 * one address is already refused do not count against the account for everyone else.
 */
export const takeInOrder = authLimits.takeInOrder

/** Gives back the point an attempt took (a successful sign-in is not a failure). */
export const giveBack = authLimits.giveBack

export const forget = authLimits.forget

/** An administrator's unlock: the account's own count and its lock from every address. */
export async function forgetAccount(payload: Payload, email: string): Promise<void> {
  await forget(payload, 'signInPerAccount', email)
  const pool = poolOf(payload)
  const escaped = email.replace(/[\\%_]/g, '\\$&')
  await pool.query(`DELETE FROM "${AUTH_LIMITS_TABLE}" WHERE key LIKE $1`, [`signInPerAccountAndAddress:${escaped}|%`])
}

/** An administrator lifts the block on a network address. */
export async function forgetAddress(payload: Payload, address: string): Promise<void> {
  await forget(payload, 'signInPerAddress', address)
  await forget(payload, 'resetPerAddress', address)
}

/** Every key a throttle holds now: the administrators' view of who is locked out. */
export async function blockedKeys(payload: Payload): Promise<{ name: LimitName; key: string; until: Date }[]> {
  const pool = poolOf(payload)
  const { rows } = await pool.query<{ key: string; points: number; expire: string }>(
    `SELECT key, points, expire FROM "${AUTH_LIMITS_TABLE}" WHERE expire > $1 ORDER BY expire DESC`,
    [Date.now()],
  )
  return rows.flatMap((row) => {
    const name = (Object.keys(AUTH_LIMITS) as LimitName[]).find((candidate) => row.key.startsWith(`${candidate}:`))
    if (!name || row.points < AUTH_LIMITS[name].points) return []
    return [{ name, key: row.key.slice(name.length + 1), until: new Date(Number(row.expire)) }]
  })
}
