/**
 * The public site's 屏幕模式 (issues 5 and 17) on 1080p, portrait and 4K screens, in a real
 * Chromium: it advances on its own, takes in a story published and built while it runs,
 * and survives the network going away; every kind of slide fills the screen, never shows a
 * photo above its pixels, and carries a QR code of its story's address.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../ops/processes.ts'
import { api, areaId, loginAsEditor, publishThroughReview, stack } from './support/cms.ts'
import { closePublicSite, dirs, servePublicSite } from './support/public-site.ts'
import { measureSlide, publishVenueWithCover, slideQr } from './support/screen.ts'

let siteUrl: string
let browser: Browser
let streetSlug: string
let placeSlug: string

beforeAll(async () => {
  // A street whose cover is larger than any screen shows it, a place whose cover is small (700 px wide).
  streetSlug = await publishVenueWithCover('streets', '屏幕大图街', 2400, 1350)
  placeSlug = await publishVenueWithCover('places', '屏幕小图站', 700, 500)
  ;({ siteUrl, browser } = await servePublicSite())
})

afterAll(closePublicSite)

describe('屏幕模式 (screen mode)', () => {
  it('advances on its own, takes in a newly published story without a reload, and survives the network going away', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
    const page = await context.newPage()
    try {
      await page.goto(`${siteUrl}/screen/?interval=600&refresh=700`)
      await page.evaluate(() => {
        ;(window as unknown as { loadedOnce: boolean }).loadedOnce = true
      })
      const title = () => page.locator('#screen-slide h1').textContent()
      const first = await title()
      await expect.poll(title, { timeout: 10_000, interval: 100 }).not.toBe(first)
      // Large type at 1080p.
      expect(
        Number.parseFloat(await page.locator('#screen-slide h1').evaluate((element) => getComputedStyle(element).fontSize)),
      ).toBeGreaterThanOrEqual(80)
      const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length)
      const before = await nodes()

      // Offline: it keeps showing stories and says so; back online, it carries on.
      await context.setOffline(true)
      await expect.poll(() => page.locator('#screen-status').textContent(), { timeout: 10_000 }).toContain('网络中断')
      await context.setOffline(false)
      await expect.poll(() => page.locator('#screen-status').textContent(), { timeout: 10_000 }).toBe('')

      // A figure published and built while the screen runs comes round without a reload.
      const token = await loginAsEditor()
      const created = await api<{ doc: { id: number } }>('/api/figures?draft=true', {
        method: 'POST',
        token,
        body: {
          name: '屏幕新人',
          honourTitle: '屏幕测试称号',
          honourKind: 'good-neighbour',
          summary: '在屏幕上轮播的新人物。',
          area: await areaId('涧河街道'),
          _status: 'draft',
        },
      })
      await publishThroughReview('figures', created.body.doc.id)
      await run('tsx', ['ops/build-site.ts'], { ...process.env, ...stack().env, ...dirs() }, '构建网站')
      const seen = new Set<string>()
      await expect
        .poll(
          async () => {
            seen.add((await title()) ?? '')
            return [...seen]
          },
          { timeout: 30_000, interval: 150 },
        )
        .toContain('屏幕新人')
      expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true)
      // Nothing piles up as it runs: the same elements are reused.
      expect(await nodes()).toBe(before)
    } finally {
      await context.close()
    }
  })

  it('fills a portrait 4K screen with large type', async () => {
    const context = await browser.newContext({ viewport: { width: 2160, height: 3840 }, locale: 'zh-CN' })
    const page = await context.newPage()
    try {
      await page.goto(`${siteUrl}/screen/`)
      const size = Number.parseFloat(await page.locator('#screen-slide h1').evaluate((element) => getComputedStyle(element).fontSize))
      expect(size).toBeGreaterThanOrEqual(160)
      const box = await page.locator('#screen-slide').boundingBox()
      expect(box?.width).toBeGreaterThan(2000)
    } finally {
      await context.close()
    }
  })

  describe('every kind of slide fills the screen, keeps its photo sharp and carries its QR code', () => {
    for (const [width, height, scale] of [
      [1920, 1080, 1],
      [1920, 1080, 2],
      [1080, 1920, 1],
      [1080, 1920, 2],
    ] as const) {
      it(`${width}×${height} at device pixel ratio ${scale}`, async () => {
        const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale: 'zh-CN' })
        try {
          const { page, slides } = await openScreen(context)
          const first = (prefix: string, photo: boolean) =>
            slides.find((slide) => slide.url.startsWith(prefix) && (slide.image !== null) === photo)?.url ?? `${prefix}?`
          const urls = slides.map((slide) => slide.url)
          let at = 0
          for (const url of [
            first('/figures/', true),
            `/streets/${streetSlug}/`,
            first('/streets/', false),
            `/places/${placeSlug}/`,
            first('/places/', false),
            first('/articles/', false),
          ]) {
            expect(urls).toContain(url)
            const index = urls.indexOf(url)
            await page.clock.runFor(((index - at + urls.length) % urls.length) * INTERVAL)
            at = index
            await checkSlide(page, url, scale)
          }
        } finally {
          await context.close()
        }
      })
    }
  })

  it('shows each slide its own QR code as it advances, with the network gone too', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
    try {
      const codes = new Set<string>()
      context.on('requestfinished', (request) => {
        if (request.url().includes('/screen/qr/')) codes.add(request.url())
      })
      const { page, slides } = await openScreen(context)
      // The deck's QR codes are fetched once each after it is read; then the network goes.
      await expect.poll(() => codes.size, { timeout: 10_000 }).toBe(new Set(slides.map((slide) => slide.qr)).size)
      await page.waitForTimeout(300)
      await context.setOffline(true)
      for (let step = 1; step <= Math.min(slides.length, 5); step++) {
        await page.clock.runFor(INTERVAL)
        const url = slides[step % slides.length]?.url as string
        await page.waitForFunction((want) => document.getElementById('screen-slide')?.dataset.url === want, url)
        await page.waitForFunction(() => (document.getElementById('screen-qr') as HTMLImageElement).complete)
        expect(await slideQr(page)).toBe(absolute(url))
      }
    } finally {
      await context.close()
    }
  })
})

// The page's clock is Playwright's: slides advance when a test says, one interval at a time.
const INTERVAL = 600_000
type Slide = { url: string; image: object | null; qr: string }

/** The screen on its first slide, its clock stopped, and the deck it read. */
async function openScreen(context: BrowserContext): Promise<{ page: Page; slides: Slide[] }> {
  const page = await context.newPage()
  await page.clock.install()
  await page.goto(`${siteUrl}/screen/?interval=${INTERVAL}&refresh=${INTERVAL * 1000}`)
  await page.waitForFunction(() => document.documentElement.dataset.version)
  const slides = await page.evaluate(async () => (await (await fetch('/screen/slides.json')).json()).slides as Slide[])
  return { page, slides }
}

const absolute = (url: string) => new URL(url, stack().env.SITE_ORIGIN).toString()

/** The slide showing `url`: most of the screen used, its photo not above its pixels, its QR code large and readable. */
async function checkSlide(page: Page, url: string, scale: number): Promise<void> {
  await page.waitForFunction((want) => document.getElementById('screen-slide')?.dataset.url === want, url)
  const unloaded = () =>
    page.evaluate(() =>
      [...document.images]
        .filter((image) => image.checkVisibility() && (!image.complete || image.naturalWidth === 0))
        .map((image) => image.currentSrc),
    )
  await expect.poll(unloaded, { message: `${url}: images not loaded` }).toEqual([])
  const measure = await measureSlide(page)
  // No empty block a third of the width by a third of the height between the bars.
  expect(Math.min(measure.empty.width, measure.empty.height), `${url}: the emptiest part`).toBeLessThan(1 / 3)
  if (measure.photo) {
    const { shown, file } = measure.photo
    expect(file.width, `${url}: the photo's pixels across`).toBeGreaterThanOrEqual(shown.width * scale - 1)
    expect(file.height, `${url}: the photo's pixels down`).toBeGreaterThanOrEqual(shown.height * scale - 1)
    // …and no thumbnail either: a quarter of the width or the height between the bars at least.
    expect(Math.max(shown.width / measure.width, shown.height / measure.height), `${url}: the photo's size`).toBeGreaterThan(0.25)
  }
  const qr = await page.locator('#screen-qr').boundingBox()
  expect(qr?.width, `${url}: the QR code's size`).toBeGreaterThanOrEqual(200)
  expect(await slideQr(page), `${url}: the QR code`).toBe(absolute(url))
  expect(await page.locator('#screen-slide figcaption').textContent()).toBe('扫码阅读全文')
}
