/**
 * The public site for everyone (issue 5), in a real Chromium: 长者模式 measured in the
 * browser (type, line height, contrast, target sizes, remembered, read aloud), axe over
 * every sitemap URL, normal and elderly, phone and desktop, and the keyboard alone.
 */
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONVENTION, close, closePublicSite, open, servePublicSite } from './support/public-site.ts'

let siteUrl: string
let browser: Browser
let sitemapPaths: string[]

beforeAll(async () => {
  ;({ siteUrl, browser, sitemapPaths } = await servePublicSite())
})

afterAll(closePublicSite)

describe('长者模式 (elderly mode)', () => {
  const SAMPLE = ['/', '/figures/hao-jing-quan/', `/regulations/${CONVENTION}/articles/12/`, '/places/', '/search/']

  /** Relative luminance contrast of two CSS rgb() colours. */
  function contrast(a: string, b: string): number {
    const lum = (color: string) => {
      const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((value) => {
        const c = Number(value) / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      }) as [number, number, number]
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl
    }
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
    return (hi + 0.05) / (lo + 0.05)
  }

  async function measure(page: Page) {
    return page.evaluate(() => {
      const body = getComputedStyle(document.body)
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          '.site-nav a, .site-name, .elder-controls button:not([hidden]), .card, .filters a, .pager a, .breadcrumb a, .read-aloud:not([hidden]) button, .search-form button, .search-form input, .download, .more',
        ),
      ]
        .filter((element) => element.offsetParent !== null)
        .map((element) => {
          const box = element.getBoundingClientRect()
          return { what: `${element.tagName} ${element.textContent?.trim().slice(0, 12)}`, width: box.width, height: box.height }
        })
      return {
        fontSize: Number.parseFloat(body.fontSize),
        lineHeight: Number.parseFloat(body.lineHeight) / Number.parseFloat(body.fontSize),
        color: body.color,
        // The page colour is set on body (base.css), the ground all body text stands on.
        background: body.backgroundColor,
        muted: getComputedStyle(document.querySelector('.site-footer') as Element).color,
        targets,
      }
    })
  }

  it('has one visible toggle on every page that makes type large, tall and high-contrast, and targets 60 px; remembered', async () => {
    for (const urlPath of SAMPLE) {
      const page = await open(urlPath)
      try {
        const normal = await measure(page)
        expect(normal.fontSize, urlPath).toBeGreaterThanOrEqual(16)
        for (const target of normal.targets)
          expect(Math.min(target.width, target.height), `${urlPath} ${target.what}`).toBeGreaterThanOrEqual(44)
        const toggle = page.getByRole('button', { name: '长者模式' })
        await expect.poll(() => toggle.isVisible()).toBe(true)
        await toggle.click()
        expect(await toggle.getAttribute('aria-pressed')).toBe('true')
        const elder = await measure(page)
        expect(elder.fontSize, urlPath).toBeGreaterThanOrEqual(18)
        expect(elder.lineHeight, urlPath).toBeGreaterThanOrEqual(1.5)
        expect(contrast(elder.color, elder.background), urlPath).toBeGreaterThanOrEqual(4.5)
        expect(contrast(elder.muted, elder.background), urlPath).toBeGreaterThanOrEqual(4.5)
        expect(elder.targets.length).toBeGreaterThan(3)
        for (const target of elder.targets)
          expect(Math.min(target.width, target.height), `${urlPath} ${target.what}`).toBeGreaterThanOrEqual(60)
        await page.getByRole('button', { name: '特大字' }).click()
        expect((await measure(page)).fontSize, urlPath).toBeGreaterThanOrEqual(30)
        // Remembered: the next page opens in the same mode.
        await page.reload()
        expect((await measure(page)).fontSize).toBeGreaterThanOrEqual(30)
        expect(await page.getByRole('button', { name: '长者模式' }).getAttribute('aria-pressed')).toBe('true')
      } finally {
        await close(page)
      }
    }
  })

  it('reads an article aloud in Mandarin, with pause and stop', async () => {
    const page = await open('/figures/hao-jing-quan/')
    try {
      await page.evaluate(() => {
        const spoken: { text: string; lang: string }[] = []
        ;(window as unknown as { spoken: typeof spoken }).spoken = spoken
        // Chromium here has no voices: record what would be spoken instead of sounding it.
        window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
          spoken.push({ text: utterance.text, lang: utterance.lang })
        }
      })
      await page.getByRole('button', { name: '朗读全文' }).click()
      const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken)
      expect(spoken[0]?.lang).toBe('zh-CN')
      expect(spoken[0]?.text).toContain('郝景全')
      expect(await page.getByRole('button', { name: '暂停' }).isEnabled()).toBe(true)
      await page.getByRole('button', { name: '暂停' }).click()
      expect(await page.getByRole('button', { name: '继续朗读' }).isVisible()).toBe(true)
      await page.getByRole('button', { name: '停止' }).click()
      expect(await page.getByRole('button', { name: '朗读全文' }).isEnabled()).toBe(true)
    } finally {
      await close(page)
    }
  })
})

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violations on any sitemap URL, normal and elderly, phone and desktop', { timeout: 900_000 }, async () => {
    const failures: string[] = []
    // axe is injected as an inline script, which the site's Content-Security-Policy would block.
    const context = await browser.newContext({ locale: 'zh-CN', bypassCSP: true })
    const page = await context.newPage()
    try {
      for (const urlPath of [...sitemapPaths, '/search/?q=%E9%83%9D%E6%99%AF%E5%85%A8', '/404.html']) {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 800 })
          await page.goto(`${siteUrl}${urlPath}`)
          await page.addScriptTag({ content: axe.source })
          for (const elder of ['', '1']) {
            await page.evaluate((mode) => {
              if (mode) document.documentElement.dataset.elder = mode
              else delete document.documentElement.dataset.elder
            }, elder)
            const result = await page.evaluate(() =>
              (window as unknown as { axe: typeof axe }).axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
              }),
            )
            for (const violation of result.violations)
              failures.push(
                `${urlPath} @${width}${elder ? ' 长者' : ''}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
              )
          }
        }
      }
      // The sweep can fail: a picture without alt text on the last page is reported.
      await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/x.png' })))
      const control = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: ['image-alt'] }))
      expect(control.violations.map((violation) => violation.id)).toEqual(['image-alt'])
    } finally {
      await context.close()
    }
    expect(failures).toEqual([])
  })

  it('can be used with the keyboard alone, with visible focus', async () => {
    const page = await open('/figures/')
    try {
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文')
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
      expect(outline).not.toBe('none')
      // 长者模式 is reached and switched with the keyboard.
      for (let step = 0; step < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'elder-toggle'; step++)
        await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('elder-toggle')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('1')
    } finally {
      await close(page)
    }
  })
})
