/**
 * The memo rule (site/plan/keys.ts), proven: a plan made incrementally — the same process
 * planning the snapshot before and after a change, with every cache warm — keys every file
 * exactly as a plan made afresh in a new process does. The snapshot is the demo content as
 * the CMS serves it (tests/unit/fixtures/demo-snapshot.json, read once from a test stack);
 * changes are made the way the loader makes them: a changed document is a new object in
 * the same snapshot, a deleted one leaves its map.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it, vi } from 'vitest'

import type { Snapshot } from '../../site/loaders/cms.ts'

type Raw = Record<string, unknown>
type Docs = Map<number, Raw>

const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>

/** A new snapshot object from the fixture: maps of fresh document objects. */
function loadFixture(): Snapshot {
  const snapshot: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(structuredClone(fixture))) {
    snapshot[name] = Array.isArray(value) ? new Map(value as [number, Raw][]) : value
  }
  return snapshot as unknown as Snapshot
}

const CODE = {
  pages: 'p1',
  islands: 'i1',
  share: 's1',
  print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire: 'qn1', menu: 'm1' },
}
/** An island bundle as planned: its files are never read while planning. */
const ISLANDS = {
  version: 'i1',
  assets: { script: '/_astro/islands-test.js', styles: [] },
  files: [{ path: '_astro/islands-test.js', source: '/nowhere' }],
}

/** planSite over publicContent, from modules loaded afresh: caches empty. */
async function freshPlanner(): Promise<(snapshot: Snapshot) => Map<string, string>> {
  vi.resetModules()
  const { publicContent } = await import('../../site/model/publicContent.ts')
  const { planSite } = await import('../../site/plan/index.ts')
  return (snapshot) => new Map(planSite(publicContent(snapshot), CODE, ISLANDS).map((output) => [output.path, output.key]))
}

const docs = (snapshot: Snapshot, name: string) => (snapshot as unknown as Record<string, Docs>)[name] as Docs
const first = (snapshot: Snapshot, name: string) => [...docs(snapshot, name).values()][0] as Raw

/** Replaces a document by a changed copy, as the loader does when it reads a newer version. */
function change(snapshot: Snapshot, name: string, doc: Raw, fields: Raw): void {
  docs(snapshot, name).set(doc.id as number, { ...structuredClone(doc), ...fields, updatedAt: '2026-11-29T12:00:00.000Z' })
}

/** Changes made to a snapshot in place; each must move some keys and keep the rest. */
const CHANGES: [string, (snapshot: Snapshot) => void][] = [
  ['a figure’s summary', (s) => change(s, 'figures', first(s, 'figures'), { summary: '新的简介，换了一句话。' })],
  ['an article deleted', (s) => docs(s, 'articles').delete(first(s, 'articles').id as number)],
  [
    'a street renamed (new address, the old one redirected)',
    (s) => {
      const street = first(s, 'streets')
      change(s, 'streets', street, { slug: 'xin-ming-zi', previousSlugs: [{ slug: street.slug }] })
    },
  ],
  ['an area renamed', (s) => change(s, 'areas', first(s, 'areas'), { name: '新名字街道' })],
  ['the site settings', (s) => Object.assign(s, { settings: { ...structuredClone(s.settings), siteName: '杏花岭文明网' } })],
  [
    'a new article at the top of its column',
    (s) => {
      const article = first(s, 'articles')
      const id = Math.max(...docs(s, 'articles').keys()) + 1
      docs(s, 'articles').set(id, {
        ...structuredClone(article),
        id,
        slug: 'zui-xin-wen-zhang',
        title: '最新的一篇文章',
        publishedAt: '2026-11-29T08:00:00.000Z',
        firstPublishedAt: '2026-11-29T08:00:00.000Z',
        updatedAt: '2026-11-29T08:00:00.000Z',
      })
    },
  ],
  ['a place deleted', (s) => docs(s, 'places').delete(first(s, 'places').id as number)],
  ['a handbook’s title', (s) => change(s, 'handbooks', first(s, 'handbooks'), { title: '新手册' })],
]

describe('planning incrementally keys every file as planning afresh', () => {
  for (const [what, apply] of CHANGES) {
    it(`after ${what}`, async () => {
      const warm = await freshPlanner()
      const snapshot = loadFixture()
      const before = warm(snapshot)
      apply(snapshot)
      const incremental = warm(snapshot)

      const cold = await freshPlanner()
      const changed = loadFixture()
      apply(changed)
      const afresh = cold(changed)

      expect([...incremental.entries()].sort()).toEqual([...afresh.entries()].sort())
      // The change reached the plan, and did not re-key everything.
      const moved = [...afresh].filter(([path, key]) => before.get(path) !== key).length
      expect(moved, what).toBeGreaterThan(0)
      if (what !== 'the site settings') expect(moved, what).toBeLessThan(afresh.size / 2)
    })
  }

  it('after several changes in a row', async () => {
    const warm = await freshPlanner()
    const snapshot = loadFixture()
    warm(snapshot)
    const changed = loadFixture()
    for (const [, apply] of CHANGES) {
      apply(snapshot)
      warm(snapshot)
      apply(changed)
    }
    const cold = await freshPlanner()
    expect([...warm(snapshot).entries()].sort()).toEqual([...cold(changed).entries()].sort())
  })
})
