/**
 * 印刷台 in a real Chromium (issue 16): a community worker picks a published item of their
 * area, types a quantity as people do (１２０), orders, watches the progress, downloads one
 * ZIP with the 印制单 and a CMYK file that passes the preflight — and after the item is
 * changed and published again, the order says 已更新，需重印. On a phone too.
 */
import { readFile } from 'node:fs/promises'

import { unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Figure } from '../contract/payload-types.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { ACCOUNTS, PHONE, signIn } from './support/admin.ts'
import { api, areaId, createFigure, login, publishThroughReview, stack } from './support/cms.ts'
import { pageTexts, preflightPdfX } from './support/pdf.ts'

const NAME = '印刷台浏览器测试人'
let browser: Browser
let figure: Figure

beforeAll(async () => {
  browser = await launchBrowser()
  figure = await createFigure(await login(ACCOUNTS.editor), NAME, 'published')
})

afterAll(async () => {
  await browser?.close()
})

async function orderPoster(page: Page, copies: string): Promise<number> {
  await page.goto(`${stack().cmsUrl}/admin/print-desk`)
  await page.selectOption('#desk-area', String(await areaId('三桥街道')))
  await page.check(`[data-item="figures:${figure.id}"]`)
  await page.fill('[data-product="poster-a4"]', copies)
  await page.fill('[data-product="poster-a3"]', '')
  await page.fill('[data-product="leaflet-a5"]', '')
  await page.fill('#desk-note', '贴在三桥街道宣传栏')
  await page.click('#desk-order')
  const status = page.locator('.print-desk [role="status"]')
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/已下单（印刷包 \d+）/)
  return Number(/印刷包 (\d+)/.exec((await status.textContent()) ?? '')?.[1])
}

describe('印刷台', () => {
  it('gives a community worker one ZIP for the print shop, and says when a print is out of date', async () => {
    const page = await signIn(browser, ACCOUNTS.community)
    const id = await orderPoster(page, '１２０')
    const link = page.locator(`[data-download="${id}"]`)
    await link.waitFor({ timeout: 120_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/^印刷包-.*\.zip$/)
    const files = unzipSync(new Uint8Array(await readFile((await download.path()) as string)))
    const poster = Object.keys(files).find((name) => name.endsWith('-海报-A4-CMYK.pdf')) as string
    expect(await preflightPdfX(files[poster] as Uint8Array)).toEqual([])
    const sheet = (await pageTexts(files['印制单.pdf'] as Uint8Array)).join('').replace(/\s+/g, '')
    for (const words of [NAME, '120', '示例社区工作者', '贴在三桥街道宣传栏']) expect(sheet).toContain(words)

    // The item changes and is published again: the order says its prints are out of date.
    const editor = await login(ACCOUNTS.editor)
    await api(`/api/figures/${figure.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { summary: '更新后的简介。', _status: 'draft' },
    })
    await publishThroughReview('figures', figure.id)
    await page.reload()
    await expect.poll(() => page.locator(`[data-order="${id}"]`).textContent()).toContain('已更新，需重印')
    await page.context().close()
  })

  it('works on a phone: no sideways scrolling, and the order button in reach', async () => {
    const page = await signIn(browser, ACCOUNTS.community, PHONE)
    await page.goto(`${stack().cmsUrl}/admin/print-desk`)
    await page.locator('#desk-order').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    const box = await page.locator('#desk-order').boundingBox()
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
    await page.context().close()
  })
})
