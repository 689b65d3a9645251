/**
 * The public site's 屏幕模式 (issue 5) on a 1080p and a portrait 4K screen, in a real
 * Chromium: it advances on its own, takes in a story published and built while it runs,
 * and survives the network going away.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../ops/processes.ts'
import { api, areaId, loginAsEditor, publishThroughReview, stack } from './support/cms.ts'
import { closePublicSite, dirs, servePublicSite } from './support/public-site.ts'

let siteUrl: string
let browser: Browser

beforeAll(async () => {
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
})
