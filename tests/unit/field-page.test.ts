/**
 * 入户代填 in the site plan: the /field/ page with its island's props, its web app manifest
 * (the site's own home-screen icons) and its service worker, which keeps the page and every
 * file of the island bundle under a cache named by the versions — and none of it in the
 * sitemap. The phone's queue: sync results applied (accepted and duplicate are 已同步,
 * refused keeps its reason) and 户码 forgiven as the server forgives them. The island's
 * mirror of the sync types stays the contract's.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, expectTypeOf, it } from 'vitest'

import { FIELD_SYNC_LIMIT, type FieldItem, type FieldItemResult } from '../../contract/participation.ts'
import { applyResults, plainHousehold } from '../../site/islands/fieldStore.ts'
import type { FieldItem as IslandItem, FieldItemResult as IslandResult, QueuedSheet } from '../../site/islands/fieldTypes.ts'
import { publicContent } from '../../site/model/publicContent.ts'
import { planSite } from '../../site/plan/index.ts'
import type { Output } from '../../site/plan/keys.ts'
import type { FieldProps } from '../../site/views/props.ts'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/demo-snapshot.json', import.meta.url), 'utf8')) as Record<string, unknown>
const VERSIONS = {
  pages: 'p1',
  islands: 'i1',
  share: 's1',
  print: { poster: 'po1', leaflet: 'l1', handbook: 'h1', sign: 'si1', questionnaire: 'q1', menu: 'm1' },
}

function plan(islandsVersion = 'i1'): Output[] {
  const snapshot = Object.fromEntries(
    Object.entries(structuredClone(fixture)).map(([name, value]) => [
      name,
      Array.isArray(value) ? new Map(value as [number, unknown][]) : value,
    ]),
  )
  const files = [
    { path: `_astro/islands-${islandsVersion}.js`, source: '/dev/null' },
    { path: `_astro/islands-${islandsVersion}.css`, source: '/dev/null' },
  ]
  const islands = { version: islandsVersion, assets: { script: `/${files[0]?.path}`, styles: [`/${files[1]?.path}`] }, files }
  return planSite(publicContent(snapshot as never), { ...VERSIONS, islands: islandsVersion }, islands)
}

const text = (outputs: Output[], path: string) => {
  const found = outputs.find((output) => output.path === path)
  return found?.kind === 'text' ? found.body : ''
}

describe('the 入户代填 page in the plan', () => {
  const outputs = plan()

  it('is a page with the island talking to the participation API, in no sitemap', () => {
    const found = outputs.find((output) => output.path === 'field/index.html')
    expect(found?.kind === 'page' && found.view).toBe('FieldPage')
    const props = (found as Extract<Output, { kind: 'page' }>).props as FieldProps
    expect(props.entry.surveysUrl).toMatch(/\/field\/surveys$/)
    expect(props.entry.syncUrl).toMatch(/\/field\/sync$/)
    expect(props.entry.syncLimit).toBe(FIELD_SYNC_LIMIT)
    expect(props.entry.worker).toEqual({ url: '/field/sw.js', scope: '/field/' })
    expect(text(outputs, 'sitemap.xml')).not.toContain('/field/')
  })

  it('has a manifest whose icons are files the site makes', () => {
    const manifest = JSON.parse(text(outputs, 'field/manifest.webmanifest')) as { icons: { src: string }[] } & Record<string, unknown>
    expect(manifest).toMatchObject({ name: '入户代填', start_url: '/field/', scope: '/field/', display: 'standalone' })
    const paths = new Set(outputs.map((output) => `/${output.path}`))
    expect(manifest.icons.length).toBeGreaterThan(0)
    for (const icon of manifest.icons) expect(paths).toContain(icon.src)
  })

  it('has a service worker that keeps the page and the bundle, in a cache that changes with the bundle', () => {
    const worker = text(outputs, 'field/sw.js')
    for (const path of ['"/field/"', '"/field/manifest.webmanifest"', '"/_astro/islands-i1.js"', '"/_astro/islands-i1.css"']) {
      expect(worker).toContain(path)
    }
    const cache = (body: string) => /const CACHE = "(field-[\w-]+)"/.exec(body)?.[1]
    expect(cache(worker)).toBeTruthy()
    expect(cache(text(plan('i2'), 'field/sw.js'))).not.toBe(cache(worker))
    expect(() => new Function(worker)).not.toThrow()
  })
})

describe('the queue on the phone', () => {
  const sheet = (clientId: string): QueuedSheet => ({
    item: { clientId, survey: 's', household: 'ABC123', channel: 'proxy', filledAt: new Date().toISOString(), answers: {} },
    title: '问卷',
    state: 'waiting',
  })

  it('marks accepted and duplicate sheets 已同步 and keeps a refused one with its reason', () => {
    const results: FieldItemResult[] = [
      { clientId: 'a', status: 'accepted', reference: 'WJ-1' },
      { clientId: 'b', status: 'duplicate', reference: 'WJ-2' },
      { clientId: 'c', status: 'refused', code: 403, message: '不属于您负责的区域' },
    ]
    const after = applyResults([sheet('a'), sheet('b'), sheet('c'), sheet('d')], results)
    expect(after.map((item) => [item.state, item.reference ?? item.message ?? null])).toEqual([
      ['synced', 'WJ-1'],
      ['synced', 'WJ-2'],
      ['refused', '不属于您负责的区域'],
      ['waiting', null],
    ])
  })

  it('forgives the 户码 as typed', () => {
    expect(plainHousehold(' ａｂc １23 ')).toBe('ABC123')
  })

  it('mirrors the contract types', () => {
    expectTypeOf<IslandResult>().toEqualTypeOf<FieldItemResult>()
    expectTypeOf<IslandItem>().toExtend<FieldItem>()
  })
})
