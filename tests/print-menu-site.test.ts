/**
 * 文明课单 in print from the existing pipeline: building the site makes the district's menu
 * and each place's as an A5 leaflet and an A4 poster beside the menu pages, linked from
 * them and from 打印与下载 — checked by opening the real PDFs (page boxes, text, the QR
 * code leading to the menu page) — and an unchanged menu is not printed again.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { menuPrintPath } from '../contract/servicePrint.ts'
import { buildSite, localPayload } from './support/cms.ts'
import { SITE_ORIGIN } from './support/participation.ts'
import { decodeQr, pageBoxes, pageTexts } from './support/pdf.ts'
import { type ServiceWorld, serviceWorld } from './support/services.ts'

const MM = 72 / 25.4
const squeeze = (text: string) => text.replace(/\s+/g, '')
let payload: Payload
let world: ServiceWorld
let site: string
let place: { slug: string; name: string }
let itemTitle: string

beforeAll(async () => {
  payload = await localPayload()
  world = await serviceWorld(payload, 'menuprint')
  const found = await payload.findByID({ collection: 'places', id: world.places[0], depth: 0, overrideAccess: true })
  place = { slug: found.slug as string, name: found.name as string }
  const item = await payload.findByID({ collection: 'service-items', id: world.items[0], depth: 0, overrideAccess: true })
  itemTitle = item.title as string
  site = await buildSite()
}, 600_000)

afterAll(async () => {
  await payload?.destroy()
})

const pdfAt = async (urlPath: string) => new Uint8Array(await readFile(path.join(site, urlPath)))
const trimOf = async (pdf: Uint8Array) => (await pageBoxes(pdf)).map(({ trim }) => trim?.map((value) => Math.round(value / MM)))

describe('the menus built with the site', () => {
  it('prints each place’s menu as an A5 leaflet and an A4 poster whose QR code leads to the place’s menu page', async () => {
    const leaflet = await pdfAt(menuPrintPath(place.slug, 'leaflet-a5'))
    for (const trim of await trimOf(leaflet)) expect(trim).toEqual([9, 9, 157, 219])
    expect((await pageBoxes(leaflet)).length % 2).toBe(0)
    const texts = (await pageTexts(leaflet)).map(squeeze)
    expect(texts[0]).toContain(`${place.name}·文明实践课单`)
    expect(texts.join('')).toContain(squeeze(itemTitle))
    expect(await decodeQr(leaflet, 1)).toBe(`${SITE_ORIGIN}/services/${place.slug}/`)

    const poster = await pdfAt(menuPrintPath(place.slug, 'poster-a4'))
    for (const trim of await trimOf(poster)) expect(trim).toEqual([9, 9, 219, 306])
    expect(squeeze((await pageTexts(poster))[0] as string)).toContain(squeeze(itemTitle))
    expect(await decodeQr(poster, 1)).toBe(`${SITE_ORIGIN}/services/${place.slug}/`)
  })

  it('prints the district’s menu with every place’s items, its QR code leading to /services/', async () => {
    const poster = await pdfAt(menuPrintPath(null, 'poster-a4'))
    const text = squeeze((await pageTexts(poster)).join(''))
    expect(text).toContain('太原市杏花岭区文明实践课单')
    // Both places' items, each with its place (the district's menu names the provider on every row).
    const other = await payload.findByID({ collection: 'service-items', id: world.items[1], depth: 0, overrideAccess: true })
    expect(text).toContain(squeeze(itemTitle))
    expect(text).toContain(squeeze(other.title as string))
    expect(text).toContain(place.name)
    expect(await decodeQr(poster, 1)).toBe(`${SITE_ORIGIN}/services/`)
    const leaflet = await pdfAt(menuPrintPath(null, 'leaflet-a5'))
    expect(await decodeQr(leaflet, 1)).toBe(`${SITE_ORIGIN}/services/`)
  })

  it('links the pieces from the menu pages and from 打印与下载, where staff get posters and leaflets', () => {
    const placePage = readFileSync(path.join(site, `services/${place.slug}/index.html`), 'utf8')
    expect(placePage).toContain('打印课单')
    expect(placePage).toContain(`href="/services/${place.slug}/menu-leaflet-a5.pdf"`)
    expect(placePage).toContain(`href="/services/${place.slug}/menu-poster-a4.pdf"`)
    const district = readFileSync(path.join(site, 'services/index.html'), 'utf8')
    expect(district).toContain('href="/services/menu-poster-a4.pdf"')
    const overview = readFileSync(path.join(site, 'print/index.html'), 'utf8')
    expect(overview).toContain('文明课单')
    expect(overview).toContain('href="/services/menu-leaflet-a5.pdf"')
    expect(overview).toContain(`href="/services/${place.slug}/menu-poster-a4.pdf"`)
    expect(overview).toContain(`href="/services/${place.slug}/"`)
  })

  it('keeps the files when nothing changed, and makes none for a place without published items', async () => {
    const before = JSON.stringify(await pdfAt(menuPrintPath(place.slug, 'poster-a4')))
    await buildSite()
    expect(JSON.stringify(await pdfAt(menuPrintPath(place.slug, 'poster-a4')))).toBe(before)
    const bare = await payload.find({
      collection: 'places',
      where: { id: { not_in: world.places } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const other = bare.docs[0]
    if (other) expect(existsSync(path.join(site, menuPrintPath(other.slug as string, 'poster-a4')))).toBe(false)
  }, 600_000)
})
