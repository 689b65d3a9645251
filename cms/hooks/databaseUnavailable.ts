import type { AfterErrorHook } from 'payload'

/** "Not there now": refused, reset, timed out, its host name not resolvable for now; PostgreSQL shutting down, starting up, connection lost. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
])
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (shutting down|starting up)|cannot begin transaction|connect (ECONNREFUSED|ETIMEDOUT)|ECONNRESET/i

/** Whether an error, or anything it wraps (Drizzle wraps the driver's), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { code, message, cause } = current as { code?: string; message?: string; cause?: unknown }
    if ((code && UNAVAILABLE_CODES.has(code)) || (message && UNAVAILABLE_MESSAGES.test(message))) return true
    current = cause
  }
  return false
}

export const DATABASE_UNAVAILABLE = '数据库暂时无法连接，这次的修改没有保存。请不要关闭或刷新本页，稍后再点一次保存。'

/**
 * The database going away answers every request with 503 and one sentence an editor can
 * act on, instead of "Something went wrong". The admin keeps the form as it was typed.
 */
export const explainDatabaseUnavailable: AfterErrorHook = ({ error, result }) => {
  if (!isDatabaseUnavailable(error)) return
  return { status: 503, response: { ...result, errors: [{ message: DATABASE_UNAVAILABLE }] } }
}

interface Emitter {
  on(event: 'error', listener: (error: Error) => void): unknown
}

/**
 * A pooled connection that the server closes (a restart, a failover) emits 'error': on the
 * pool while it is idle, on the connection itself while someone holds it (a transaction,
 * the site build's lock). With no one listening, that takes the whole process down. Both
 * are heard here; the query in flight fails as usual, and the pool drops the dead
 * connection and opens a new one when next asked.
 */
export function survivePoolErrors(
  pool: Emitter & { on(event: 'acquire', listener: (client: Emitter) => void): unknown },
  log: (line: string) => void,
): void {
  const lost = (error: Error) => log(`数据库连接中断，下次使用时自动重连：${error.message}`)
  // Every connection is handed out at least once and then carries `lost`, which reports the
  // error; the pool passes an idle one's error on as well, which only needs hearing.
  pool.on('error', () => undefined)
  // The pool's own listener leaves a connection when it is handed out ('acquire'); ours stays.
  const heard = new WeakSet<Emitter>()
  pool.on('acquire', (client) => {
    if (heard.has(client)) return
    heard.add(client)
    client.on('error', lost)
  })
}
