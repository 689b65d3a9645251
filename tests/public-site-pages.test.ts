/**
 * The public site's pages (issue 5), built from the demo content plus a notice and a place
 * published for these tests (tests/support/public-site.ts): every page type, filters
 * without JavaScript, regulations by article, area pages, the map link, share cards, the
 * Nu HTML Checker over a sample of every page type, the page-weight budgets and the sitemap.
 */
import { execFile } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, stack } from './support/cms.ts'
import { CONVENTION, closePublicSite, fileOf, html, servePublicSite } from './support/public-site.ts'

let siteUrl: string
let root: string
let sitemapPaths: string[]
let placeSlug: string

beforeAll(async () => {
  ;({ siteUrl, root, sitemapPaths, placeSlug } = await servePublicSite())
})

afterAll(closePublicSite)

describe('pages', () => {
  it('has a page for every content type and area, each in the sitemap and on disk', async () => {
    const areas = await api<{ docs: { slug: string }[] }>('/api/areas?limit=200&depth=0')
    const expected = [
      '/',
      '/figures/',
      '/figures/hao-jing-quan/',
      '/figures/kind/most-beautiful/',
      '/articles/',
      '/articles/column/campaign/',
      '/articles/dui-biao-bu-cha-zhong-dian-tu-po/',
      '/streets/',
      '/streets/hao-ren-jie/',
      '/places/',
      '/places/jian-he-xin-shi-dai-wen-ming-shi-jian-yuan/',
      '/places/level/park/',
      '/regulations/',
      `/regulations/${CONVENTION}/`,
      `/regulations/${CONVENTION}/articles/12/`,
      '/areas/',
      ...areas.body.docs.map((area) => `/areas/${area.slug}/`),
    ]
    for (const urlPath of expected) expect(sitemapPaths, urlPath).toContain(urlPath)
    for (const urlPath of sitemapPaths) expect(() => html(urlPath), urlPath).not.toThrow()
    for (const file of ['articles/rss.xml', 'robots.txt', '404.html', 'search/index.html']) expect(() => html(`/${file}`)).not.toThrow()
    expect(html('/404.html')).toContain('页面不存在')
    expect(html('/robots.txt')).toContain('Sitemap: https://xhl.example.cn/sitemap.xml')
  })

  it('shows notices, the public-service message, figures, streets and places on the home page', () => {
    const home = html('/')
    expect(home).toContain('通知公告')
    expect(home).toContain('公示测试通知')
    expect(home).toContain('讲文明 树新风 共建锦绣杏花岭')
    expect(home).toContain('郝景全')
    expect(home).toContain('/streets/')
    expect(home).toContain('/places/')
  })

  it('filters lists by kind, column, level, year and area as plain pages, no JavaScript needed', () => {
    const kind = html('/figures/kind/most-beautiful/')
    expect(kind).toContain('郝景全')
    expect(kind).toMatch(/<a href="\/figures\/kind\/most-beautiful\/" aria-current="page">/)
    const notices = html('/articles/column/notices/')
    expect(notices).toContain('公示测试通知')
    expect(notices).not.toContain('对标补差 重点突破')
    const stations = html('/places/level/station/')
    expect(stations).toContain('坐标测试实践站')
    expect(stations).not.toContain('涧河新时代文明实践园')
    const year = new Date().getFullYear()
    expect(html(`/articles/year/${year}/`)).toContain('公示测试通知')
    const area = sitemapPaths.find((urlPath) => /^\/articles\/area\/[^/]+\/$/.test(urlPath) && html(urlPath).includes('公示测试通知'))
    expect(area, 'an area filter page lists the notice').toBeTruthy()
  })

  it('gives every regulation article a stable anchor and its own shareable page', () => {
    const full = html(`/regulations/${CONVENTION}/`)
    expect(full).toContain('<nav class="toc" aria-label="目录">')
    expect(full).toContain('href="#zhang-2"')
    expect(full).toContain('id="tiao-12"')
    expect(full).toContain(`href="/regulations/${CONVENTION}/articles/12/"`)
    const single = html(`/regulations/${CONVENTION}/articles/12/`)
    expect(single).toContain('<h1>第十二条</h1>')
    expect(single).toContain('诚实守信')
    expect(single).toContain('第二章 文明行为')
    expect(single).toContain(`href="/regulations/${CONVENTION}/articles/11/"`)
    expect(single).toContain(`href="/regulations/${CONVENTION}/articles/13/"`)
    expect(single).toContain(`href="/regulations/${CONVENTION}/#tiao-12"`)
    expect(single).toContain(`https://xhl.example.cn/regulations/${CONVENTION}/articles/12/`)
  })

  it('opens a place in a map app from 到这里去, with its facilities and hours', () => {
    const page = html(`/places/${placeSlug}/`)
    const link = /<a class="download" href="([^"]+)"[^>]*>到这里去/.exec(page)?.[1]?.replaceAll('&amp;', '&')
    expect(link).toBeTruthy()
    const url = new URL(link as string)
    expect(url.origin).toBe('https://uri.amap.com')
    expect(url.searchParams.get('position')).toBe('112.5731,37.8912')
    expect(url.searchParams.get('coordinate')).toBe('wgs84')
    expect(page).toContain('每天 8:00–20:00')
    expect(page).toContain('凉亭')
    // Without coordinates the address is searched.
    const street = html('/streets/hao-ren-jie/')
    expect(street).toContain('https://uri.amap.com/search?keyword=')
  })

  it('gathers everything in an area on its page, including what lies in the areas below it', async () => {
    const areas = await api<{ docs: { slug: string; name: string }[] }>('/api/areas?where[name][equals]=涧河街道&depth=0')
    const jianhe = html(`/areas/${areas.body.docs[0]?.slug}/`)
    expect(jianhe).toContain('坐标测试实践站')
    expect(jianhe).toContain('公示测试通知')
    expect(jianhe).toContain('涧河新时代文明实践园')
    expect(html('/areas/')).toContain('涧河街道')
  })

  it('carries the government-site footer and meta tags, with times as YYYY-MM-DD HH:MM', () => {
    const page = html('/figures/hao-jing-quan/')
    expect(page).toContain('主办：杏花岭区创城办')
    expect(page).toContain('晋ICP备00000000号（示例）')
    expect(page).toContain('网站标识码：1401070000（示例）')
    for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource'])
      expect(page, name).toContain(`<meta name="${name}"`)
    expect(page).toMatch(/发布时间 <time datetime="[^"]+">\d{4}-\d{2}-\d{2} \d{2}:\d{2}<\/time>/)
  })
})

describe('share cards', () => {
  it('gives every page a title, a description and a 1200×630 picture the site serves', async () => {
    const sizes = new Map<string, string>()
    for (const urlPath of sitemapPaths) {
      const page = html(urlPath)
      expect(page, urlPath).toMatch(/<meta property="og:title" content="[^"]+">/)
      expect(page, urlPath).toMatch(/<meta name="description" content="[^"]+">/)
      const image = /<meta property="og:image" content="https:\/\/xhl\.example\.cn([^"]+)">/.exec(page)?.[1]
      expect(image, urlPath).toBeTruthy()
      if (!sizes.has(image as string)) {
        const meta = await sharp(fileOf(image as string)).metadata()
        sizes.set(image as string, `${meta.width}×${meta.height}`)
      }
      expect(sizes.get(image as string), `${urlPath} → ${image}`).toBe('1200×630')
    }
    // The section cards are drawn, not blank: the Chinese title stands out from the ground.
    const stats = await sharp(fileOf('/share/regulations.jpg')).stats()
    expect(stats.channels[1]?.stdev).toBeGreaterThan(20)
  })
})

describe('valid HTML (Nu HTML Checker)', () => {
  it('reports no errors on a sample of every page type', { timeout: 300_000 }, async () => {
    const sample = [
      '/',
      '/figures/',
      '/figures/kind/most-beautiful/',
      '/figures/hao-jing-quan/',
      '/articles/',
      '/articles/dui-biao-bu-cha-zhong-dian-tu-po/',
      '/streets/hao-ren-jie/',
      `/places/${placeSlug}/`,
      '/regulations/',
      `/regulations/${CONVENTION}/`,
      `/regulations/${CONVENTION}/articles/12/`,
      '/areas/',
      sitemapPaths.find((urlPath) => urlPath.startsWith('/areas/') && urlPath !== '/areas/') as string,
      '/search/',
      '/screen/',
      '/articles/column/campaign/',
      '/404.html',
    ]
    const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar')
    // A control page with a known error shows the checker really ran.
    const control = path.join(stack().workDir, 'public', 'vnu-control.html')
    await writeFile(control, '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div>坏</div></p></body></html>')
    const files = [...sample.map(fileOf), control]
    const { stdout, stderr } = await promisify(execFile)('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout: string; stderr: string }) => error)
    const messages = (JSON.parse(stderr || stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] })
      .messages
    const errors = messages.filter((message) => message.type === 'error')
    expect(errors.some((message) => message.url.endsWith('vnu-control.html'))).toBe(true)
    expect(
      errors.filter((message) => !message.url.endsWith('vnu-control.html')).map((message) => `${message.url}: ${message.message}`),
    ).toEqual([])
  })
})

describe('page weight budgets', () => {
  it('keeps a detail page under 40 KB compressed before images, with no external script, stylesheet or web font', () => {
    for (const urlPath of [
      '/figures/hao-jing-quan/',
      '/articles/dui-biao-bu-cha-zhong-dian-tu-po/',
      `/places/${placeSlug}/`,
      `/regulations/${CONVENTION}/articles/12/`,
    ]) {
      const page = html(urlPath)
      expect(gzipSync(page).length, urlPath).toBeLessThanOrEqual(40 * 1024)
      expect(page).not.toMatch(/<script[^>]+src=/)
      expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/)
      expect(page).not.toMatch(/@font-face|\.woff2?/)
    }
  })

  it('sets width and height on every image, serves WebP at the width shown, and loads list images lazily', async () => {
    for (const urlPath of ['/', '/figures/', '/figures/hao-jing-quan/', '/places/']) {
      const images = [...html(urlPath).matchAll(/<img [^>]+>/g)].map((match) => match[0])
      for (const image of images) {
        expect(image, urlPath).toMatch(/ width="\d+"/)
        expect(image, urlPath).toMatch(/ height="\d+"/)
      }
    }
    const cards = [...html('/figures/').matchAll(/<a class="card"[^>]*>\s*<img [^>]+>/g)].map((match) => match[0])
    expect(cards.length).toBeGreaterThan(1)
    for (const image of cards) {
      expect(image).toContain('loading="lazy"')
      // WebP in two widths; the phone picks one for its screen.
      expect(image).toMatch(/ src="\/media\/[^"]+\.webp"/)
      expect(image).toMatch(/ srcset="\/media\/\S+\.webp 240w, \/media\/\S+\.webp 640w"/)
      expect(image).toContain('sizes="104px"')
    }
  })

  it('is sent compressed to browsers that accept it', async () => {
    const response = await fetch(`${siteUrl}/figures/hao-jing-quan/`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toContain('<h1>郝景全</h1>')
    const image = await fetch(`${siteUrl}/share/home.jpg`, { headers: { 'accept-encoding': 'gzip' } })
    expect(image.headers.get('content-encoding')).toBeNull()
  })

  it('has no JavaScript beyond the 长者模式 switch on pages that need none', () => {
    const scripts = (urlPath: string) =>
      [...html(urlPath).matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] as string)
    for (const urlPath of ['/figures/', '/areas/', '/regulations/']) {
      const inline = scripts(urlPath)
      expect(inline.length, urlPath).toBe(2)
      expect(inline.join('').length, urlPath).toBeLessThan(2000)
      expect(inline.join(''), urlPath).toContain('xhl-elder')
    }
  })
})

describe('sitemap', () => {
  it('lists no page that is not built, and every built page meant to be found', async () => {
    const built: string[] = []
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue
      const relative = path.relative(root, path.join(entry.parentPath, entry.name))
      if (relative.startsWith('_build')) continue
      const content = await readFile(path.join(root, relative), 'utf8')
      if (content.includes('http-equiv="refresh"')) continue
      // Pages kept out of search engines on purpose (入户代填, /field/) are kept out of the sitemap too.
      if (/<meta name="robots" content="noindex/.test(content)) continue
      built.push(`/${relative.replace(/index\.html$/, '')}`)
    }
    expect(new Set(sitemapPaths)).toEqual(new Set(built))
  })
})
