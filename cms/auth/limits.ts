/**
 * Sign-in and password-reset throttles, kept in PostgreSQL (rate-limiter-flexible's
 * Postgres store, table `auth_limits` made by a migration) so that several admin
 * processes share them. An unknown address is counted exactly like a real one, so the
 * answers never tell which accounts exist. The numbers are in the README.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible'

export interface Limit {
  /** Attempts counted… */
  points: number
  /** …within this many seconds… */
  seconds: number
  /** …then refused for this many. */
  blockSeconds: number
}

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

const limiters = new WeakMap<Payload, Map<LimitName, RateLimiterPostgres>>()

function limiter(payload: Payload, name: LimitName): RateLimiterPostgres {
  let byName = limiters.get(payload)
  if (!byName) {
    byName = new Map()
    limiters.set(payload, byName)
  }
  let found = byName.get(name)
  if (!found) {
    const { points, seconds, blockSeconds } = AUTH_LIMITS[name]
    const pool = (payload.db as unknown as PostgresAdapter).pool
    found = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: AUTH_LIMITS_TABLE,
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: seconds,
      blockDuration: blockSeconds,
    })
    byName.set(name, found)
  }
  return found
}

/** The seconds to wait (0: allowed), and whether this is the first refusal of the window (worth a log line). */
export interface Taken {
  wait: number
  first: boolean
}

/**
 * Takes one point for an attempt, before the attempt is made (so that a burst of parallel
 * attempts cannot all pass a check made first).
 */
export async function take(payload: Payload, name: LimitName, key: string): Promise<Taken> {
  const state: RateLimiterRes = await limiter(payload, name)
    .consume(key)
    .catch((refused: RateLimiterRes | Error) => {
      // The store failing is an error, not a refusal: nobody signs in past a throttle it could not read.
      if (refused instanceof Error) throw refused
      return refused
    })
  const { points } = AUTH_LIMITS[name]
  if (state.remainingPoints >= 0 && state.consumedPoints <= points) return { wait: 0, first: false }
  return { wait: Math.max(1, Math.ceil(state.msBeforeNext / 1000)), first: state.consumedPoints === points + 1 }
}

/**
 * Takes a point from each throttle in order, and stops at the first that refuses: attempts
 * one address is already refused do not count against the account for everyone else.
 */
export async function takeInOrder(payload: Payload, throttles: [LimitName, string][]): Promise<Taken> {
  for (const [name, key] of throttles) {
    const taken = await take(payload, name, key)
    if (taken.wait > 0) return taken
  }
  return { wait: 0, first: false }
}

/** Gives back the point an attempt took (a successful sign-in is not a failure). */
export async function giveBack(payload: Payload, name: LimitName, key: string): Promise<void> {
  await limiter(payload, name).reward(key, 1)
}

export async function forget(payload: Payload, name: LimitName, key: string): Promise<void> {
  await limiter(payload, name).delete(key)
}

/** An administrator's unlock: the account's own count and its lock from every address. */
export async function forgetAccount(payload: Payload, email: string): Promise<void> {
  await forget(payload, 'signInPerAccount', email)
  const pool = (payload.db as unknown as PostgresAdapter).pool
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
  const pool = (payload.db as unknown as PostgresAdapter).pool
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
