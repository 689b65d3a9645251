/**
 * The public site residents use (issue 5), built from the demo content plus a few items
 * published here, served by the site's own static server and read in a real Chromium:
 * every page type, filters without JavaScript, regulations by article, area pages, the
 * map link, search recall, 长者模式 measured in the browser, axe over every sitemap URL,
 * the Nu HTML Checker over a sample of every page type, and the page-weight budgets.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import type http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '../cms/seed/richText.ts'
import { run } from '../ops/processes.ts'
import { createStaticServer } from '../ops/serve.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { api, areaId, loginAsEditor, publishThroughReview, stack } from './support/cms.ts'
import { searchHits } from './support/search.ts'

const CONVENTION = 'xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li'
const dirs = () => ({ DATA_DIR: path.join(stack().workDir, 'public', 'data'), SITE_DIR: path.join(stack().workDir, 'public', 'dist') })

let site: http.Server
let siteUrl: string
let browser: Browser
let root: string
let sitemapPaths: string[]
let placeSlug: string
let noticeSlug: string

const fileOf = (urlPath: string) => path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath)
const html = (urlPath: string) => readFileSync(fileOf(urlPath), 'utf8')

beforeAll(async () => {
  const token = await loginAsEditor()
  // A notice for the home page, and a place with coordinates and facilities.
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

  await run('tsx', ['ops/build-site.ts'], { ...process.env, ...stack().env, ...dirs() }, '构建网站')
  root = path.resolve(dirs().SITE_DIR)
  const sitemap = await readFile(path.join(root, 'sitemap.xml'), 'utf8')
  sitemapPaths = [...sitemap.matchAll(/<loc>https:\/\/xhl\.example\.cn([^<]*)<\/loc>/g)].map((match) => match[1] as string)
  site = createStaticServer(dirs().SITE_DIR)
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()))
})

/** A phone-sized page that fails the test on a pop-up or a script error; opened at `urlPath` unless null. */
async function open(urlPath: string | null): Promise<Page> {
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
const close = async (page: Page) => {
  await page.context().close()
  expect(pageErrors).toEqual([])
}

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

describe('search', () => {
  /** URLs the site's search page lists for a query, in Chromium against the built index. */
  async function found(query: string): Promise<string[]> {
    const page = await open(null)
    try {
      return (await searchHits(page, siteUrl, query)).map((hit) => hit.href)
    } finally {
      await close(page)
    }
  }

  const RECALL: [string, string][] = [
    ['郝景全', '/figures/hao-jing-quan/'],
    ['王改红', '/figures/wang-gai-hong/'],
    ['最美厨娘', '/figures/wang-gai-hong/'],
    ['诚信', '/streets/cheng-xin-jie/'],
    ['好人街', '/streets/hao-ren-jie/'],
    ['门诊前巷三条', '/streets/cheng-xin-jie/'],
    ['杏林一条', '/streets/jia-shi-jia-feng-jie/'],
    ['实践园', '/places/jian-he-xin-shi-dai-wen-ming-shi-jian-yuan/'],
    ['第十二条', `/regulations/${CONVENTION}/articles/12/`],
    ['文明养犬', `/regulations/${CONVENTION}/articles/11/`],
    ['对标补差', '/articles/dui-biao-bu-cha-zhong-dian-tu-po/'],
    ['公示测试通知', '/articles/'],
  ]

  it.each(RECALL)('finds %s', async (query, expected) => {
    const urls = await found(query)
    if (expected === '/articles/') expect(urls).toContain(`/articles/${noticeSlug}/`)
    else expect(urls).toContain(expected)
  })

  it('narrows results by type and area facets', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('涧河')}`)
    try {
      await page.waitForSelector('#search-facets fieldset')
      const facets = await page.locator('#search-facets legend').allTextContents()
      expect(facets).toEqual(['按类型筛选', '按区域筛选'])
      await Promise.all([page.waitForURL(/type=/), page.getByLabel(/^文明实践阵地（\d+）$/).check()])
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'))
      const urls = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      expect(urls.length).toBeGreaterThan(0)
      for (const url of urls) expect(url).toMatch(/^\/places\//)
    } finally {
      await close(page)
    }
  })
})

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
  it('lists no page that is not built, and every built page', async () => {
    const built: string[] = []
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue
      const relative = path.relative(root, path.join(entry.parentPath, entry.name))
      if (relative.startsWith('_build')) continue
      const content = await readFile(path.join(root, relative), 'utf8')
      if (content.includes('http-equiv="refresh"')) continue
      built.push(`/${relative.replace(/index\.html$/, '')}`)
    }
    expect(new Set(sitemapPaths)).toEqual(new Set(built))
  })
})

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
