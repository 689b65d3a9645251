/**
 * Output encoding in print (the trust issue): with the XSS corpus published
 * (tests/support/xss-corpus.ts) and the site really built, share cards and every print
 * piece (poster, leaflet, sign, handbook) are laid out in a real press page with a
 * `window.__xss` sentinel, the built share cards are those drawings, and the PDFs print
 * the payloads as text.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { figureSubject, signsOf, venueSubject } from '../site/model/printSubjects.ts'
import type { PublicContent } from '../site/model/types.ts'
import { handbookLayout } from '../site/print/layouts/handbook.ts'
import { leafletJob } from '../site/print/layouts/leaflet.ts'
import { posterJob } from '../site/print/layouts/poster.ts'
import { signJob } from '../site/print/layouts/sign.ts'
import { PRINT_ORIGIN } from '../site/print/primitives.ts'
import { PressPool, type PrintJob } from '../site/print/render.ts'
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardJob } from '../site/print/share.ts'
import { SHARE_SECTIONS } from '../site/settings.ts'
import { filesUnder } from './support/files.ts'
import { pageTexts } from './support/pdf.ts'
import { ids, PAYLOADS, publishCorpus, removeCorpus, spots } from './support/xss-corpus.ts'
import { around, closeXssSite, INSPECT, type Inspection, landings, problems, serveXssSite, squeeze } from './support/xss-site.ts'

let site: string
let browser: Browser
let buildStartedAt: number
let content: PublicContent

beforeAll(async () => {
  await publishCorpus()
  ;({ site, browser, buildStartedAt, content } = await serveXssSite())
}, 900_000)

afterAll(async () => {
  try {
    await closeXssSite()
  } finally {
    await removeCorpus()
  }
}, 120_000)

describe('share cards and print pieces', () => {
  let pool: PressPool
  let press: Page
  const pressEvents: string[] = []

  beforeAll(async () => {
    pool = new PressPool(browser, 1)
    // A first card opens the press; its page is then watched for pop-ups and script errors.
    await pool.image({ title: '预热', css: '', body: '<p>预热</p>' }, SHARE_WIDTH, SHARE_HEIGHT)
    press = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().startsWith(PRINT_ORIGIN)) as Page
    press.on('dialog', (dialog) => {
      pressEvents.push(`pop-up: ${dialog.message()}`)
      void dialog.dismiss()
    })
    press.on('pageerror', (error) => pressEvents.push(`script error: ${error.message}`))
    press.on('request', (request) => {
      if (/\/x$/.test(new URL(request.url()).pathname)) pressEvents.push(`request for ${request.url()}`)
    })
  })

  it('draws every section share card in Chromium without running the payload; the build wrote those cards', async () => {
    const settings = content.settings
    expect(settings.siteName).toContain('XQ')
    for (const section of SHARE_SECTIONS) {
      const job = shareCardJob({ title: section.title, subtitle: section.subtitle, siteName: settings.siteName, sponsor: settings.sponsor })
      const drawn = await pool.image(job, SHARE_WIDTH, SHARE_HEIGHT)
      const inspection = (await press.evaluate(INSPECT)) as Inspection
      expect(problems(`share card ${section.image}`, inspection, job.body)).toEqual([])
      // The built card: 1200×630, made by this build (the settings changed), and the same drawing.
      const file = path.join(site, section.image)
      const built = await readFile(file)
      expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(buildStartedAt - 1000)
      const meta = await sharp(built).metadata()
      expect(`${meta.width}×${meta.height}`).toBe(`${SHARE_WIDTH}×${SHARE_HEIGHT}`)
      const grey = async (bytes: Uint8Array) => sharp(bytes).greyscale().resize(300, 158).raw().toBuffer()
      const [a, b] = [await grey(drawn), await grey(built)]
      let difference = 0
      for (let index = 0; index < a.length; index++) difference += Math.abs((a[index] ?? 0) - (b[index] ?? 0))
      expect(difference / a.length, section.image).toBeLessThan(4)
    }
    expect(pressEvents).toEqual([])
  })

  it('lays out posters, leaflets, signs and the handbook in Chromium without running anything', { timeout: 300_000 }, async () => {
    const settings = content.settings
    const jobs: [string, PrintJob][] = []
    for (const figure of content.figures.filter((item) => item.id === ids.figure || item.id === ids.figure2)) {
      jobs.push([`poster ${figure.slug}`, await posterJob(figureSubject(figure), settings, 'a4')])
      jobs.push([`leaflet ${figure.slug}`, await leafletJob(figureSubject(figure), settings)])
    }
    const venues = [...content.streets.filter((item) => item.id === ids.street), ...content.places.filter((item) => item.id === ids.place)]
    for (const venue of venues) {
      jobs.push([`poster ${venue.slug}`, await posterJob(venueSubject(venue), settings, 'a3')])
      jobs.push([`leaflet ${venue.slug}`, await leafletJob(venueSubject(venue), settings)])
    }
    const regulation = content.regulations.find((item) => item.id === ids.regulation)
    for (const sign of regulation ? signsOf(regulation) : []) jobs.push([`sign ${sign.articleNumber}`, await signJob(sign, settings)])
    const handbook = content.handbooks.find((item) => item.id === ids.handbook)
    if (handbook) jobs.push(['handbook', (await handbookLayout(handbook, settings)).job])
    expect(jobs).toHaveLength(8 + 2 + 1)
    for (const [what, job] of jobs) {
      const inspection = await pool.with(job, (page) => page.evaluate(INSPECT) as Promise<Inspection>)
      expect(problems(what, inspection, job.body)).toEqual([])
    }
    expect(pressEvents).toEqual([])
  })

  it('prints every payload as literal text in the built PDFs, and names the piece literally', { timeout: 300_000 }, async () => {
    const pdfs = (await filesUnder(site)).filter((file) => file.endsWith('.pdf'))
    const failures: string[] = []
    const printed = new Set<string>()
    for (const file of pdfs) {
      const bytes = new Uint8Array(await readFile(file))
      const texts = squeeze((await pageTexts(bytes)).join(''))
      if (!texts.includes('XQ')) continue
      for (const spot of spots) {
        if (!texts.includes(spot.marker)) continue
        const read = landings([texts], { marker: spot.marker, text: squeeze(spot.text) })
        if (read.includes('mangled'))
          failures.push(`${path.relative(site, file)}: ${spot.field} (${spot.marker}) printed changed: ${around([texts], spot.marker)}`)
        if (read.includes('full')) printed.add(spot.marker)
      }
    }
    expect(failures).toEqual([])
    const missing = spots.filter((spot) => spot.shown.includes('pdf') && !printed.has(spot.marker)).map((spot) => spot.field)
    expect(missing).toEqual([])
    // The document title a PDF reader shows: the poster's title and name, as written.
    const figure = content.figures.find((item) => item.id === ids.figure)
    const poster = await PDFDocument.load(await readFile(path.join(site, 'print', 'figures', figure?.slug ?? '', 'poster-a4.pdf')), {
      updateMetadata: false,
    })
    expect(poster.getTitle()).toBe(`${figure?.honourTitle} ${figure?.name}`)
    expect(poster.getTitle()).toContain(PAYLOADS.script)
  })
})
