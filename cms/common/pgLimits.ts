/**
 * Throttles kept in PostgreSQL (rate-limiter-flexible's Postgres store, each set in a table
 * made by a migration), so that several admin processes share them. A set is a table and
 * named limits; `take` counts an attempt before it is made, so a burst of parallel
 * attempts cannot all pass a check made first. Used by the sign-in throttles
 * (auth/limits.ts) and the residents' forms (participation/gate/limits.ts).
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

/** The seconds to wait (0: allowed), and whether this is the first refusal of the window (worth a log line). */
export interface Taken {
  wait: number
  first: boolean
}

export interface LimitSet<Name extends string> {
  table: string
  limits: Readonly<Record<Name, Limit>>
  take(payload: Payload, name: Name, key: string): Promise<Taken>
  /** A point from each throttle in order, stopping at the first that refuses (later ones are not charged); names the one that did. */
  takeInOrder(payload: Payload, throttles: [Name, string][]): Promise<Taken & { name?: Name }>
  giveBack(payload: Payload, name: Name, key: string): Promise<void>
  forget(payload: Payload, name: Name, key: string): Promise<void>
}

export const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

export function limitSet<Name extends string>(table: string, limits: Readonly<Record<Name, Limit>>): LimitSet<Name> {
  const limiters = new WeakMap<Payload, Map<Name, RateLimiterPostgres>>()

  function limiter(payload: Payload, name: Name): RateLimiterPostgres {
    let byName = limiters.get(payload)
    if (!byName) {
      byName = new Map()
      limiters.set(payload, byName)
    }
    let found = byName.get(name)
    if (!found) {
      const { points, seconds, blockSeconds } = limits[name]
      found = new RateLimiterPostgres({
        storeClient: poolOf(payload),
        storeType: 'pool',
        tableName: table,
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

  async function take(payload: Payload, name: Name, key: string): Promise<Taken> {
    const state: RateLimiterRes = await limiter(payload, name)
      .consume(key)
      .catch((refused: RateLimiterRes | Error) => {
        // The store failing is an error, not a refusal: nobody passes a throttle it could not read.
        if (refused instanceof Error) throw refused
        return refused
      })
    const { points } = limits[name]
    if (state.remainingPoints >= 0 && state.consumedPoints <= points) return { wait: 0, first: false }
    return { wait: Math.max(1, Math.ceil(state.msBeforeNext / 1000)), first: state.consumedPoints === points + 1 }
  }

  async function takeInOrder(payload: Payload, throttles: [Name, string][]): Promise<Taken & { name?: Name }> {
    for (const [name, key] of throttles) {
      const taken = await take(payload, name, key)
      if (taken.wait > 0) return { ...taken, name }
    }
    return { wait: 0, first: false }
  }

  return {
    table,
    limits,
    take,
    takeInOrder,
    giveBack: async (payload, name, key) => {
      await limiter(payload, name).reward(key, 1)
    },
    forget: async (payload, name, key) => {
      await limiter(payload, name).delete(key)
    },
  }
}
