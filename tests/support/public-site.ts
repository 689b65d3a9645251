/**
 * The public site residents use (tests/public-site-*.test.ts), built from the demo content
 * plus a notice and a place with coordinates published for these tests, served by the
 * site's own static server and read in a real Chromium.
 *
 * Each test file serves the site itself (`servePublicSite` in beforeAll, `closePublicSite`
 * in afterAll). The notice and the place are published once per test run (their slugs are
 * unique): a later file finds them and builds the same site.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { paragraphs } from '../../cms/seed/richText.ts'
import { run } from '../../ops/processes.ts'
import { createStaticServer } from '../../ops/serve.ts'
import { launchBrowser } from '../../site/print/browser.ts'
import { api, areaId, loginAsEditor, publishThroughReview, stack } from './cms.ts'

export const CONVENTION = 'xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li'
export const dirs = () => ({
  DATA_DIR: path.join(stack().workDir, 'public', 'data'),
  SITE_DIR: path.join(stack().workDir, 'public', 'dist'),
})

let site: http.Server
let siteUrl: string
let browser: Browser
let root: string

export const fileOf = (urlPath: string) => path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
export const html = (urlPath: string) => readFileSync(fileOf(urlPath), 'utf8')

/** The slug of the published document of `collection` whose `field` is `value`, if a test file before this one published it. */
async function publishedSlug(collection: string, field: string, value: string): Promise<string | undefined> {
  const { body } = await api<{ docs?: { slug: string }[] }>(
    `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`,
  )
  return body?.docs?.[0]?.slug
}

/** Publishes the notice and the place unless a test file before this one did; returns their slugs. */
async function publishTestItems(): Promise<{ noticeSlug: string; placeSlug: string }> {
  const token = await loginAsEditor()
  // A notice for the home page, and a place with coordinates and facilities.
  let noticeSlug = await publishedSlug('articles', 'title', '公示测试通知')
  let placeSlug = await publishedSlug('places', 'name', '坐标测试实践站')
  if (noticeSlug === undefined) {
    const notice = await api<{ doc: { id: number; slug: string } }>('/api/articles?draft=true', {
      method: 'POST',
      token,
      body: {
        title: '公示测试通知',
        lead: '居民可在社区查看公示内容。',
        column: 'notices',
        source: '杏花岭区创城办',
        areas: [await areaId('涧河街道')],
        body: paragraphs(['公示正文。']),
        _status: 'draft',
      },
    })
    noticeSlug = notice.body.doc.slug
    await publishThroughReview('articles', notice.body.doc.id)
  }
  if (placeSlug === undefined) {
    const facilities = await api<{ docs: { id: number; name: string }[] }>('/api/facilities?limit=100')
    const place = await api<{ doc: { id: number; slug: string } }>('/api/places?draft=true', {
      method: 'POST',
      token,
      body: {
        name: '坐标测试实践站',
        level: 'station',
        summary: '带坐标和设施的实践站。',
        openingHours: '每天 8:00–20:00',
        location: { address: '杏花岭区涧河街道测试路1号', lat: 37.8912, lng: 112.5731 },
        facilities: facilities.body.docs.filter((item) => ['座椅', '凉亭'].includes(item.name)).map((item) => item.id),
        area: await areaId('涧河街道'),
        _status: 'draft',
      },
    })
    placeSlug = place.body.doc.slug
    await publishThroughReview('places', place.body.doc.id)
  }
  return { noticeSlug, placeSlug }
}

/** The built site: its folder, the paths its sitemap lists, where it is served, a browser, and the slugs of the notice and the place. */
export interface PublicSite {
  root: string
  sitemapPaths: string[]
  siteUrl: string
  browser: Browser
  noticeSlug: string
  placeSlug: string
}

/** Publishes the test items, builds the site, serves it and launches Chromium; `closePublicSite` ends both. */
export async function servePublicSite(): Promise<PublicSite> {
  const { noticeSlug, placeSlug } = await publishTestItems()
  await run('tsx', ['ops/build-site.ts'], { ...process.env, ...stack().env, ...dirs() }, '构建网站')
  root = path.resolve(dirs().SITE_DIR)
  const sitemap = await readFile(path.join(root, 'sitemap.xml'), 'utf8')
  const sitemapPaths = [...sitemap.matchAll(/<loc>https:\/\/xhl\.example\.cn([^<]*)<\/loc>/g)].map((match) => match[1] as string)
  site = createStaticServer(dirs().SITE_DIR)
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  browser = await launchBrowser()
  return { root, sitemapPaths, siteUrl, browser, noticeSlug, placeSlug }
}

export async function closePublicSite(): Promise<void> {
  await browser?.close()
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()))
}

/** A phone-sized page that fails the test on a pop-up or a script error; opened at `urlPath` unless null. */
export async function open(urlPath: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const page = await context.newPage()
  page.on('dialog', () => {
    throw new Error(`a pop-up opened on ${page.url()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  if (urlPath !== null) {
    const response = await page.goto(`${siteUrl}${urlPath}`)
    expect(response?.status(), urlPath).toBe(200)
  }
  return page
}

const pageErrors: string[] = []
export const close = async (page: Page) => {
  await page.context().close()
  expect(pageErrors).toEqual([])
}
