/**
 * 实时预览 in a real Chromium (issue 16): beside the form, the web page as the site's own
 * views make it, following the editor's typing (text, image, 长者模式) without saving, at
 * phone and desktop widths.
 */

import type { Browser, FrameLocator, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Figure } from '../contract/payload-types.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, outsideRequests, signIn } from './support/admin.ts'
import { api, createFigure, login, stack } from './support/cms.ts'

const NAME = '实时预览测试人'
let browser: Browser
let editor: string
let figure: Figure

beforeAll(async () => {
  browser = await launchBrowser()
  editor = await login(ACCOUNTS.editor)
  figure = await createFigure(editor, NAME, 'draft')
  // A portrait nothing public uses yet: private, so the preview must show it through the admin.
  const png = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#6a3' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'live-preview-browser.png')
  form.append('_payload', JSON.stringify({ alt: `${NAME}的肖像` }))
  const image = await api<{ doc: { id: number } }>('/api/media', { method: 'POST', token: editor, form })
  await api(`/api/figures/${figure.id}?draft=true`, { method: 'PATCH', token: editor, body: { portrait: image.body.doc.id } })
})

afterAll(async () => {
  await browser?.close()
})

/** Opens 实时预览 (Payload remembers per person whether it was open: it may be already). */
async function openLivePreview(page: Page): Promise<void> {
  await page.goto(`${stack().cmsUrl}/admin/collections/figures/${figure.id}`)
  const toggler = page.locator('#live-preview-toggler')
  await toggler.waitFor()
  if (!(await toggler.getAttribute('class'))?.includes('--active')) await toggler.click()
}

const heading = (site: FrameLocator) => site.locator('h1').first().textContent()
const portraitLoaded = (site: FrameLocator) =>
  site
    .locator(`img[alt="${NAME}的肖像"]`)
    .first()
    .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)
    .catch(() => false)

describe('实时预览 beside the form', () => {
  it('shows the draft as the site would, and follows typing, the image and 长者模式 without saving', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    const outside = await outsideRequests(page, async () => {
      await openLivePreview(page)
      const site = page.frameLocator('#live-preview-iframe').frameLocator('#page')
      await expect.poll(() => heading(site), { timeout: 60_000 }).toContain(NAME)
      await expect.poll(() => portraitLoaded(site), { timeout: 30_000 }).toBe(true)
      await expect.poll(() => page.frameLocator('#live-preview-iframe').locator('#status').textContent()).toContain('样稿·未审核')

      // Typing: the page follows, nothing is saved.
      await page.fill('#field-name', `${NAME}改`)
      await expect.poll(() => heading(site), { timeout: 30_000 }).toContain(`${NAME}改`)
      await page.fill('#field-summary', '这是还没有保存的新简介。')
      await expect.poll(() => site.locator('body').textContent(), { timeout: 30_000 }).toContain('这是还没有保存的新简介。')

      // 长者模式, switched on inside the preview, stays on as the page follows the form.
      await site.locator('#elder-toggle').click()
      await expect.poll(() => site.locator('html').getAttribute('data-elder')).toBe('1')
      await page.fill('#field-name', `${NAME}再改`)
      await expect.poll(() => heading(site), { timeout: 30_000 }).toContain(`${NAME}再改`)
      expect(await site.locator('html').getAttribute('data-elder')).toBe('1')

      // The portrait removed in the form leaves the page.
      await page.click('#field-portrait .upload-relationship-details__remove')
      await expect.poll(() => site.locator(`img[alt="${NAME}的肖像"]`).count(), { timeout: 30_000 }).toBe(0)

      // A link in the preview does not take the frame away from the page.
      await site.locator('a[href^="/"]').first().click()
      expect(await heading(site)).toContain(`${NAME}再改`)
    })
    expect(outside).toEqual([])
    const saved = await api<Figure>(`/api/figures/${figure.id}?draft=true&depth=0`, { token: editor })
    expect(saved.body.name).toBe(NAME)
    expect(saved.body.portrait).not.toBeNull()
    await page.context().close()
  })

  it('shows the page at phone width, and at desktop width', async () => {
    const page = await signIn(browser, ACCOUNTS.editor)
    await openLivePreview(page)
    const frame = page.locator('#live-preview-iframe')
    const site = page.frameLocator('#live-preview-iframe').frameLocator('#page')
    await expect.poll(() => heading(site), { timeout: 60_000 }).toContain(NAME)
    for (const [label, width] of [
      ['手机', 390],
      ['电脑', 1366],
    ] as const) {
      await page.click('.live-preview-toolbar-controls__breakpoint .popup-button')
      await page.getByRole('button', { name: new RegExp(label) }).click()
      await expect.poll(() => frame.evaluate((element: HTMLIFrameElement) => element.offsetWidth)).toBe(width)
      // The site's own layout at that width: no sideways scrolling on the phone.
      const inner = page.frameLocator('#live-preview-iframe').locator('#page')
      const overflow = await inner.evaluate((element: HTMLIFrameElement) => {
        const root = element.contentDocument?.documentElement
        return root ? root.scrollWidth - root.clientWidth : -1
      })
      expect(overflow).toBe(0)
    }
    await page.context().close()
  })
})
