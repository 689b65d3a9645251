/** The built public site and its leaflet PDFs, built from a real CMS. */
import { existsSync, readFileSync } from 'node:fs'
import { readFile, readlink } from 'node:fs/promises'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Figure } from '../cms/payload-types.ts'
import { paragraphs } from '../cms/seed/richText.ts'
import { api, buildSite, createFigure, loginAsEditor, publishThroughReview, setStatus } from './support/cms.ts'
import { decodeQr, fonts, pageBoxes, pageTexts, rasterPage, textRuns } from './support/pdf.ts'

const MM = 72 / 25.4
let site: string
let draft: Figure
let withdrawn: Figure
let fresh: Figure
let draftArticleSlug: string

const html = (relative: string) => readFileSync(path.join(site, relative), 'utf8')

beforeAll(async () => {
  const token = await loginAsEditor()
  draft = await createFigure(token, '站点草稿', 'draft')
  withdrawn = await createFigure(token, '站点撤回', 'published')
  await setStatus(withdrawn.id, 'draft')
  fresh = await createFigure(token, '站点新人', 'published')
  // Published, then its slug changed and the change published through review again.
  const renamed = await createFigure(token, '改址人物', 'published')
  await api(`/api/figures/${renamed.id}?draft=true`, { method: 'PATCH', token, body: { slug: 'gai-zhi-ren-wu-xin', _status: 'draft' } })
  await publishThroughReview('figures', renamed.id)
  const draftArticle = await api<{ doc: { slug: string } }>('/api/articles?draft=true', {
    method: 'POST',
    token,
    body: { title: '未审核的文章', lead: '草稿导语', column: 'notices', source: '测试', body: paragraphs(['草稿正文']), _status: 'draft' },
  })
  draftArticleSlug = draftArticle.body.doc.slug
  site = await buildSite()
})

describe('built site', () => {
  it('lists the published figures and none of the others', () => {
    const list = html('figures/index.html')
    for (const name of ['郝景全', '王改红', '站点新人']) expect(list).toContain(name)
    for (const name of ['站点草稿', '站点撤回']) expect(list).not.toContain(name)
  })

  it('has a detail page for each published figure and none for the others', () => {
    expect(existsSync(path.join(site, 'figures/hao-jing-quan/index.html'))).toBe(true)
    expect(existsSync(path.join(site, `figures/${fresh.slug}/index.html`))).toBe(true)
    expect(existsSync(path.join(site, `figures/${draft.slug}`))).toBe(false)
    expect(existsSync(path.join(site, `figures/${withdrawn.slug}`))).toBe(false)
  })

  it('detail pages are Chinese, mobile-ready, shareable and link to their leaflet', () => {
    const page = html('figures/hao-jing-quan/index.html')
    expect(page).toMatch(/<html lang="zh-CN">/)
    expect(page).toContain('name="viewport"')
    expect(page).toContain('<h1>郝景全</h1>')
    expect(page).toContain('又脏又臭变得干净整洁')
    expect(page).toContain('<meta property="og:title" content="最美疏导员 郝景全">')
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/xhl\.example\.cn\/media\/[\w-]+-1200x630\.jpg">/)
    expect(page).toContain('href="/print/figures/hao-jing-quan.pdf"')
    expect(page).toMatch(/<meta name="PubDate" content="\d{4}-\d{2}-\d{2} \d{2}:\d{2}">/)
    // Body text uses the phone's own fonts: no web font is downloaded for reading.
    expect(page).not.toMatch(/@font-face|\.woff2?/)
  })

  it('lists and shows the published articles with their source, and not the drafts', () => {
    const list = html('articles/index.html')
    expect(list).toContain('对标补差 重点突破')
    expect(list).not.toContain('未审核的文章')
    const page = html('articles/dui-biao-bu-cha-zhong-dian-tu-po/index.html')
    expect(page).toContain('<h1>对标补差 重点突破</h1>')
    expect(page).toContain('<meta name="ContentSource" content="杏花岭区创城办">')
    expect(page).toContain('来源：杏花岭区创城办')
    expect(existsSync(path.join(site, `articles/${draftArticleSlug}`))).toBe(false)
  })

  it('keeps a published figure’s old address working after its slug changed', () => {
    expect(html('figures/gai-zhi-ren-wu-xin/index.html')).toContain('<h1>改址人物</h1>')
    const old = html('figures/gai-zhi-ren-wu/index.html')
    expect(old).toMatch(/http-equiv="refresh" content="0;url=\/figures\/gai-zhi-ren-wu-xin\/"/)
  })

  it('serves the images the pages show from the site itself', () => {
    const page = html('figures/hao-jing-quan/index.html')
    const sources = [...page.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] as string)
    expect(sources.length).toBeGreaterThan(0)
    for (const src of sources) expect(existsSync(path.join(site, src))).toBe(true)
  })

  it('prints a leaflet for each published figure and none for the others', () => {
    expect(existsSync(path.join(site, 'print/figures/hao-jing-quan.pdf'))).toBe(true)
    expect(existsSync(path.join(site, `print/figures/${fresh.slug}.pdf`))).toBe(true)
    expect(existsSync(path.join(site, `print/figures/${draft.slug}.pdf`))).toBe(false)
    expect(existsSync(path.join(site, `print/figures/${withdrawn.slug}.pdf`))).toBe(false)
  })
})

describe('A5 leaflet PDF', () => {
  let pdf: Uint8Array
  beforeAll(async () => {
    pdf = new Uint8Array(await readFile(path.join(site, 'print/figures/hao-jing-quan.pdf')))
  })

  it('is two A5 pages with 3 mm bleed and a slug for crop marks, MediaBox, BleedBox and TrimBox set', async () => {
    const boxes = await pageBoxes(pdf)
    expect(boxes).toHaveLength(2)
    const mm = (box: number[] | null) => box?.map((value) => Number((value / MM).toFixed(1)))
    for (const { media, trim, bleed } of boxes) {
      // 148 × 210 trimmed, 3 mm bleed, 6 mm slug beyond it: the page is 166 × 228 mm.
      expect(mm(media)).toEqual([0, 0, 166, 228])
      expect(mm(bleed)).toEqual([6, 6, 160, 222])
      expect(mm(trim)).toEqual([9, 9, 157, 219])
    }
  })

  it('draws crop marks in the slug, outside the bleed, and no text outside the trim', async () => {
    const back = await rasterPage(pdf, 2, 600)
    // Top-left vertical mark on the trim line x = 9 mm: present in the slug, absent in the bleed.
    // Within 0.3 mm of where it belongs (Chromium rounds the page to whole CSS pixels).
    const near = [-0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]
    const darkest = (x: number, y: number) => Math.min(...near.map((dx) => back.at(x + dx, y)))
    expect(darkest(9, 3)).toBeLessThan(160)
    expect(darkest(9, 7.5)).toBeGreaterThan(240)
    // Bottom-right horizontal mark on y = 228 − 9 mm.
    expect(Math.min(...near.map((dy) => back.at(163, 219 + dy)))).toBeLessThan(160)
    expect(Math.min(...near.map((dy) => back.at(158, 219 + dy)))).toBeGreaterThan(240)
    const [x0, y0, x1, y1] = ((await pageBoxes(pdf))[0]?.trim ?? [0, 0, 0, 0]) as number[]
    for (const run of await textRuns(pdf)) {
      expect(run.x, run.text).toBeGreaterThanOrEqual((x0 as number) - 0.5)
      expect(run.y, run.text).toBeGreaterThanOrEqual((y0 as number) - 0.5)
      expect(run.x + run.width, run.text).toBeLessThanOrEqual((x1 as number) + 0.5)
      expect(run.y + run.height, run.text).toBeLessThanOrEqual((y1 as number) + 0.5)
    }
  })

  it('embeds every font as a subset, none as Type 3', async () => {
    const found = await fonts(pdf)
    expect(found.length).toBeGreaterThan(0)
    for (const font of found) {
      expect(font.subtype).not.toBe('Type3')
      expect(font.embedded).toBe(true)
      expect(font.baseFont).toMatch(/^[A-Z]{6}\+/)
    }
  })

  it('has extractable Chinese text on both sides', async () => {
    const [front, back] = await pageTexts(pdf)
    expect(front).toContain('郝景全')
    expect(front).toContain('最美疏导员')
    expect(back).toContain('区里和街道真是为我们办了件大好事')
    expect(back).toContain('扫码阅读全文')
  })

  it('carries a QR code that opens the figure’s page', async () => {
    expect(await decodeQr(pdf, 2)).toBe('https://xhl.example.cn/figures/hao-jing-quan/')
  })
})

describe('a failed build', () => {
  it('leaves the live site exactly as it was', async () => {
    const before = await readlink(site)
    await expect(buildSite({ CMS_URL: 'http://127.0.0.1:9' })).rejects.toThrow()
    expect(await readlink(site)).toBe(before)
    expect(existsSync(path.join(site, 'figures/index.html'))).toBe(true)
  })
})
