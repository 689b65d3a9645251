/**
 * The residents' finish (issue 17), walked through on a 390 px phone in a real Chromium
 * against the built demo site: clean search excerpts with results first, 朗读 at the top
 * that explains itself, a regulation article's copy control, one-line breadcrumbs, no
 * print-shop wording for residents, 到这里去 that finds the place, tall enough links, the
 * icon, the home page's search box, notices and feed, and WeChat's 200 % font setting.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONVENTION, close, closePublicSite, html, open, servePublicSite } from './support/public-site.ts'

let siteUrl: string
let browser: Browser
let root: string
let sitemapPaths: string[]
let noticeSlug: string
let placeSlug: string

beforeAll(async () => {
  ;({ siteUrl, browser, root, sitemapPaths, noticeSlug, placeSlug } = await servePublicSite())
})

afterAll(closePublicSite)

const PHONE = { width: 390, height: 844 }
const ARTICLE_12 = `/regulations/${CONVENTION}/articles/12/`
/** A page of each kind residents read. */
const SAMPLE = [
  '/',
  '/figures/hao-jing-quan/',
  '/streets/cheng-xin-jie/',
  ARTICLE_12,
  `/regulations/${CONVENTION}/`,
  '/places/',
  '/articles/',
]

/** A phone page with its own context options (permissions, scripts run before the page's). */
async function phone(urlPath: string, options: BrowserContextOptions = {}, before?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', ...options })
  if (before) await context.addInitScript(before)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('close', () => expect(errors).toEqual([]))
  expect((await page.goto(`${siteUrl}${urlPath}`))?.status(), urlPath).toBe(200)
  return page
}

describe('search on a phone', () => {
  const QUERIES = ['文明', '郝景全', '诚信', '第十二条', '涧河', '实践园', '好人', '养犬', '公示']

  it('shows excerpts of clean text, with no internal id in any of them', async () => {
    // An id-like token: a run of 8+ Latin letters, digits, _ or - that mixes letters and digits, or 16+ of them.
    const ID = /(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{8,}|[\w-]{16,}/
    const page = await open(null)
    try {
      for (const query of QUERIES) {
        await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
        await page.waitForFunction(() => /^(找到|没有找到)/.test(document.getElementById('search-status')?.textContent ?? ''))
        const excerpts = await page.locator('#search-results li p').allTextContents()
        expect(excerpts.length, query).toBeGreaterThan(0)
        for (const excerpt of excerpts) expect(excerpt, `${query}: ${excerpt}`).not.toMatch(ID)
      }
    } finally {
      await close(page)
    }
  })

  it('puts the results in the first screen and the facets after them', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('涧河')}`)
    try {
      await page.waitForSelector('#search-results li')
      await page.waitForSelector('#search-facets fieldset')
      const first = await page.locator('#search-results li').first().boundingBox()
      expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height - 100)
      const facets = await page.locator('#search-facets').boundingBox()
      const last = await page.locator('#search-results li').last().boundingBox()
      expect(facets?.y ?? 0).toBeGreaterThan((last?.y ?? 0) + (last?.height ?? 0) - 1)
      // The count links to the facets, and a facet still narrows the results.
      await page.getByRole('link', { name: '按类型、区域筛选' }).click()
      await Promise.all([page.waitForURL(/type=/), page.getByLabel(/^文明实践阵地（\d+）$/).check()])
      await page.waitForSelector('#search-results li')
      const urls = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
      for (const url of urls) expect(url).toMatch(/^\/places\//)
      expect(await page.locator('#search-status a').textContent()).toBe('筛选：文明实践阵地')
    } finally {
      await close(page)
    }
  })
})

describe('朗读 (read aloud)', () => {
  const STORIES = ['/figures/hao-jing-quan/', '/streets/cheng-xin-jie/', ARTICLE_12, '/articles/dui-biao-bu-cha-zhong-dian-tu-po/']
  /** Chromium's voices replaced by the page's TEST_VOICES (a machine's own voices would make the test depend on it). */
  const installTestVoices = () => {
    const list = (window as unknown as { TEST_VOICES: unknown[] }).TEST_VOICES
    window.speechSynthesis.getVoices = () => list as SpeechSynthesisVoice[]
  }
  const voices = (list: { lang: string; name: string }[]) => `window.TEST_VOICES = ${JSON.stringify(list)}`

  it('has its controls above the story, in the first screen even in 特大字', async () => {
    for (const urlPath of STORIES) {
      for (const elder of ['', '2']) {
        const page = await phone(urlPath, {}, undefined)
        try {
          if (elder) {
            await page.evaluate(() => localStorage.setItem('xhl-elder', '2'))
            await page.reload()
          }
          const controls = await page.locator('.read-aloud').boundingBox()
          const story = await page.locator('#reading :is(.lead, .story, .clause-text)').first().boundingBox()
          expect(controls, urlPath).not.toBeNull()
          expect((controls?.y ?? 0) + (controls?.height ?? 0), `${urlPath} ${elder}`).toBeLessThanOrEqual(story?.y ?? 0)
          expect(controls?.y ?? Number.POSITIVE_INFINITY, `${urlPath} ${elder}`).toBeLessThan(PHONE.height)
        } finally {
          await page.context().close()
        }
      }
    }
  })

  it('says so where the browser has no Chinese voice, and where it cannot speak at all', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
    await context.addInitScript({ content: voices([{ lang: 'en-US', name: 'English' }]) })
    await context.addInitScript(installTestVoices)
    const page = await context.newPage()
    await page.goto(`${siteUrl}/figures/hao-jing-quan/`)
    const note = page.locator('.read-aloud-note')
    await expect.poll(() => note.isVisible(), { timeout: 5000 }).toBe(true)
    expect(await note.textContent()).toContain('没有找到中文语音')
    expect(await page.getByRole('button', { name: '朗读全文' }).isVisible()).toBe(true)
    await context.close()

    const mute = await phone('/figures/hao-jing-quan/', {}, () => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined })
    })
    expect(await mute.locator('.read-aloud-note').textContent()).toContain('这个浏览器不能朗读')
    expect(await mute.locator('.read-aloud-note').isVisible()).toBe(true)
    expect(await mute.getByRole('button', { name: '朗读全文' }).isVisible()).toBe(false)
    await mute.context().close()
  })

  it('with a Chinese voice, reads the story, not its own buttons', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })
    await context.addInitScript({ content: voices([{ lang: 'zh-CN', name: '普通话' }]) })
    await context.addInitScript(installTestVoices)
    await context.addInitScript(() => {
      const spoken: { text: string; voice: string | undefined }[] = []
      ;(window as unknown as { spoken: typeof spoken }).spoken = spoken
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push({ text: utterance.text, voice: (utterance as unknown as { voice?: { name: string } }).voice?.name })
      }
    })
    const page = await context.newPage()
    // A voice object that is not Chromium's own cannot be set on an utterance: the page copes.
    await page.goto(`${siteUrl}${ARTICLE_12}`)
    await page.waitForTimeout(1800)
    expect(await page.locator('.read-aloud-note').isVisible()).toBe(false)
    await page.getByRole('button', { name: '朗读全文' }).click()
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken)
    expect(spoken[0]?.text).toContain('诚实守信')
    expect(spoken[0]?.text).not.toContain('朗读全文')
    expect(spoken[0]?.text).not.toContain('暂停')
    await context.close()
  })
})

describe('a regulation article on a phone', () => {
  it('copies its link with one tap instead of printing the address as text', async () => {
    const page = await phone(ARTICLE_12, { permissions: ['clipboard-read', 'clipboard-write'] })
    try {
      // What is shown (innerText): the <noscript> fallback holds the address for browsers without scripts.
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is asserted
      const body = await page.locator('main').innerText()
      expect(body).not.toContain('https://xhl.example.cn/')
      await page.getByRole('button', { name: '复制本条链接' }).click()
      await expect.poll(() => page.locator('.share-note').textContent()).toContain('已复制')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://xhl.example.cn${ARTICLE_12}`)
    } finally {
      await page.context().close()
    }
  })

  it('keeps breadcrumbs on one line, normal and 特大字, on every page that has them', async () => {
    const page = await open(null)
    try {
      const withCrumbs = sitemapPaths.filter((urlPath) => html(urlPath).includes('class="breadcrumb"'))
      expect(withCrumbs.length).toBeGreaterThan(20)
      for (const elder of ['', '2']) {
        for (const urlPath of withCrumbs) {
          await page.goto(`${siteUrl}${urlPath}`)
          if (elder) await page.evaluate((mode) => (document.documentElement.dataset.elder = mode), elder)
          const tops = await page
            .locator('.breadcrumb li')
            .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)))
          expect(new Set(tops).size, `${urlPath} ${elder}: ${tops}`).toBe(1)
          const box = await page.locator('.breadcrumb ol').boundingBox()
          expect(box?.height, urlPath).toBeLessThanOrEqual(elder ? 62 : 46)
          expect(await page.evaluate(() => document.documentElement.scrollWidth), urlPath).toBeLessThanOrEqual(PHONE.width)
        }
      }
    } finally {
      await close(page)
    }
  })
})

describe('what residents read', () => {
  it('has no print-shop wording outside 打印与下载', async () => {
    const SHOP = /出血|裁切|印刷厂|CMYK|dpi|骑马订|PDF\/X/
    for (const urlPath of sitemapPaths.filter((item) => !item.startsWith('/print/'))) {
      const text = html(urlPath).replace(/<[^>]+>/g, ' ')
      expect(text, urlPath).not.toMatch(SHOP)
    }
    // Community workers still find it where they print.
    expect(html('/print/')).toMatch(/出血/)
  })

  it('sends 到这里去 to the place, not to the middle of its area', async () => {
    const keyword = (urlPath: string) => {
      const link = /<a class="download" href="([^"]+)"[^>]*>到这里去/.exec(html(urlPath))?.[1]?.replaceAll('&amp;', '&')
      return new URL(link as string)
    }
    // Addresses that name only the 街道 or 片区: the place's own name is searched.
    for (const slug of ['jian-he-bian-min-fu-wu-zhan', 'jian-he-xin-shi-dai-wen-ming-shi-jian-yuan']) {
      const name = /<h1>([^<]+)<\/h1>/.exec(html(`/places/${slug}/`))?.[1]
      expect(html(`/places/${slug}/`)).toMatch(/<dt>地址<\/dt><dd>[^<]*(街道|片区)<\/dd>/)
      expect(keyword(`/places/${slug}/`).searchParams.get('keyword'), slug).toBe(name)
    }
    // A street address with its lane is searched as it is; coordinates make a marker named after the place.
    expect(keyword('/streets/cheng-xin-jie/').searchParams.get('keyword')).toBe('杏花岭区三桥街道桃园片区门诊前巷三条')
    const marker = keyword(`/places/${placeSlug}/`)
    expect(marker.pathname).toBe('/marker')
    expect(marker.searchParams.get('name')).toBe('坐标测试实践站')
    const baidu = /<a href="(https:\/\/api\.map\.baidu\.com[^"]+)"/
      .exec(html('/places/jian-he-bian-min-fu-wu-zhan/'))?.[1]
      ?.replaceAll('&amp;', '&')
    expect(new URL(baidu as string).searchParams.get('query')).toBe(
      /<h1>([^<]+)<\/h1>/.exec(html('/places/jian-he-bian-min-fu-wu-zhan/'))?.[1],
    )
  })

  it('makes every link at least 44 px tall, inline ones included', async () => {
    const page = await open(null)
    try {
      for (const urlPath of [...SAMPLE, `/places/${placeSlug}/`, `/articles/${noticeSlug}/`, '/print/', '/print/figures/']) {
        await page.goto(`${siteUrl}${urlPath}`)
        const small = await page.locator('a').evaluateAll((links) =>
          links
            .filter((link) => link.getClientRects().length > 0 && link.className !== 'skip-link')
            .map((link) => ({ text: link.textContent?.trim().slice(0, 16), height: link.getBoundingClientRect().height }))
            .filter((link) => link.height < 44),
        )
        expect(small, urlPath).toEqual([])
      }
    } finally {
      await close(page)
    }
  })

  it('has an icon: linked from every page, as SVG, ICO and a 180 px home-screen PNG', async () => {
    for (const urlPath of SAMPLE) expect(html(urlPath)).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/)
    const get = async (file: string) => {
      const response = await fetch(`${siteUrl}/${file}`)
      expect(response.status, file).toBe(200)
      return { type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) }
    }
    expect((await get('favicon.svg')).type).toMatch(/image\/svg\+xml/)
    const ico = await get('favicon.ico')
    expect([...ico.bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(ico.bytes.readUInt16LE(4)).toBe(3)
    expect(html('/')).toContain('<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"')
    const touch = await sharp((await get('apple-touch-icon.png')).bytes).metadata()
    expect([touch.format, touch.width, touch.height]).toEqual(['png', 180, 180])
    // Filled to the corners: iOS paints a home-screen icon's transparent corners black.
    expect((await sharp((await get('apple-touch-icon.png')).bytes).stats()).isOpaque).toBe(true)
    expect(await readFile(path.join(root, 'favicon.ico'))).toEqual(ico.bytes)
  })
})

describe('the home page', () => {
  it('has a search box and the notices in the first screen, and a feed to subscribe to', async () => {
    const page = await open('/')
    try {
      const search = await page.getByRole('searchbox').boundingBox()
      expect(search?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(PHONE.height / 2)
      const notice = page.locator(`.notices a[href="/articles/${noticeSlug}/"]`)
      const box = await notice.boundingBox()
      expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)
      expect(await page.locator('.notices time').first().textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
      expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe('/articles/rss.xml')
      expect(await page.getByRole('link', { name: '订阅文章（RSS）' }).getAttribute('href')).toBe('/articles/rss.xml')
      await page.getByRole('searchbox').fill('郝景全')
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.getByRole('searchbox').press('Enter')])
      await page.waitForSelector('#search-results a[href="/figures/hao-jing-quan/"]')
    } finally {
      await close(page)
    }
  })
})

describe('WeChat at 200 % font size', () => {
  it('follows the reader’s setting (as WeChat sets it) without breaking the layout', async () => {
    for (const where of ['body', 'html']) {
      const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true })
      await context.addInitScript({
        content: `document.addEventListener('DOMContentLoaded', () => document.${where === 'body' ? 'body' : 'documentElement'}.style.setProperty('-webkit-text-size-adjust', '200%', 'important'))`,
      })
      const page = await context.newPage()
      const plain = await (await browser.newContext({ viewport: PHONE })).newPage()
      try {
        for (const urlPath of [...SAMPLE, '/search/', `/places/${placeSlug}/`]) {
          await page.goto(`${siteUrl}${urlPath}`)
          await plain.goto(`${siteUrl}${urlPath}`)
          const size = (target: Page) =>
            target.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main') as Element).fontSize))
          expect((await size(page)) / (await size(plain)), `${where} ${urlPath}`).toBeGreaterThan(1.9)
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where} ${urlPath}`).toBeLessThanOrEqual(PHONE.width)
          // The header's name and buttons do not overlap one another.
          const boxes = await page
            .locator('.site-name, .elder-controls button:not([hidden]), .site-nav a')
            .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect))
          for (const [index, a] of boxes.entries())
            for (const b of boxes.slice(index + 1))
              expect(a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1, urlPath).toBe(true)
        }
      } finally {
        await plain.context().close()
        await context.close()
      }
    }
  })
})
