/**
 * 避头尾 on screen (site/lib/lineBreak.ts), in a real Chromium: an article full of marks at
 * every position a line can end, published and built like any other, read at phone width
 * (390 px) in normal and both 长者模式 sizes; and share cards, laid out on the press before
 * they become pictures. Lines are read from each character's line box (Range API).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '../cms/seed/richText.ts'
import { lineBreakFaults } from '../site/lib/lineBreak.ts'
import { A5 } from '../site/print/geometry.ts'
import { PressPool } from '../site/print/render.ts'
import { shareCardJob } from '../site/print/share.ts'
import { SHARE_SECTIONS } from '../site/settings.ts'
import { api, areaId, loginAsEditor, publishThroughReview, removeDocument } from './support/cms.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { lineBoxes, TEMPTING, temptingParagraphs } from './support/lineBreak.ts'
import { close, closePublicSite, open, servePublicSite } from './support/public-site.ts'

const TITLE = '《文明公约》（示例）宣讲——“避头尾”测试'

let browser: Browser
let article: { id: number; path: string }

/** Publishes the article; its id and address. */
async function publishArticle(): Promise<{ id: number; path: string }> {
  const created = await api<{ doc: { id: number; slug: string } }>('/api/articles?draft=true', {
    method: 'POST',
    token: await loginAsEditor(),
    body: {
      title: TITLE,
      lead: TEMPTING,
      column: 'campaign',
      source: '杏花岭区创城办（示例）',
      areas: [await areaId('涧河街道')],
      body: paragraphs(temptingParagraphs(40, TEMPTING)),
      _status: 'draft',
    },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  await publishThroughReview('articles', created.body.doc.id)
  return { id: created.body.doc.id, path: `/articles/${created.body.doc.slug}/` }
}

/** Every fault of every text block under `selector`, block by block. */
async function faultsOn(page: Page, selector: string): Promise<string[]> {
  const blocks = await lineBoxes(page, selector)
  expect(blocks.length).toBeGreaterThan(0)
  return blocks.flatMap((lines) => lineBreakFaults(lines).map((fault) => `${fault} (of “${lines.join('').slice(0, 16)}…”)`))
}

beforeAll(async () => {
  article = await publishArticle()
  ;({ browser } = await servePublicSite())
}, 900_000)

afterAll(async () => {
  await closePublicSite()
  // Suites after this one find the demo content as it was.
  if (article) await removeDocument('articles', article.id)
})

describe('避头尾 on the web', () => {
  it('holds on a phone in an article full of marks, in normal type and both 长者模式 sizes', async () => {
    const page = await open(article.path)
    expect(await page.locator('h1').textContent()).toBe(TITLE)
    for (const elder of [null, '1', '2']) {
      await page.evaluate((value) => {
        if (value === null) delete document.documentElement.dataset.elder
        else document.documentElement.dataset.elder = value
      }, elder)
      const lines = (await lineBoxes(page, 'main')).flat()
      expect(lines.length, `长者模式 ${elder}`).toBeGreaterThan(200)
      expect(await faultsOn(page, 'main'), `长者模式 ${elder}`).toEqual([])
    }
    // The check is not vacuous: without the rule's line-break: strict, the wave dash starts lines.
    await page.evaluate(() => document.body.style.setProperty('line-break', 'auto'))
    expect((await faultsOn(page, 'main')).some((fault) => fault.includes('starts with “〜”'))).toBe(true)
    await close(page)
  })

  it('holds · ／ － ～ and a lone — too, which pages keep with what precedes them in their markup', async () => {
    const page = await open(article.path)
    expect(await page.locator('.story .line-hold').count()).toBeGreaterThan(40)
    // Not vacuous: without the held spans these marks start lines at 390 px.
    await page.evaluate(() => {
      for (const span of document.querySelectorAll('.line-hold')) span.replaceWith(...span.childNodes)
    })
    expect((await faultsOn(page, 'main')).length).toBeGreaterThan(0)
    await close(page)
  })
})

describe('避头尾 on share cards', () => {
  it('holds on every section’s card and on cards whose title and line are full of marks', async () => {
    const pool = new PressPool(browser, 1)
    const cards = [
      ...SHARE_SECTIONS.map((section) => ({ title: section.title, subtitle: section.subtitle })),
      // A title line holds about 9 characters, a subtitle line about 24: every mark meets every line end.
      ...temptingParagraphs(24).map((subtitle, n) => ({
        title: `${'文明城市创建人人参与'.slice(0, n % 9)}《公约》（示例）“好！”`,
        subtitle,
      })),
    ]
    for (const card of cards) {
      const job = shareCardJob({ ...card, siteName: PRINT_SETTINGS.siteName, sponsor: PRINT_SETTINGS.sponsor })
      const faults = await pool.with({ ...job, ...PIECE }, (page) => faultsOn(page, 'body'))
      expect(faults, card.title).toEqual([])
    }
  })
})

/** What PressPool.with asks of a job beyond a share card's title, style and body (only read when printing). */
const PIECE = { sheet: A5, subject: '', author: '', creator: '', date: new Date(0) }
