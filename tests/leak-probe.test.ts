/**
 * The draft-leak probe (issue 7): a document of every reviewed collection in every state
 * that is not “published” — draft, in review at each level, sent back, scheduled,
 * unpublished, deleted, and a published document's unpublished edit — each carrying a
 * unique marker. None may reach an anonymous reader: REST (lists, by id, draft=true,
 * depth population through a published relation, a where on the marker, version
 * endpoints), GraphQL, or any file of the built site: pages, sitemap, RSS, JSON, the search
 * index, and the text of every PDF.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'

import { api, areaId, buildSite, login, loginAsEditor, publishThroughReview, REVIEWER, stack, workflow } from './support/cms.ts'
import { validDraft } from './support/factories.ts'
import { filesUnder } from './support/files.ts'
import { pageTexts } from './support/pdf.ts'

const COLLECTIONS = ['figures', 'streets', 'places', 'articles', 'regulations', 'handbooks'] as const
type Collection = (typeof COLLECTIONS)[number]
const STATES = ['draft', 'submitted', 'first-approved', 'sent-back', 'scheduled', 'unpublished', 'deleted', 'unpublished-edit'] as const
type State = (typeof STATES)[number]

/** Each probe's marker: ASCII, so it also survives into a slug, and found case-insensitively. */
const marker = (collection: Collection, state: State) => `LEAK${COLLECTIONS.indexOf(collection)}X${STATES.indexOf(state)}PROBE`
const MARKER = /LEAK\dX\dPROBE/i

let site: string
const ids = new Map<string, number>()
let featuringStreet: number

async function body(collection: Collection, label: string): Promise<Record<string, unknown>> {
  const area = await areaId('涧河街道')
  const figure =
    collection === 'handbooks'
      ? (await api<{ docs: { id: number }[] }>('/api/figures?where[slug][equals]=hao-jing-quan&depth=0')).body.docs[0]?.id
      : undefined
  return validDraft(collection, { label: `探针${label}`, area, figure })
}

async function create(collection: Collection, state: State): Promise<number> {
  const token = await loginAsEditor()
  const label = marker(collection, state)
  const extra = state === 'scheduled' ? { review: { publishAt: new Date(Date.now() + 7 * 86_400_000).toISOString() } } : {}
  const published = state === 'unpublished' || state === 'deleted' || state === 'unpublished-edit'
  // A published document's unpublished edit: published clean, the marker only in the draft.
  const data = { ...(await body(collection, state === 'unpublished-edit' ? `正式${COLLECTIONS.indexOf(collection)}` : label)), ...extra }
  const created = await api<{ doc: { id: number } }>(`/api/${collection}?draft=true`, {
    method: 'POST',
    token,
    body: { ...data, _status: 'draft' },
  })
  if (created.status !== 201) throw new Error(`${collection} ${state}: ${created.status} ${JSON.stringify(created.body)}`)
  const id = created.body.doc.id
  const step = async (email: string, action: Record<string, unknown>) => {
    const result = await workflow(collection, id, await login(email), action)
    if (result.status !== 200) throw new Error(`${collection} ${state} ${action.action}: ${JSON.stringify(result.body)}`)
  }
  if (state === 'submitted' || state === 'first-approved' || state === 'sent-back' || state === 'scheduled')
    await step('editor@xinghualing.example', { action: 'submit' })
  if (state === 'first-approved' || state === 'scheduled') await step(REVIEWER(1), { action: 'approve' })
  if (state === 'sent-back') await step(REVIEWER(1), { action: 'reject', reason: '请修改' })
  if (state === 'scheduled') await step(REVIEWER(2), { action: 'approve' })
  if (published) await publishThroughReview(collection, id)
  if (collection === 'figures' && state === 'unpublished') {
    // Featured by a published street: its page and depth-populated API must not show the figure once it is withdrawn.
    const street = await api<{ doc: { id: number } }>('/api/streets?draft=true', {
      method: 'POST',
      token,
      body: { ...(await body('streets', '引用街')), featuredFigures: [id], _status: 'draft' },
    })
    featuringStreet = street.body.doc.id
    await publishThroughReview('streets', featuringStreet)
  }
  const admin = await login('admin@xinghualing.example')
  if (state === 'unpublished') await step('admin@xinghualing.example', { action: 'unpublish' })
  if (state === 'deleted') {
    // A document that was live is deleted only after the workflow took it down (issue 14).
    await step('admin@xinghualing.example', { action: 'unpublish' })
    const deleted = await api(`/api/${collection}/${id}`, { method: 'DELETE', token: admin })
    if (deleted.status !== 200) throw new Error(`delete ${collection}: ${deleted.status}`)
  }
  if (state === 'unpublished-edit') {
    const field =
      collection === 'figures' || collection === 'streets' || collection === 'places'
        ? 'summary'
        : collection === 'articles'
          ? 'lead'
          : 'subtitle'
    const edit = collection === 'regulations' ? { preamble: `修改${label}` } : { [field]: `修改${label}` }
    const saved = await api(`/api/${collection}/${id}?draft=true`, { method: 'PATCH', token, body: { ...edit, _status: 'draft' } })
    if (saved.status !== 200) throw new Error(`edit ${collection}: ${saved.status} ${JSON.stringify(saved.body)}`)
  }
  return id
}

beforeAll(async () => {
  for (const collection of COLLECTIONS) {
    for (const state of STATES) ids.set(`${collection}:${state}`, await create(collection, state))
  }
  // A published control with its own marker, for the scan to find.
  const control = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
    method: 'POST',
    token: await loginAsEditor(),
    body: { ...(await body('figures', 'CONTROLPROBE')), _status: 'draft' },
  })
  await publishThroughReview('figures', control.body.doc.id)
  site = await buildSite()
}, 600_000)

describe('draft-leak probe', () => {
  it('puts every probe in the state it names', async () => {
    const admin = await login('admin@xinghualing.example')
    const expected: Partial<Record<State, string>> = {
      draft: 'draft',
      submitted: 'pending-1',
      'first-approved': 'pending-2',
      'sent-back': 'draft',
      scheduled: 'scheduled',
      unpublished: 'unpublished',
    }
    for (const collection of COLLECTIONS) {
      for (const [state, review] of Object.entries(expected)) {
        const { body } = await api<{ review?: { state?: string } }>(
          `/api/${collection}/${ids.get(`${collection}:${state}`)}?depth=0&draft=true`,
          { token: admin },
        )
        expect(body.review?.state, `${collection} ${state}`).toBe(review)
      }
    }
  })

  it('shows anonymous REST readers none of them: lists, by id, draft=true, depth, where, versions', async () => {
    const texts: string[] = []
    for (const collection of COLLECTIONS) {
      for (const query of [
        '?limit=500&depth=2',
        '?limit=500&depth=2&draft=true',
        '?limit=50&where[title][like]=LEAK',
        '?limit=50&where[name][like]=LEAK',
      ]) {
        texts.push(JSON.stringify((await api(`/api/${collection}${query}`)).body))
      }
      for (const state of STATES) {
        const id = ids.get(`${collection}:${state}`)
        for (const query of ['', '?draft=true', '?depth=2&draft=true'])
          texts.push(JSON.stringify((await api(`/api/${collection}/${id}${query}`)).body))
      }
      texts.push(JSON.stringify((await api(`/api/${collection}/versions?limit=500`)).body))
    }
    texts.push(JSON.stringify((await api(`/api/streets/${featuringStreet}?depth=2`)).body))
    for (const text of texts) expect(text).not.toMatch(MARKER)
  })

  it('shows anonymous GraphQL readers none of them', async () => {
    const queries = [
      '{ Figures(limit: 500, draft: true) { docs { name summary } } }',
      '{ Streets(limit: 500, draft: true) { docs { name summary featuredFigures { name } } } }',
      '{ Places(limit: 500, draft: true) { docs { name summary } } }',
      '{ Articles(limit: 500, draft: true) { docs { title lead } } }',
      '{ Regulations(limit: 500, draft: true) { docs { title preamble } } }',
      '{ Handbooks(limit: 500, draft: true) { docs { title subtitle } } }',
      '{ versionsFigures(limit: 500) { docs { version { name summary } } } }',
    ]
    for (const query of queries) {
      const { body } = await api('/api/graphql', { method: 'POST', body: { query } })
      expect(JSON.stringify(body), query).not.toMatch(MARKER)
    }
  })

  it('leaves no trace in the built site: pages, sitemap, RSS, JSON, the search index or any PDF', async () => {
    const files = await filesUnder(site)
    expect(files.length).toBeGreaterThan(50)
    // Where a pattern is found: file names, text files, gzip-compressed search index files, PDF text.
    const where = async (pattern: RegExp) => {
      const found = new Set<string>()
      for (const file of files) {
        const relative = path.relative(site, file)
        if (pattern.test(relative)) found.add('file name')
        if (file.endsWith('.pdf')) {
          if (pattern.test((await pageTexts(new Uint8Array(await readFile(file)))).join(''))) found.add('pdf')
          continue
        }
        let bytes = await readFile(file)
        const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b
        if (compressed) bytes = gunzipSync(bytes)
        if (pattern.test(bytes.toString('utf8'))) {
          found.add(
            relative.startsWith('pagefind/')
              ? 'search index'
              : relative.endsWith('.xml')
                ? 'xml'
                : relative.endsWith('.html')
                  ? 'html'
                  : 'other',
          )
        }
      }
      return [...found].sort()
    }
    expect(await where(MARKER)).toEqual([])
    // The same scan finds a published control in every channel: it is not looking away.
    expect(await where(/CONTROLPROBE/i)).toEqual(expect.arrayContaining(['file name', 'html', 'pdf', 'search index', 'xml']))
    // And the street that featured the withdrawn figure no longer names it.
    const { body } = await api<{ slug: string }>(`/api/streets/${featuringStreet}?depth=0`)
    const page = await readFile(path.join(site, 'streets', body.slug, 'index.html'), 'utf8')
    expect(page).not.toContain('LEAK0X5PROBE')
  })

  it('prints no probe in the admin’s print preview for an anonymous caller', async () => {
    for (const collection of ['figures', 'streets', 'places'] as const) {
      const response = await fetch(`${stack().cmsUrl}/api/${collection}/${ids.get(`${collection}:draft`)}/print/poster-a4`)
      expect(response.status).toBe(401)
    }
  })
})
