/**
 * Output encoding on the web (the trust issue): with the XSS corpus published
 * (tests/support/xss-corpus.ts) and the site really built,
 *
 * - every built page is opened in Chromium with a `window.__xss` sentinel and a dialog
 *   listener: nothing runs, no element or handler is made from content, and each payload
 *   reads back literally (once decoded, never twice) where its field is shown;
 * - inline scripts carry no content (any JSON-LD parses with the payload as data) and no
 *   javascript: URL is ever linked;
 * - the RSS feed, the sitemap and every JSON file still parse with the payloads inside.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../site/lib/html.ts'
import type { PublicContent } from '../site/model/types.ts'
import { filesUnder } from './support/files.ts'
import { ids, LINK_URL, publishCorpus, removeCorpus, type Spot, spots } from './support/xss-corpus.ts'
import { closeXssSite, INSPECT, type Inspection, landings, openPage, problems, serveXssSite } from './support/xss-site.ts'

const MARKER = /XQ\d{3}/

/** Runs in the page: every image whose URL carries a marker (the uploaded file name), loaded eagerly: did it load? */
const LOAD_MARKED_IMAGES = `(async () => {
  const images = [...document.images].filter((image) => ((image.getAttribute('src') || '') + (image.getAttribute('srcset') || '')).includes('XQ'))
  return Promise.all(images.map(async (image) => {
    image.loading = 'eager'
    const loaded = await image.decode().then(() => true, () => false)
    return { src: image.getAttribute('src'), current: image.currentSrc, loaded: loaded && image.naturalWidth > 0 }
  }))
})()`

let site: string
let siteUrl: string
let content: PublicContent
let filename: string

const urlPathOf = (relative: string) => `/${relative.replace(/(^|\/)index\.html$/, '$1')}`

beforeAll(async () => {
  filename = await publishCorpus()
  ;({ site, siteUrl, content } = await serveXssSite())
}, 900_000)

afterAll(async () => {
  try {
    await closeXssSite()
  } finally {
    await removeCorpus()
  }
}, 120_000)

describe('built pages', () => {
  it('run nothing and show every payload literally, in Chromium, on every page that carries one', { timeout: 600_000 }, async () => {
    const files = (await filesUnder(site)).filter((file) => file.endsWith('.html') && !path.relative(site, file).startsWith('_build'))
    const { page, events } = await openPage()
    const failures: string[] = []
    const shownOn = new Map<string, number>()
    let opened = 0
    try {
      for (const file of files) {
        const source = await readFile(file, 'utf8')
        if (!MARKER.test(source)) continue
        const urlPath = urlPathOf(path.relative(site, file))
        const response = await page.goto(`${siteUrl}${urlPath}`, { waitUntil: 'load' })
        expect(response?.status(), urlPath).toBe(200)
        if (urlPath === '/screen/' || urlPath.startsWith('/search/')) await page.waitForLoadState('networkidle')
        opened++
        const inspection = (await page.evaluate(INSPECT)) as Inspection
        failures.push(...problems(urlPath, inspection, source))
        for (const spot of spots)
          if (landings(spot.inHref ? inspection.hrefs : inspection.texts, spot).includes('full'))
            shownOn.set(spot.marker, (shownOn.get(spot.marker) ?? 0) + 1)
        // The picture a chat app shows for the page exists under the name its (percent-encoded) address decodes to.
        const shareImage = /<meta property="og:image" content="([^"]+)"/.exec(source)?.[1] ?? ''
        if (!existsSync(path.join(site, decodeURIComponent(new URL(shareImage).pathname))))
          failures.push(`${urlPath}: og:image ${shareImage} is not in the site`)
        // The uploaded file whose name is a payload is served and shown wherever it is used.
        if (source.includes(filename.slice(0, 5))) {
          for (const image of (await page.evaluate(LOAD_MARKED_IMAGES)) as { src: string; current: string; loaded: boolean }[])
            if (!image.loaded) failures.push(`${urlPath}: image ${image.src} (${image.current}) did not load`)
        }
      }
      failures.push(...events)
      // The check can fail: the same payloads written into a page unescaped are caught.
      // (The entity first: an unclosed <iframe would take what follows as raw text.)
      const control = spots
        .filter((spot) => spot.field.startsWith('人物 事迹'))
        .sort((a, b) => Number(b.payload === 'entity') - Number(a.payload === 'entity'))
      const source = `<!doctype html><title>对照</title>${control.map((spot) => `<p>${spot.text}</p>`).join('')}`
      // A blank document, not the site's: its Content-Security-Policy would stop the control's scripts too.
      await page.goto('about:blank')
      await page.setContent(source)
      const caught = problems('对照', (await page.evaluate(INSPECT)) as Inspection, source)
      expect(caught).toContain('对照: window.__xss was set')
      expect(caught.filter((item) => /<(svg onload|iframe|script)/.test(item)).length).toBeGreaterThanOrEqual(3)
      const entity = control.find((spot) => spot.payload === 'entity') as Spot
      expect(caught).toContainEqual(expect.stringContaining(`(${entity.marker}) not shown literally`))
    } finally {
      await page.context().close()
    }
    expect(failures).toEqual([])
    // Every page: the settings' payloads are in every page's title, header and footer.
    expect(opened).toBe(files.length)
    const missing = spots.filter((spot) => spot.shown.includes('html') && !shownOn.has(spot.marker)).map((spot) => spot.field)
    expect(missing).toEqual([])
  })

  it('keep content out of inline scripts; JSON-LD, where there is any, parses with the payload as data', async () => {
    const files = (await filesUnder(site)).filter((file) => file.endsWith('.html'))
    const { page } = await openPage()
    let scripts = 0
    try {
      for (const file of files) {
        // Parsed as a browser parses the page (DOMParser runs nothing): `<` inside a quoted attribute is text, not a tag.
        const found = await page.evaluate(
          (source) =>
            [...new DOMParser().parseFromString(source, 'text/html').scripts].map((script) => ({
              type: script.type,
              body: script.textContent ?? '',
            })),
          await readFile(file, 'utf8'),
        )
        for (const { type, body } of found) {
          scripts++
          if (/^application\/(ld\+)?json$/i.test(type)) {
            const data = JSON.stringify(JSON.parse(body))
            for (const spot of spots) if (data.includes(spot.marker)) expect(data, file).toContain(JSON.stringify(spot.text).slice(1, -1))
            continue
          }
          expect(body, path.relative(site, file)).not.toMatch(/XQ\d{3}|__xss/)
        }
      }
    } finally {
      await page.context().close()
    }
    expect(scripts).toBeGreaterThan(100)
  })

  it('link no javascript: URL, from rich text or anywhere else', async () => {
    const files = (await filesUnder(site)).filter((file) => /\.(html|xml|json)$/.test(file))
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      expect(source, path.relative(site, file)).not.toMatch(
        /\s(href|src|action|formaction|srcset|poster|cite|data)\s*=\s*["']?\s*javascript:/i,
      )
      expect(source, path.relative(site, file)).not.toMatch(/url=\s*javascript:/i)
    }
    // The rich-text links themselves are there, their address one escaped attribute value.
    const figure = await readFile(
      path.join(site, 'figures', content.figures.find((item) => item.id === ids.figure)?.slug ?? '', 'index.html'),
      'utf8',
    )
    const linkSpot = spots.find((spot) => spot.field === '人物 事迹 链接文字') as Spot
    expect(figure).toContain(`<a href="${escapeHtml(LINK_URL)}" target="_blank" rel="noopener noreferrer">${linkSpot.marker}`)
  })
})

describe('feeds', () => {
  it('keeps RSS and the sitemap well-formed XML and every JSON file valid, with the payloads inside', async () => {
    const { page, events } = await openPage()
    try {
      await page.goto(`${siteUrl}/robots.txt`)
      const parse = (xml: string) =>
        page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'application/xml')
          const error = doc.querySelector('parsererror')
          return {
            error: error?.textContent ?? null,
            items: [...doc.querySelectorAll('item')].map((item) => ({
              title: item.querySelector('title')?.textContent ?? '',
              description: item.querySelector('description')?.textContent ?? '',
            })),
            channel: doc.querySelector('channel > title')?.textContent ?? '',
            locs: doc.querySelectorAll('loc').length,
          }
        }, xml)
      const sitemap = await parse(await readFile(path.join(site, 'sitemap.xml'), 'utf8'))
      expect(sitemap.error).toBeNull()
      expect(sitemap.locs).toBeGreaterThan(50)
      const rss = await parse(await readFile(path.join(site, 'articles', 'rss.xml'), 'utf8'))
      expect(rss.error).toBeNull()
      // XML 1.0 cannot carry some control characters (a vertical tab): the feed leaves them out.
      const xmlText = (value: string) =>
        [...value]
          .filter((char) => {
            const code = char.codePointAt(0) ?? 0
            return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
          })
          .join('')
      const titles = rss.items.map((item) => item.title)
      const descriptions = rss.items.map((item) => item.description)
      for (const field of ['文章 标题', '文章2 标题']) {
        const spot = spots.find((candidate) => candidate.field === field) as Spot
        expect(landings(titles, { ...spot, text: xmlText(spot.text) }), field).toContain('full')
      }
      for (const field of ['文章 导语', '文章2 导语']) {
        const spot = spots.find((candidate) => candidate.field === field) as Spot
        expect(landings(descriptions, { ...spot, text: xmlText(spot.text) }), field).toContain('full')
      }
      const siteName = spots.find((spot) => spot.field === '网站设置 网站名称') as Spot
      expect(rss.channel.startsWith(siteName.text)).toBe(true)
    } finally {
      await page.context().close()
    }
    expect(events).toEqual([])
    // Every JSON file parses: the screen's slides carry the payloads as data.
    const json = (await filesUnder(site)).filter((file) => file.endsWith('.json'))
    expect(json.length).toBeGreaterThan(3)
    for (const file of json) expect(() => JSON.parse(readFileSync(file, 'utf8')), path.relative(site, file)).not.toThrow()
    const slides = JSON.parse(await readFile(path.join(site, 'screen', 'slides.json'), 'utf8')) as {
      slides: { title: string; kicker: string; text: string }[]
    }
    const values = slides.slides.flatMap((slide) => [slide.title, slide.kicker, slide.text])
    for (const field of ['人物 姓名', '人物2 姓名', '人物 一句话简介', '街巷 名称', '阵地 地址', '文章 标题']) {
      const spot = spots.find((candidate) => candidate.field === field) as Spot
      const read = landings(values, spot)
      expect(read, field).toContain('full')
      expect(read, field).not.toContain('mangled')
    }
  })
})
