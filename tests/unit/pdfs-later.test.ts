/**
 * Pages first, PDFs after (site/builds/holdBack.ts), on the demo content's plan: a build
 * that may make only some of the due PDFs leaves the rest out, names them on every page
 * that links them, and keeps everything else exactly as a build that makes them all.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { Manifest } from '../../site/builds/folders.ts'
import { holdBackPdfs } from '../../site/builds/holdBack.ts'
import type { Snapshot } from '../../site/loaders/cms.ts'
import { publicContent } from '../../site/model/publicContent.ts'
import { planSite } from '../../site/plan/index.ts'
import { fileOf, type Output, PDF_KINDS } from '../../site/plan/keys.ts'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>
const snapshot = Object.fromEntries(
  Object.entries(fixture).map(([name, value]) => [name, Array.isArray(value) ? new Map(value as [number, unknown][]) : value]),
) as unknown as Snapshot
const CODE = {
  pages: 'p1',
  islands: 'i1',
  share: 's1',
  print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire: 'qn1', menu: 'm1' },
}
const ISLANDS = { version: 'i1', assets: { script: '/_astro/islands-test.js', styles: [] }, files: [] }
const planned = planSite(publicContent(snapshot), CODE, ISLANDS)
const pdfs = planned.filter((output) => PDF_KINDS.has(output.kind))
const manifestOf = (outputs: Output[]): Manifest => ({
  version: 'p1',
  files: Object.fromEntries(outputs.map((output) => [output.path, { key: output.key, bytes: 1 }])),
})
const waitingOf = (output: Output | undefined) => (output?.kind === 'page' ? ((output.props as { waiting?: string[] }).waiting ?? []) : [])

describe('PDFs left for a later build', () => {
  it('the demo content has PDFs of many kinds, each linked from some page', () => {
    // The fixture predates surveys: their questionnaires are checked on a real build (tests/pdfs-later.test.ts).
    expect([...new Set(pdfs.map((output) => output.kind))]).toEqual(expect.arrayContaining(['print', 'handbook', 'sign', 'menu']))
    const linked = new Set(planned.flatMap((output) => (output.kind === 'page' ? (output.pdfs ?? []).map(fileOf) : [])))
    for (const pdf of pdfs) expect(linked, pdf.path).toContain(pdf.path)
  })

  it('with no limit, or fewer due than the limit, the plan is untouched', () => {
    expect(holdBackPdfs(planned, null, Number.POSITIVE_INFINITY).outputs).toBe(planned)
    expect(holdBackPdfs(planned, null, pdfs.length).waiting).toEqual([])
    // Every PDF already live with its key: none is due, so none waits even at 0.
    const live = manifestOf(planned)
    expect(holdBackPdfs(planned, live, 0)).toEqual({ outputs: planned, waiting: [] })
  })

  it('leaves the rest out, and each page that links one names exactly those, under a new key', () => {
    const { outputs, waiting } = holdBackPdfs(planned, null, 5)
    expect(waiting).toHaveLength(pdfs.length - 5)
    expect(outputs.filter((output) => PDF_KINDS.has(output.kind))).toHaveLength(5)
    const later = new Set(waiting)
    const byPath = new Map(outputs.map((output) => [output.path, output]))
    let noted = 0
    for (const before of planned) {
      if (before.kind !== 'page') continue
      const after = byPath.get(before.path)
      const expected = (before.pdfs ?? []).filter((href) => later.has(fileOf(href)))
      expect(waitingOf(after), before.path).toEqual(expected)
      if (expected.length > 0) {
        noted++
        expect(after?.key).not.toBe(before.key)
      } else expect(after).toBe(before)
    }
    expect(noted).toBeGreaterThan(0)
    // Nothing else changes: images, share cards, feeds, the search page.
    const others = (list: Output[]) => list.filter((output) => output.kind !== 'page' && !PDF_KINDS.has(output.kind))
    expect(others(outputs)).toEqual(others(planned))
  })

  it('does not keep the live copy of a changed PDF while its new one waits', () => {
    const poster = pdfs.find((output) => output.kind === 'print') as Output
    const live = manifestOf(planned)
    live.files[poster.path] = { key: 'older-text', bytes: 1 }
    const { outputs, waiting } = holdBackPdfs(planned, live, 0)
    expect(waiting).toEqual([poster.path])
    expect(outputs.map((output) => output.path)).not.toContain(poster.path)
  })

  it('makes what this change brought before what earlier builds left waiting', () => {
    const fresh = pdfs.at(-1) as Output
    const live = manifestOf(planned.filter((output) => !PDF_KINDS.has(output.kind)))
    live.waiting = pdfs.slice(0, -1).map((output) => output.path)
    const { outputs, waiting } = holdBackPdfs(planned, live, 1)
    expect(outputs.filter((output) => PDF_KINDS.has(output.kind))).toEqual([fresh])
    expect(waiting).toEqual(live.waiting)
  })
})
