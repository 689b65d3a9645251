/**
 * Versions per product (site/render/versions.ts): each family of outputs is keyed by the
 * code that makes it, so a change to a poster layout reprints posters only and a change
 * to a view re-renders pages only.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { publicContent } from '../../site/model/publicContent.ts'
import { planSite } from '../../site/plan/index.ts'
import { type CodeVersions, FAMILY_ENTRIES, importClosure, printClosure } from '../../site/render/versions.ts'

describe('the code each family is made by', () => {
  it('follows imports through views, components, ?raw scripts and styles, and print layouts', async () => {
    const pages = await importClosure(FAMILY_ENTRIES.pages)
    const poster = await printClosure('poster')
    const leaflet = await printClosure('leaflet')
    const share = await importClosure(
      FAMILY_ENTRIES.share,
      Object.values(FAMILY_ENTRIES.print).map((entries) => entries.at(-1) as string),
    )
    expect(pages).toEqual(
      expect.arrayContaining([
        'site/views/FigurePage.astro',
        'site/components/Card.astro',
        'site/layouts/Base.astro',
        'site/styles/base.css',
        'site/styles/tokens.ts',
        'site/scripts/search.js',
        'site/plan/lists.ts',
        'site/model/documents.ts',
      ]),
    )
    expect(poster).toEqual(
      expect.arrayContaining([
        'site/print/layouts/poster.ts',
        'site/print/layouts/PosterView.tsx',
        'site/print/parts.tsx',
        'site/print/RichText.tsx',
        'site/print/primitives.ts',
        'site/plan/printIndex.ts',
        // One token set: a colour change reprints and re-renders both.
        'site/styles/tokens.ts',
      ]),
    )
    expect(share).toEqual(expect.arrayContaining(['site/print/ShareCardView.tsx', 'site/styles/tokens.ts']))
    // What one family's code is, no other family depends on.
    expect(pages.filter((file) => file.startsWith('site/print/'))).toEqual([])
    expect(poster).not.toContain('site/print/layouts/leaflet.ts')
    expect(leaflet).not.toContain('site/print/layouts/poster.ts')
    expect(leaflet).toContain('site/print/layouts/LeafletView.tsx')
    expect(leaflet).not.toContain('site/print/layouts/PosterView.tsx')
    expect(poster).not.toContain('site/print/layouts/LeafletView.tsx')
    const questionnaire = await printClosure('questionnaire')
    expect(questionnaire).toContain('site/print/layouts/QuestionnaireView.tsx')
    expect(questionnaire).not.toContain('site/print/layouts/poster.ts')
    expect(poster).not.toContain('site/print/layouts/QuestionnaireView.tsx')
    expect(poster.filter((file) => file.startsWith('site/views/'))).toEqual([])
    expect(share).not.toContain('site/print/layouts/poster.ts')
    expect(share).not.toContain('site/print/layouts/PosterView.tsx')
    // The servers and the worker are no family's code.
    for (const family of [pages, poster, leaflet, share]) {
      expect(family.filter((file) => file.startsWith('ops/') || file.startsWith('cms/'))).toEqual([])
    }
  })
  it('keys the island bundle by its own code, and the pages that link it by it too', async () => {
    const islands = await importClosure(FAMILY_ENTRIES.islands)
    const pages = await importClosure(FAMILY_ENTRIES.pages)
    const bundle = ['site/islands/client.tsx', 'site/islands/MessageForm.tsx', 'site/islands/useAltcha.ts', 'site/islands/islands.css']
    expect(islands).toEqual(expect.arrayContaining([...bundle, 'site/islands/build.ts']))
    expect(islands.some((file) => file.startsWith('site/views/'))).toBe(false)
    expect(pages).toEqual(expect.arrayContaining([...bundle, 'site/components/Island.astro', 'site/views/MessagePage.astro']))
  })
})

describe('keys after a change to one family’s code', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>
  const snapshot = Object.fromEntries(
    Object.entries(fixture).map(([name, value]) => [name, Array.isArray(value) ? new Map(value as [number, unknown][]) : value]),
  )
  const content = publicContent(snapshot as never)
  const base: CodeVersions = {
    pages: 'p1',
    islands: 'i1',
    share: 's1',
    print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire: 'qn1', menu: 'm1' },
  }
  const islands = { version: 'i1', assets: { script: '/_astro/islands-test.js', styles: [] }, files: [] }
  const plan = (versions: CodeVersions) => planSite(content, versions, { ...islands, version: versions.islands })
  const before = new Map(plan(base).map((output) => [output.path, output.key]))
  const changed = (versions: CodeVersions) => plan(versions).filter((output) => before.get(output.path) !== output.key)

  it('a view change re-renders pages and feeds, and reprints nothing', () => {
    const outputs = plan(base)
    const redone = changed({ ...base, pages: 'p2' })
    expect(redone.every((output) => output.kind === 'page' || output.kind === 'text')).toBe(true)
    expect(redone.length).toBe(outputs.filter((output) => output.kind === 'page' || output.kind === 'text').length)
    console.log(`视图改动：重新生成 ${redone.length}/${outputs.length} 个文件（没有 PDF）`)
  })

  it('a poster layout change reprints posters only', () => {
    const outputs = plan(base)
    const redone = changed({ ...base, print: { ...base.print, poster: 'po2' } })
    expect(redone.length).toBeGreaterThan(0)
    expect(redone.every((output) => output.kind === 'print' && output.product.startsWith('poster'))).toBe(true)
    console.log(`海报版式改动：重新生成 ${redone.length}/${outputs.length} 个文件（只有海报）`)
  })

  it('a sign, handbook or share-card change redoes only those (and 打印与下载, which lists each handbook’s pages)', () => {
    expect(changed({ ...base, print: { ...base.print, sign: 'si2' } }).every((output) => output.kind === 'sign')).toBe(true)
    const handbook = changed({ ...base, print: { ...base.print, handbook: 'h2' } })
    expect(handbook.filter((output) => output.kind !== 'handbook').map((output) => output.path)).toEqual(['print/index.html'])
    expect(handbook.filter((output) => output.kind === 'handbook')).toHaveLength(content.handbooks.length)
    expect(changed({ ...base, share: 's2' }).every((output) => output.kind === 'share')).toBe(true)
    expect(changed({ ...base, print: { ...base.print, questionnaire: 'qn2' } }).every((output) => output.kind === 'questionnaire')).toBe(
      true,
    )
  })
})
