/**
 * This admin process's end of the purge signal (cms/publish/purge.ts): a dedicated
 * PostgreSQL connection that LISTENs on API_CACHE_CHANNEL. Each notification moves the
 * generation on and calls `onPurge`; so does every (re)connection, since notifications
 * sent while the connection was down are lost. While it is down the cache is off.
 *
 * `fresh()` is the read barrier a cached answer waits for: a round trip on this
 * connection that starts after the request arrived. PostgreSQL hands a listening session
 * every notification committed before that round trip ahead of its answer, so a change
 * committed before the request (a publication answered by another admin process a moment
 * earlier) has purged the cache by the time the barrier resolves. Requests that arrive
 * together share one round trip.
 */
import pg from 'pg'

import { API_CACHE_CHANNEL } from '../../contract/queues'

const RETRY_MS = [250, 500, 1000, 2000, 5000]

export class PurgeListener {
  /** Moves on with every purge: an answer read under one generation is stored only if it is still current. */
  generation = 0
  private client: pg.Client | null = null
  private stopped = false
  private failures = 0
  private readonly lost = new WeakSet<pg.Client>()
  /** Requests waiting for the next round trip, and whether one is on its way. */
  private waiting: ((fresh: boolean) => void)[] = []
  private busy = false

  constructor(
    private readonly databaseUrl: string,
    private readonly onPurge: () => void,
  ) {}

  get listening(): boolean {
    return this.client !== null
  }

  start(): Promise<void> {
    return this.connect()
  }

  private purge(): void {
    this.generation += 1
    this.onPurge()
  }

  private async connect(): Promise<void> {
    if (this.stopped) return
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'xhl-api-cache' })
    const lost = () => this.lose(client)
    client.on('error', lost)
    client.on('end', lost)
    client.on('notification', (message) => message.channel === API_CACHE_CHANNEL && this.purge())
    try {
      await client.connect()
      await client.query(`LISTEN ${API_CACHE_CHANNEL}`)
    } catch {
      lost()
      return
    }
    if (this.stopped) return void client.end().catch(() => {})
    this.failures = 0
    // Whatever changed while nobody listened is unknown: start from nothing.
    this.purge()
    this.client = client
  }

  private lose(client: pg.Client): void {
    // Called again by the 'end' that closing it causes.
    if (this.lost.has(client)) return
    this.lost.add(client)
    client.removeAllListeners('error')
    client.on('error', () => {})
    client.end().catch(() => {})
    if (this.client === client) this.client = null
    this.purge()
    if (this.stopped) return
    const delay = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)] as number
    setTimeout(() => void this.connect(), delay).unref()
  }

  private roundTrip(): Promise<boolean> {
    const client = this.client
    if (!client) return Promise.resolve(false)
    return client.query('select 1').then(
      () => this.client === client,
      () => false,
    )
  }

  /** Resolves true once every change committed before the call has purged the cache; false when the listener is down. */
  fresh(): Promise<boolean> {
    if (!this.client) return Promise.resolve(false)
    return new Promise((resolve) => {
      this.waiting.push(resolve)
      if (!this.busy) void this.pump()
    })
  }

  /** One round trip at a time, for everyone who asked before it left; those who ask meanwhile wait for the next. */
  private async pump(): Promise<void> {
    this.busy = true
    while (this.waiting.length > 0) {
      const batch = this.waiting
      this.waiting = []
      const ok = await this.roundTrip()
      for (const resolve of batch) resolve(ok)
    }
    this.busy = false
  }

  async stop(): Promise<void> {
    this.stopped = true
    const client = this.client
    this.client = null
    await client?.end().catch(() => {})
  }
}
