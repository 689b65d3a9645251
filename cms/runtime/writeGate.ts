/**
 * At most half the database pool's worth of writes at once in one admin process.
 *
 * Why (measured, bench/load.ts and tests/database-faults.test.ts): Payload 3.90's
 * document-lock check (checkDocumentLockStatus) reads payload-locked-documents outside the
 * save's transaction, so every REST save holds one pooled connection and then asks for a
 * second. With as many simultaneous saves as the pool has connections, each waits for a
 * connection another holds: 20 editors saving on a pool of 10 stalled for good. With at
 * most half the pool saving, a second connection is always free; the rest queue briefly.
 */
export function databasePoolMax(): number {
  return Number(process.env.DATABASE_POOL_MAX) || 30
}

/** One gate per process: Next bundles each route apart, so the state lives on globalThis. */
type Gate = { running: number; waiting: (() => void)[] }
const holder = globalThis as { xhlWriteGate?: Gate }
holder.xhlWriteGate ??= { running: 0, waiting: [] }
const gate: Gate = holder.xhlWriteGate

async function admit(limit: number): Promise<() => void> {
  if (gate.running >= limit) await new Promise<void>((resolve) => gate.waiting.push(resolve))
  gate.running++
  return () => {
    gate.running--
    gate.waiting.shift()?.()
  }
}

/** Wraps a route handler that may write, so it runs only when a write slot is free. */
export function gateWrites<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  const limit = Math.max(1, Math.floor(databasePoolMax() / 2))
  return async (...args) => {
    const release = await admit(limit)
    try {
      return await handler(...args)
    } finally {
      release()
    }
  }
}
