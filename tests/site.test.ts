/** The built public site, built from a real CMS (its PDFs: print.test.ts). */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { readlink, realpath } from 'node:fs/promises'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '../cms/seed/richText.ts'
import type { Figure } from '../contract/payload-types.ts'
import { api, buildSite, createFigure, loginAsEditor, publishThroughReview, setStatus } from './support/cms.ts'
import { filesUnder } from './support/files.ts'

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

  it('detail pages are Chinese, mobile-ready, shareable and link to their print products', () => {
    const page = html('figures/hao-jing-quan/index.html')
    expect(page).toMatch(/<html lang="zh-CN">/)
    expect(page).toContain('name="viewport"')
    expect(page).toContain('<h1>郝景全</h1>')
    expect(page).toContain('又脏又臭变得干净整洁')
    expect(page).toContain('<meta property="og:title" content="最美疏导员 郝景全">')
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/xhl\.example\.cn\/media\/[\w-]+-1200x630\.jpg">/)
    expect(page).toContain('href="/print/figures/hao-jing-quan/leaflet-a5.pdf"')
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

  it('has a .br and a .gz copy beside each text file a server sends, and none beside what is compressed already', async () => {
    const root = await realpath(site)
    const files = (await filesUnder(root)).map((file) => path.relative(root, file)).filter((file) => !file.startsWith('_build/'))
    const present = new Set(files)
    const text = files.filter(
      (file) => /\.(html|css|js|json|xml|svg|webmanifest)$/.test(file) && statSync(path.join(root, file)).size >= 1024,
    )
    expect(text.length).toBeGreaterThan(50)
    for (const file of text) {
      const body = readFileSync(path.join(root, file))
      expect(brotliDecompressSync(readFileSync(path.join(root, `${file}.br`))).equals(body), file).toBe(true)
      expect(gunzipSync(readFileSync(path.join(root, `${file}.gz`))).equals(body), file).toBe(true)
    }
    const compressedAlready = files.filter((file) => /\.(pdf|jpe?g|png|webp|ico|pagefind|pf_[a-z]+)$/.test(file))
    expect(compressedAlready.some((file) => file.endsWith('.pdf'))).toBe(true)
    expect(compressedAlready.some((file) => file.includes('.pf_'))).toBe(true)
    for (const file of compressedAlready) expect(present.has(`${file}.br`) || present.has(`${file}.gz`), file).toBe(false)
  })

  it('prints a leaflet for each published figure and none for the others', () => {
    const leaflet = (slug: string) => path.join(site, `print/figures/${slug}/leaflet-a5.pdf`)
    expect(existsSync(leaflet('hao-jing-quan'))).toBe(true)
    expect(existsSync(leaflet(fresh.slug as string))).toBe(true)
    expect(existsSync(leaflet(draft.slug as string))).toBe(false)
    expect(existsSync(leaflet(withdrawn.slug as string))).toBe(false)
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
