/**
 * The REST API's cache of anonymous published reads (cms/server/apiCache.ts), on the test
 * admin and on a second admin process started here: every read is made on both, so a
 * purge must reach the process that did not make the change (PostgreSQL LISTEN/NOTIFY).
 */
import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../contract/ports.ts'
import { adminReady, startAdmin } from '../ops/admin.ts'
import { api, areaId, login, publishThroughReview, stack, workflow } from './support/cms.ts'
import { validDraft } from './support/factories.ts'

let second: ReturnType<typeof startAdmin>
let secondBase = ''
const bases = () => [stack().cmsUrl, secondBase]
const ADMIN = 'admin@xinghualing.example'
const EDITOR = 'editor@xinghualing.example'
let tag = 0
const label = () => `缓存${Date.now() % 1_000_000}${++tag}`

beforeAll(async () => {
  const port = await findFreePort()
  secondBase = `http://127.0.0.1:${port}`
  second = startAdmin(port, { ...process.env, ...stack().env }, '后台（第二个进程）')
  await adminReady(port, second)
}, 300_000)

afterAll(async () => {
  await second?.stop()
})

interface Read {
  status: number
  body: { docs?: Record<string, unknown>[]; totalDocs?: number } & Record<string, unknown>
  headers: Headers
}

/** An anonymous GET (or with `headers`), as a resident's browser or the site builder makes it. */
async function read(base: string, path: string, headers: Record<string, string> = {}): Promise<Read> {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'application/json', ...headers } })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers }
}

/** Reads twice on each admin, so the second read of each is what the cache gives. */
async function warm(path: string): Promise<void> {
  for (const base of bases()) {
    await read(base, path)
    expect((await read(base, path)).headers.get('x-api-cache'), `${base}${path}`).toBe('hit')
  }
}

async function draft(collection: 'figures' | 'places' | 'articles' | 'service-items', fields: Record<string, unknown>) {
  const { status, body } = await api<{ doc: { id: number } }>(`/api/${collection}?draft=true`, {
    method: 'POST',
    token: await login(EDITOR),
    body: { ...fields, _status: 'draft' },
  })
  if (status !== 201) throw new Error(`${collection}: ${status} ${JSON.stringify(body)}`)
  return body.doc.id
}

async function edit(collection: string, id: number, fields: Record<string, unknown>) {
  const { status, text } = await api(`/api/${collection}/${id}?draft=true`, { method: 'PATCH', token: await login(EDITOR), body: fields })
  if (status !== 200) throw new Error(`edit ${collection} ${id}: ${status} ${text}`)
}

async function takeDown(collection: string, id: number) {
  const { status, body } = await workflow(collection, id, await login(ADMIN), { action: 'unpublish' })
  if (status !== 200) throw new Error(`unpublish ${collection} ${id}: ${status} ${JSON.stringify(body)}`)
}

/** A GET whose body is left as sent (fetch would undo the gzip). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

const byId = (id: number) => `where[id][equals]=${id}`

describe('anonymous published reads', () => {
  it('are answered from memory with a weak ETag, revalidated with 304, and gzip when asked', async () => {
    const path = `/api/figures?limit=5&depth=1&sort=-updatedAt&t=${label()}`
    for (const base of bases()) {
      const first = await read(base, path)
      expect(first.status).toBe(200)
      expect(first.headers.get('x-api-cache')).toBe('miss')
      const etag = first.headers.get('etag') as string
      expect(etag).toMatch(/^W\/"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      expect(first.headers.get('vary')).toMatch(/Accept-Encoding/)
      expect(first.headers.get('content-security-policy')).toBeTruthy()
      const again = await read(base, path)
      expect(again.headers.get('x-api-cache')).toBe('hit')
      expect(again.body).toEqual(first.body)
      const notModified = await fetch(`${base}${path}`, { headers: { 'if-none-match': etag } })
      expect(notModified.status).toBe(304)
      expect(await notModified.text()).toBe('')
      const zipped = await rawGet(`${base}${path}`, { 'accept-encoding': 'br;q=1, gzip;q=0.8' })
      expect(zipped.headers['content-encoding']).toBe('gzip')
      expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(first.body)
      const plain = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'gzip;q=0, identity' } })
      expect(plain.headers.get('content-encoding')).toBeNull()
    }
  })

  it('never serve signed-in readers from the cache nor tell anyone to keep their answers', async () => {
    const name = label()
    const id = await draft('figures', validDraft('figures', { label: name, area: await areaId('三桥街道') }))
    const path = `/api/figures?${byId(id)}&depth=1`
    for (const base of bases()) {
      const token = await login(EDITOR, base)
      for (let i = 0; i < 2; i++) {
        const signedIn = await read(base, path, { authorization: `JWT ${token}` })
        expect(signedIn.headers.get('x-api-cache')).toBeNull()
        expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
        const cookie = await read(base, path, { cookie: `payload-token=${token}` })
        expect(cookie.headers.get('x-api-cache')).toBeNull()
      }
      // The draft is the editor's to see (through ?draft=true), never the public's.
      expect((await read(base, `${path}&draft=true`, { authorization: `JWT ${token}` })).body.totalDocs).toBe(1)
      const anonymous = await read(base, path)
      expect(anonymous.body.totalDocs).toBe(0)
      expect((await read(base, `/api/figures/${id}`)).status).toBeGreaterThanOrEqual(400)
      const askedDraft = await read(base, `${path}&draft=true`)
      expect(askedDraft.body.totalDocs).toBe(0)
      expect(askedDraft.headers.get('x-api-cache')).toBeNull()
    }
  })
})

describe('after a change, the next anonymous read on every admin process', () => {
  it('shows a new published version in lists and the document, and never its draft', async () => {
    const name = label()
    const id = await draft('figures', validDraft('figures', { label: name, area: await areaId('三桥街道') }))
    await publishThroughReview('figures', id)
    const list = `/api/figures?${byId(id)}&depth=1`
    const detail = `/api/figures/${id}?depth=1`
    await warm(list)
    await warm(detail)
    await edit('figures', id, { summary: `草稿${name}` })
    for (const base of bases()) {
      expect((await read(base, list)).body.docs?.[0]?.summary).toBe(`简介${name}`)
      expect((await read(base, detail)).body.summary).toBe(`简介${name}`)
      // However an anonymous reader spells the draft flag, twice (the second from the cache if anything was kept), the published text.
      for (const odd of ['%64raft=true', 'draft[]=true', 'draft=TRUE', 'Draft=true', 'draft=false&draft=true', 'draft=1']) {
        for (let i = 0; i < 2; i++) expect((await read(base, `${detail}&${odd}`)).body.summary, odd).toBe(`简介${name}`)
      }
    }
    await warm(list)
    await publishThroughReview('figures', id)
    for (const base of bases()) {
      expect((await read(base, list)).body.docs?.[0]?.summary, base).toBe(`草稿${name}`)
      expect((await read(base, detail)).body.summary, base).toBe(`草稿${name}`)
    }
  })

  it('no longer has a document taken down', async () => {
    const name = label()
    const id = await draft('figures', validDraft('figures', { label: name, area: await areaId('三桥街道') }))
    await publishThroughReview('figures', id)
    const list = `/api/figures?${byId(id)}`
    await warm(list)
    await warm(`/api/figures/${id}`)
    await takeDown('figures', id)
    for (const base of bases()) {
      expect((await read(base, list)).body.totalDocs, base).toBe(0)
      expect((await read(base, `/api/figures/${id}`)).status, base).toBe(404)
    }
  })

  it('shows the new text of a place embedded in a 课单 list (depth 1)', async () => {
    const name = label()
    const area = await areaId('涧河街道')
    const place = await draft('places', validDraft('places', { label: name, area }))
    await publishThroughReview('places', place)
    const item = await draft('service-items', validDraft('service-items', { label: name, area, place }))
    await publishThroughReview('service-items', item)
    const list = `/api/service-items?${byId(item)}&depth=1`
    const embedded = async (base: string) => ((await read(base, list)).body.docs?.[0]?.place as { summary?: string })?.summary
    await warm(list)
    expect(await embedded(secondBase)).toBe(`简介${name}`)
    await edit('places', place, { summary: `新简介${name}` })
    await publishThroughReview('places', place)
    for (const base of bases()) expect(await embedded(base), base).toBe(`新简介${name}`)
  })

  it('follows a bulk update by where; an editor’s bulk update stays a draft', async () => {
    const name = label()
    const areas = await read(stack().cmsUrl, '/api/areas?limit=1&sort=-id&depth=0')
    const area = areas.body.docs?.[0] as { id: number; name: string }
    const list = `/api/areas?${byId(area.id)}&depth=0`
    await warm(list)
    const admin = await login(ADMIN)
    const renamed = `${area.name}${name}`
    const update = await api(`/api/areas?${byId(area.id)}`, { method: 'PATCH', token: admin, body: { name: renamed } })
    expect(update.status).toBe(200)
    try {
      for (const base of bases()) expect((await read(base, list)).body.docs?.[0]?.name, base).toBe(renamed)
    } finally {
      await api(`/api/areas?${byId(area.id)}`, { method: 'PATCH', token: admin, body: { name: area.name } })
    }

    const article = await draft('articles', validDraft('articles', { label: name, area: area.id }))
    await publishThroughReview('articles', article)
    const articles = `/api/articles?${byId(article)}`
    await warm(articles)
    const bulk = await api(`/api/articles?${byId(article)}`, { method: 'PATCH', token: await login(EDITOR), body: { lead: `草稿${name}` } })
    expect(bulk.status).toBe(200)
    for (const base of bases()) expect((await read(base, articles)).body.docs?.[0]?.lead, base).toBe(`导语${name}`)
  })

  it('starts from nothing when the purge listener reconnects (a missed notification leaves nothing stale)', async () => {
    const path = `/api/areas?limit=3&t=${label()}`
    await warm(path)
    const client = new pg.Client({ connectionString: stack().databaseUrl })
    await client.connect()
    try {
      const { rowCount } = await client.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'xhl-api-cache' and pid <> pg_backend_pid()",
      )
      expect(rowCount).toBeGreaterThanOrEqual(2)
    } finally {
      await client.end()
    }
    for (const base of bases()) {
      let state: string | null = null
      const deadline = Date.now() + 15_000
      // While the listener is down the cache is off (no x-api-cache header); the first cached answer after is a fresh read.
      while (state === null && Date.now() < deadline) {
        state = (await read(base, path)).headers.get('x-api-cache')
        if (state === null) await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(state, base).toBe('miss')
    }
  })
})
