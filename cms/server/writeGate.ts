import { config } from '../../contract/config'

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
  return config().databasePoolMax
}

/** One gate per process: Next bundles each route apart, so the state lives on globalThis. */
type Gate = { running: number; waiting: (() => void)[] }
const holder = globalThis as { xhlWriteGate?: Gate }
holder.xhlWriteGate ??= { running: 0, waiting: [] }
const gate: Gate = holder.xhlWriteGate

/** How long a write waits for a slot before it is turned away (a stuck request must not hold up every save). */
const WAIT_MS = 30_000

const BUSY = '服务器正忙，这次的修改没有保存。请不要关闭或刷新本页，稍后再点一次保存。'

/** Resolves once a slot is this request's; false when none came free in time. */
function admit(limit: number): Promise<boolean> {
  if (gate.running < limit) {
    gate.running++
    return Promise.resolve(true)
  }
  return new Promise((resolve) => {
    // A freed slot is handed straight to the first waiter: the count never goes over.
    const take = () => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      gate.waiting.splice(gate.waiting.indexOf(take), 1)
      resolve(false)
    }, WAIT_MS)
    gate.waiting.push(take)
  })
}

function release(): void {
  const next = gate.waiting.shift()
  if (next) next()
  else gate.running--
}

/** POSTs that write nothing: 实时预览 renders the form as it stands, on every pause in typing. */
const READS_BY_POST = /^\/api\/[a-z-]+\/live-preview$/

const writesNothing = (request: unknown): boolean =>
  request instanceof Request && READS_BY_POST.test(new URL(request.url, 'http://cms.local').pathname)

/** Wraps a route handler that may write, so it runs only when a write slot is free. */
export function gateWrites<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  const limit = Math.max(1, Math.floor(databasePoolMax() / 2))
  return async (...args) => {
    if (writesNothing(args[0])) return handler(...args)
    if (!(await admit(limit))) return Response.json({ errors: [{ message: BUSY }] }, { status: 503, headers: { 'retry-after': '5' } })
    try {
      return await handler(...args)
    } finally {
      release()
    }
  }
}
