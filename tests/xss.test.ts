/**
 * Output encoding (the trust issue): a corpus of XSS payloads — script tags, attribute,
 * <script> and <style> breakers, javascript: URLs, a template expression, an iframe, an
 * entity that must stay literal, U+2028/U+2029 and a control character — goes into every
 * text field residents can see: figures, streets, places, articles, regulations,
 * handbooks, an area, a facility, media alt text and captions, an uploaded image's file
 * name and the site settings, rich-text paragraphs, headings, quotes, lists and link URLs
 * included. Each payload carries its own marker (XQ + 3 digits) and everything is
 * published through review. After a real build:
 *
 * - every built page is opened in Chromium with a `window.__xss` sentinel and a dialog
 *   listener: nothing runs, no element or handler is made from content, and each payload
 *   reads back literally (once decoded, never twice) where its field is shown;
 * - inline scripts carry no content (any JSON-LD parses with the payload as data) and no
 *   javascript: URL is ever linked;
 * - share cards and every print piece (poster, leaflet, sign, handbook) are laid out in a
 *   real press page with the same sentinel, and the built share cards are those drawings;
 * - the PDFs print the payloads as text, search shows them as text, and the RSS feed, the
 *   sitemap and every JSON file still parse with the payloads inside.
 *
 * Where a CMS validator refuses a payload, it does so with a 400 and a Chinese message.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer } from '../ops/serve.ts'
import { escapeHtml } from '../site/lib/html.ts'
import { loadSnapshot } from '../site/loaders/cms.ts'
import { figureSubject, signsOf, venueSubject } from '../site/model/printSubjects.ts'
import { publicContent } from '../site/model/publicContent.ts'
import type { PublicContent } from '../site/model/types.ts'
import { launchBrowser } from '../site/print/browser.ts'
import { handbookLayout } from '../site/print/layouts/handbook.ts'
import { leafletJob } from '../site/print/layouts/leaflet.ts'
import { posterJob } from '../site/print/layouts/poster.ts'
import { signJob } from '../site/print/layouts/sign.ts'
import { PRINT_ORIGIN } from '../site/print/primitives.ts'
import { PressPool, type PrintJob } from '../site/print/render.ts'
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardJob } from '../site/print/share.ts'
import { SHARE_SECTIONS } from '../site/settings.ts'
import { api, buildSite, login, loginAsEditor, publishThroughReview, removeDocument, stack } from './support/cms.ts'
import { filesUnder } from './support/files.ts'
import { pageTexts } from './support/pdf.ts'
import { searchHits } from './support/search.ts'

/**
 * The address of every rich-text link: one the CMS accepts (https, no spaces) that breaks
 * out of an unescaped href. `javascript:` links are refused when saved (see the refusals).
 */
const LINK_URL = 'https://xhl.example.cn/?q="><img/src=x/onerror=window.__xss=1>'

/** The corpus. Every payload that runs sets `window.__xss`; none may. */
const PAYLOADS = {
  script: '<script>window.__xss=1</script>',
  img: '"><img src=x onerror=window.__xss=1>',
  svg: "'><svg onload=window.__xss=1>",
  // Breaks out of an inline <script> (JSON-LD, inline JSON).
  json: '</script><script>window.__xss=1</script>',
  jsUrl: 'javascript:window.__xss=1',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  iframe: '<iframe srcdoc="<script>parent.__xss=1</script>">',
  attr: '" autofocus onfocus=window.__xss=1 x="',
  // Must show as these 40-odd characters, not be decoded a second time into a tag.
  entity: '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  style: '</style><svg onload=window.__xss=1>',
  // Line and paragraph separators (which end a JavaScript string literal in old engines)
  // and a vertical tab (Word's manual line break), which XML 1.0 does not allow.
  lines: '\u2028\u000b<img src=x onerror=window.__xss=1>\u2029',
  // Short forms for fields of 24 to 30 characters.
  shortSvg: '<svg onload=__xss=1>',
  shortAttr: "'><svg onload=__xss=1>",
  shortEntity: '&lt;script&gt;',
  tiny: '<i onclick=__xss=1>',
} as const
type PayloadName = keyof typeof PAYLOADS

const MARKER = /XQ\d{3}/
/** Where a field is expected to show in full: the built pages, the PDFs, the search results. */
type Surface = 'html' | 'pdf' | 'search'

interface Spot {
  marker: string
  /** The marker and the payload, exactly as stored: what must read back literally. */
  text: string
  field: string
  payload: PayloadName
  shown: Surface[]
  /** A rich-text link around this text pointed at this URL. */
  linkUrl?: string
  /** The value is a link (the 公益广告's), read back from the href. */
  inHref?: boolean
}

const spots: Spot[] = []

/** Registers a payload for a field, tagged with the next marker, and returns the field's value. */
function put(field: string, payload: PayloadName, shown: Surface[], linkUrl?: string): string {
  const marker = `XQ${String(spots.length + 1).padStart(3, '0')}`
  const value = PAYLOADS[payload]
  const text = /^\w/.test(value) ? `${marker} ${value}` : `${marker}${value}`
  spots.push({ marker, text, field, payload, shown, linkUrl })
  return text
}

// Lexical editor state, in the shape the admin editor saves.
type Node = Record<string, unknown>
const text = (value: string, format = 0): Node => ({ type: 'text', detail: 0, format, mode: 'normal', style: '', text: value, version: 1 })
const block = (type: string, extra: Node, children: Node[]): Node => ({
  type,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
  children,
})
const paragraph = (...children: Node[]) => block('paragraph', { textFormat: 0, textStyle: '' }, children)
const heading = (tag: string, value: string) => block('heading', { tag }, [text(value)])
const quote = (value: string) => block('quote', {}, [text(value)])
const bulletList = (values: string[]) =>
  block(
    'list',
    { listType: 'bullet', start: 1, tag: 'ul' },
    values.map((value, index) => block('listitem', { value: index + 1 }, [text(value)])),
  )
const link = (type: 'link' | 'autolink', url: string, value: string) =>
  block(type, { version: 3, fields: { linkType: 'custom', url, newTab: type === 'link' } }, [text(value)])
const upload = (id: number): Node => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
const richText = (...children: Node[]) => ({ root: block('root', {}, children) })

/** A rich text with a payload in a heading, paragraphs, a bold run, a quote, a list and a link whose address breaks out of an unescaped href. */
function story(field: string, names: PayloadName[], image?: number) {
  const [h, p1, p2, q, li, a] = names as [PayloadName, PayloadName, PayloadName, PayloadName, PayloadName, PayloadName]
  const shown: Surface[] = ['html', 'pdf', 'search']
  return richText(
    heading('h2', put(`${field} 标题`, h, shown)),
    paragraph(text(put(`${field} 段落`, p1, shown))),
    paragraph(text('加粗：'), text(put(`${field} 加粗`, p2, shown), 1)),
    quote(put(`${field} 引用`, q, shown)),
    bulletList([put(`${field} 列表`, li, shown)]),
    paragraph(link('link', LINK_URL, put(`${field} 链接文字`, a, shown, LINK_URL))),
    ...(image ? [upload(image)] : []),
  )
}

/** Messages of a Payload error response: the top one and each field's. */
function messages(body: unknown): string[] {
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors ?? []
  return errors.flatMap((error) => [error.message ?? '', ...(error.data?.errors ?? []).map((item) => item.message ?? '')]).filter(Boolean)
}
const CHINESE = /[\u4e00-\u9fff]/

/** The longest stretch of a spot's text, from its marker on, that reads back unchanged somewhere. */
function longestShown(texts: string[], spot: Pick<Spot, 'marker' | 'text'>): number {
  let longest = 0
  for (const value of texts) {
    for (let at = value.indexOf(spot.marker); at >= 0; at = value.indexOf(spot.marker, at + 1)) {
      let same = 0
      while (same < spot.text.length && value[at + same] === spot.text[same]) same++
      longest = Math.max(longest, same)
    }
  }
  return longest
}

/**
 * Text without whitespace or control characters: PDFs lose line breaks and gain spaces in
 * justified lines (and extract a control character as U+0000); search collapses whitespace.
 */
const squeeze = (value: string) => [...value].filter((char) => char >= ' ' && !/\s/.test(char)).join('')

/** The text around the first occurrence of a marker, for failure messages. */
function around(texts: string[], marker: string): string {
  for (const value of texts) {
    const at = value.indexOf(marker)
    if (at >= 0) return JSON.stringify(value.slice(Math.max(0, at - 20), at + 90))
  }
  return '(nowhere)'
}

/** How each occurrence of a spot's marker reads: the whole payload, cut short by a layout (…), or changed. */
function landings(texts: string[], spot: Pick<Spot, 'marker' | 'text'>): ('full' | 'cut' | 'mangled')[] {
  const found: ('full' | 'cut' | 'mangled')[] = []
  for (const value of texts) {
    for (let at = value.indexOf(spot.marker); at >= 0; at = value.indexOf(spot.marker, at + 1)) {
      const after = value.slice(at)
      if (after.startsWith(spot.text)) {
        found.push('full')
        continue
      }
      let same = 0
      while (same < spot.text.length && after[same] === spot.text[same]) same++
      const rest = after.slice(same)
      found.push(rest === '' || rest.startsWith('…') ? 'cut' : 'mangled')
    }
  }
  return found
}

/**
 * Runs in the page: whether the sentinel was set, every element or attribute content could
 * have made (script with the payload, frames, event handlers, autofocus, javascript: URLs),
 * and every text and attribute value carrying a marker, as the DOM decoded them.
 */
const INSPECT = `(() => {
  const injected = []
  // Text as shown: every text node but the insides of <script> and <style> (a running head's CSS string).
  let shown = ''
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!['SCRIPT', 'STYLE'].includes(node.parentElement ? node.parentElement.tagName : '')) shown += node.data
  const texts = [document.title, shown]
  const links = []
  const hrefs = []
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base'].includes(tag)) injected.push('<' + tag + '>')
    if (tag === 'script' && (element.textContent || '').includes('__xss')) injected.push('<script>' + element.textContent.slice(0, 80))
    if (tag === 'a' && (element.textContent || '').includes('XQ')) links.push({ href: element.getAttribute('href'), text: element.textContent })
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on') || name === 'autofocus' || name === 'srcdoc' || name === 'formaction')
        injected.push('<' + tag + ' ' + name + '="' + attribute.value.slice(0, 80) + '">')
      if (['href', 'src', 'action', 'srcset', 'poster', 'data', 'xlink:href', 'cite', 'background'].includes(name) &&
          /^javascript:/i.test(attribute.value.replace(/[\\u0000-\\u0020]/g, '')))
        injected.push('<' + tag + ' ' + name + '="' + attribute.value + '">')
      if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') || '') && /javascript:/i.test(attribute.value))
        injected.push('<meta refresh ' + attribute.value + '>')
      // Links carry text URL-encoded (map links): kept apart. File names in URLs are checked by loading the images.
      if (name === 'href') hrefs.push(attribute.value)
      else if (name !== 'src' && name !== 'srcset' && name !== 'download') texts.push(attribute.value)
    }
  }
  const marked = (values) => values.filter((value) => value.includes('XQ'))
  return { sentinel: typeof window.__xss, injected, links, texts: marked(texts), hrefs: marked(hrefs) }
})()`

interface Inspection {
  sentinel: string
  injected: string[]
  links: { href: string | null; text: string }[]
  texts: string[]
  hrefs: string[]
}

/** Runs in the page: every image whose URL carries a marker (the uploaded file name), loaded eagerly: did it load? */
const LOAD_MARKED_IMAGES = `(async () => {
  const images = [...document.images].filter((image) => ((image.getAttribute('src') || '') + (image.getAttribute('srcset') || '')).includes('XQ'))
  return Promise.all(images.map(async (image) => {
    image.loading = 'eager'
    const loaded = await image.decode().then(() => true, () => false)
    return { src: image.getAttribute('src'), current: image.currentSrc, loaded: loaded && image.naturalWidth > 0 }
  }))
})()`

// What this file creates, to take it away again afterwards.
const created: { collection: string; id: number }[] = []
let originalSettings: Record<string, unknown>
let site: string
let server: http.Server
let siteUrl: string
let browser: Browser
let buildStartedAt: number
let content: PublicContent
let filename: string
const ids: Record<string, number> = {}

async function createAs(token: string, collection: string, data: Record<string, unknown>, reviewed = true): Promise<number> {
  const { status, body } = await api<{ doc: { id: number } }>(`/api/${collection}${reviewed ? '?draft=true' : ''}`, {
    method: 'POST',
    token,
    body: reviewed ? { ...data, _status: 'draft' } : data,
  })
  if (status !== 201) throw new Error(`${collection}: ${status} ${JSON.stringify(body)}`)
  created.push({ collection, id: body.doc.id })
  if (reviewed) await publishThroughReview(collection, body.doc.id)
  return body.doc.id
}

async function png(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: colour } })
    .composite([{ input: Buffer.from('<svg width="1600" height="1000"><circle cx="800" cy="450" r="300" fill="#fff"/></svg>') }])
    .png()
    .toBuffer()
}

async function uploadImage(token: string, name: string, colour: string, fields: Record<string, string>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await png(colour))], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(fields))
  return api<{ doc?: { id: number; filename: string }; errors?: unknown[] }>('/api/media', { method: 'POST', token, form })
}

const urlPathOf = (relative: string) => `/${relative.replace(/(^|\/)index\.html$/, '$1')}`

beforeAll(async () => {
  const token = await loginAsEditor()
  const admin = await login('admin@xinghualing.example')
  originalSettings = (await api<Record<string, unknown>>('/api/globals/site-settings?depth=0')).body

  // Images: one whose file name is a payload, both with payloads in alt text, caption and credit.
  const nameSpot = put('媒体文件名', 'img', [])
  const first = await uploadImage(token, `${nameSpot} 第1#图 100%.png`, '#8a3b2b', {
    alt: put('媒体 替代文字', 'attr', ['html']),
    caption: put('媒体 图片说明', 'script', ['html', 'pdf']),
    credit: put('媒体 图片来源', 'svg', []),
  })
  if (first.status !== 201 || !first.body.doc) throw new Error(`media: ${first.status} ${JSON.stringify(first.body)}`)
  filename = first.body.doc.filename
  ids.photo = first.body.doc.id
  created.push({ collection: 'media', id: first.body.doc.id })
  const second = await uploadImage(token, 'xq-second.png', '#2b5a8a', {
    alt: put('媒体2 替代文字', 'json', ['html']),
    caption: put('媒体2 图片说明', 'lines', ['html', 'pdf']),
    credit: put('媒体2 图片来源', 'template', []),
  })
  if (second.status !== 201 || !second.body.doc) throw new Error(`media 2: ${second.status} ${JSON.stringify(second.body)}`)
  ids.photo2 = second.body.doc.id
  created.push({ collection: 'media', id: second.body.doc.id })

  // An area and a facility (administrator's lists, public at once).
  ids.area = await createAs(
    admin,
    'areas',
    { name: put('区域 名称', 'attr', ['html', 'pdf']), kind: 'subdistrict', description: put('区域 简介', 'img', ['html']) },
    false,
  )
  ids.facility = await createAs(admin, 'facilities', { name: put('设施 名称', 'svg', ['html', 'pdf', 'search']) }, false)
  const area = ids.area

  ids.figure = await createAs(token, 'figures', {
    name: put('人物 姓名', 'script', ['html', 'pdf', 'search']),
    honourTitle: put('人物 荣誉称号', 'shortSvg', ['html', 'pdf', 'search']),
    honourKind: 'good-neighbour',
    summary: put('人物 一句话简介', 'img', ['html', 'pdf', 'search']),
    story: story('人物 事迹', ['json', 'iframe', 'style', 'attr', 'entity', 'template'], ids.photo),
    portrait: ids.photo,
    area,
  })
  ids.figure2 = await createAs(token, 'figures', {
    name: put('人物2 姓名', 'svg', ['html', 'pdf', 'search']),
    honourTitle: put('人物2 荣誉称号', 'shortEntity', ['html', 'pdf', 'search']),
    honourKind: 'most-beautiful',
    summary: put('人物2 一句话简介', 'attr', ['html', 'pdf', 'search']),
    story: richText(
      paragraph(text(put('人物2 事迹 段落', 'img', ['html', 'pdf', 'search']))),
      paragraph(link('autolink', LINK_URL, put('人物2 事迹 自动链接', 'jsUrl', ['html', 'pdf', 'search'], LINK_URL))),
      paragraph(text(put('人物2 事迹 段落2', 'lines', ['html', 'pdf', 'search']))),
    ),
    area,
  })
  ids.street = await createAs(token, 'streets', {
    name: put('街巷 名称', 'attr', ['html', 'pdf', 'search']),
    officialName: put('街巷 正式名称', 'img', ['html', 'pdf', 'search']),
    theme: put('街巷 主题', 'style', ['html', 'pdf', 'search']),
    summary: put('街巷 一句话简介', 'entity', ['html', 'pdf', 'search']),
    location: { address: put('街巷 地址', 'json', ['html', 'pdf', 'search']) },
    story: story('街巷 介绍', ['lines', 'svg', 'script', 'template', 'iframe', 'img']),
    cover: ids.photo2,
    gallery: [ids.photo, ids.photo2],
    featuredFigures: [ids.figure],
    area,
  })
  ids.place = await createAs(token, 'places', {
    name: put('阵地 名称', 'iframe', ['html', 'pdf', 'search']),
    level: 'station',
    openedOn: put('阵地 开放日期', 'template', ['html']),
    summary: put('阵地 一句话简介', 'svg', ['html', 'pdf', 'search']),
    openingHours: put('阵地 开放时间', 'attr', ['html', 'pdf', 'search']),
    location: { address: put('阵地 地址', 'img', ['html', 'pdf', 'search']) },
    facilities: [ids.facility],
    story: {
      before: story('阵地 以前', ['script', 'entity', 'json', 'style', 'lines', 'attr']),
      after: richText(paragraph(text(put('阵地 现在', 'json', ['html', 'pdf', 'search'])))),
    },
    cover: ids.photo,
    gallery: [ids.photo2],
    featuredFigures: [ids.figure2],
    area,
  })
  ids.article = await createAs(token, 'articles', {
    title: put('文章 标题', 'json', ['html', 'pdf', 'search']),
    lead: put('文章 导语', 'iframe', ['html', 'pdf', 'search']),
    column: 'notices',
    source: put('文章 来源', 'attr', ['html', 'pdf']),
    author: put('文章 作者', 'svg', ['html']),
    body: story('文章 正文', ['img', 'script', 'template', 'style', 'lines', 'entity'], ids.photo2),
    cover: ids.photo2,
    areas: [area],
  })
  ids.article2 = await createAs(token, 'articles', {
    title: put('文章2 标题', 'lines', ['html', 'search']),
    lead: put('文章2 导语', 'entity', ['html', 'search']),
    column: 'campaign',
    source: put('文章2 来源', 'style', ['html']),
    author: put('文章2 作者', 'template', ['html']),
    body: richText(paragraph(text(put('文章2 正文', 'attr', ['html', 'search'])))),
    areas: [area],
  })
  ids.regulation = await createAs(token, 'regulations', {
    title: put('法规 名称', 'img', ['html', 'pdf', 'search']),
    issuingBody: put('法规 制定机关', 'svg', ['html', 'pdf', 'search']),
    legalStatus: 'in-force',
    preamble: put('法规 题注', 'template', ['html', 'pdf', 'search']),
    chapters: [
      {
        number: 1,
        title: put('法规 章标题', 'script', ['html', 'pdf', 'search']),
        articles: [
          {
            number: 1,
            text: put('法规 条文', 'iframe', ['html', 'pdf', 'search']),
            reminder: put('法规 温馨提示语', 'tiny', ['html', 'pdf']),
          },
          {
            number: 2,
            text: put('法规 条文2', 'lines', ['html', 'pdf', 'search']),
            reminder: put('法规 温馨提示语2', 'shortEntity', ['html', 'pdf']),
            section: put('法规 节', 'attr', []),
          },
        ],
      },
      {
        number: 2,
        title: put('法规 章标题2', 'entity', ['html', 'pdf', 'search']),
        articles: [{ number: 3, text: put('法规 条文3', 'json', ['html', 'pdf', 'search']) }],
      },
    ],
    area,
  })
  ids.handbook = await createAs(token, 'handbooks', {
    title: put('手册 名称', 'style', ['html', 'pdf']),
    subtitle: put('手册 副标题', 'attr', ['html', 'pdf']),
    trimSize: 'a5',
    cover: ids.photo,
    foreword: richText(
      heading('h2', put('手册 前言 标题', 'script', ['pdf'])),
      paragraph(text(put('手册 前言', 'img', ['pdf']))),
      paragraph(link('link', LINK_URL, put('手册 前言 链接文字', 'entity', ['pdf'], LINK_URL))),
    ),
    sections: [
      { item: { relationTo: 'figures', value: ids.figure }, heading: put('手册 本节标题', 'shortSvg', ['pdf']) },
      { item: { relationTo: 'figures', value: ids.figure2 } },
      { item: { relationTo: 'streets', value: ids.street }, heading: put('手册 本节标题2', 'shortEntity', ['pdf']) },
      { item: { relationTo: 'places', value: ids.place }, heading: put('手册 本节标题3', 'shortAttr', ['pdf']) },
      { item: { relationTo: 'articles', value: ids.article } },
      { item: { relationTo: 'regulations', value: ids.regulation } },
    ],
    area,
  })

  // The site settings' free text, on every page, share card and print piece.
  const adLinkSpot = put('网站设置 公益广告链接', 'svg', ['html'])
  ;(spots.at(-1) as Spot).inHref = true
  const settings = await api('/api/globals/site-settings', {
    method: 'POST',
    token: admin,
    body: {
      siteName: put('网站设置 网站名称', 'json', ['html', 'pdf']),
      sponsor: put('网站设置 主办单位', 'style', ['html', 'pdf']),
      icp: put('网站设置 ICP 备案号', 'img', ['html']),
      psb: put('网站设置 公安备案号', 'svg', ['html']),
      siteCode: put('网站设置 网站标识码', 'attr', ['html']),
      contact: {
        phone: put('网站设置 电话', 'template', ['html']),
        address: put('网站设置 地址', 'entity', ['html']),
      },
      publicServiceAd: { text: put('网站设置 广告语', 'iframe', ['html']), link: `/search/?q=${adLinkSpot}`, image: ids.photo2 },
    },
  })
  if (settings.status !== 200) throw new Error(`site settings: ${settings.status} ${JSON.stringify(settings.body)}`)

  buildStartedAt = Date.now()
  site = await buildSite()
  server = createStaticServer(site)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
  // The build's own view of the content, for laying out print pieces here.
  process.env.CMS_URL = stack().cmsUrl
  process.env.SITE_ORIGIN = stack().env.SITE_ORIGIN
  content = publicContent(await loadSnapshot())
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  // Leave the shared stack as it was for the test files after this one.
  const admin = await login('admin@xinghualing.example')
  if (originalSettings) {
    const { siteName, sponsor, icp, psb, siteCode, contact, publicServiceAd } = originalSettings
    const restored = await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { siteName, sponsor, icp, psb, siteCode, contact, publicServiceAd },
    })
    expect(restored.status).toBe(200)
  }
  for (const { collection, id } of created.reverse()) {
    const deleted = await removeDocument(collection, id)
    expect(deleted.status, `${collection} ${id}`).toBe(200)
  }
}, 120_000)

/** A page that records pop-ups, script errors and requests for the `x` an injected <img src=x> would fetch. */
async function openPage(): Promise<{ page: Page; events: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const events: string[] = []
  page.on('dialog', (dialog) => {
    events.push(`pop-up on ${page.url()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => events.push(`script error on ${page.url()}: ${error.message}`))
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) events.push(`request for ${request.url()} from ${page.url()}`)
  })
  return { page, events }
}

/** Checks one inspection; returns the problems, each naming the place. */
function problems(where: string, inspection: Inspection, source: string): string[] {
  const found: string[] = []
  if (inspection.sentinel !== 'undefined') found.push(`${where}: window.__xss was set`)
  for (const item of inspection.injected) found.push(`${where}: ${item}`)
  for (const spot of spots) {
    if (spot.field === '媒体文件名' || !source.includes(spot.marker)) continue
    const texts = spot.inHref ? inspection.hrefs : inspection.texts
    const read = landings(texts, spot)
    if (!read.includes('full') || read.includes('mangled'))
      found.push(`${where}: ${spot.field} (${spot.marker}) not shown literally: ${around(texts, spot.marker)}`)
  }
  for (const anchor of inspection.links) {
    const spot = spots.find((candidate) => candidate.linkUrl && anchor.text.includes(candidate.marker))
    if (spot && anchor.href !== spot.linkUrl) found.push(`${where}: link around ${spot.field} points at ${anchor.href}`)
  }
  return found
}

describe('payloads the CMS refuses', () => {
  it('refuses them with a 400 and a Chinese message, and stores nothing of them', async () => {
    const token = await loginAsEditor()
    const admin = await login('admin@xinghualing.example')
    // What was refused, the response, what the editor is told, and whether every detail is Chinese.
    const refusals: [string, Promise<{ status: number; body: unknown }>, RegExp, 'every' | 'first'][] = [
      [
        '公益广告链接 javascript:',
        api('/api/globals/site-settings', { method: 'POST', token: admin, body: { publicServiceAd: { link: PAYLOADS.jsUrl } } }),
        /链接应以 \/ 开头/,
        'every',
      ],
      [
        '电子邮箱',
        api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { email: `a${PAYLOADS.img}@example.cn` } } }),
        /有效的电子邮件地址/,
        'every',
      ],
      [
        '网址别名',
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: {
            name: '别名测试',
            honourTitle: '称号',
            honourKind: 'good-neighbour',
            summary: '简介',
            slug: PAYLOADS.img,
            _status: 'draft',
          },
        }),
        /网址别名只能包含/,
        'every',
      ],
      [
        '荣誉称号过长',
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: { name: '长度测试', honourTitle: PAYLOADS.iframe, honourKind: 'good-neighbour', summary: '简介', _status: 'draft' },
        }),
        /最大长度/,
        'every',
      ],
      [
        '手册收录的章',
        api('/api/handbooks?draft=true', {
          method: 'POST',
          token,
          body: {
            title: '章号测试',
            trimSize: 'a5',
            sections: [{ item: { relationTo: 'figures', value: ids.figure }, chapters: PAYLOADS.script }],
            _status: 'draft',
          },
        }),
        /请填数字/,
        'every',
      ],
    ]
    // A web page carrying the payload, uploaded as a PNG.
    const form = new FormData()
    form.append('file', new Blob([`<html><body>${PAYLOADS.script}${PAYLOADS.img}</body></html>`], { type: 'image/png' }), 'xq-page.png')
    form.append('_payload', JSON.stringify({ alt: '伪装的网页' }))
    refusals.push(['伪装成图片的网页', api('/api/media', { method: 'POST', token, form }), /不是可用的图片文件/, 'every'])
    // Rich-text links that would run code when followed: refused when saved, in Chinese.
    for (const [kind, url] of [
      ['link', PAYLOADS.jsUrl],
      ['autolink', 'JavaScript:window.__xss=1'],
      ['link', 'data:text/html,<script>window.__xss=1</script>'],
    ] as const) {
      refusals.push([
        `正文链接 ${url}`,
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: {
            name: '链接测试',
            honourTitle: '称号',
            honourKind: 'good-neighbour',
            summary: '简介',
            area: ids.area,
            story: richText(paragraph(link(kind, url, '链接'))),
            _status: 'draft',
          },
        }),
        /链接“.+”不能使用。链接地址只能是/,
        'every',
      ])
    }

    for (const [what, request, expected, chinese] of refusals) {
      const { status, body } = await request
      expect(status, what).toBe(400)
      const said = messages(body)
      expect(said.length, what).toBeGreaterThan(0)
      for (const message of chinese === 'every' ? said : said.slice(0, 1)) expect(message, what).toMatch(CHINESE)
      for (const message of said) expect(message, what).not.toMatch(/\n\s+at /)
      expect(said.join(' '), what).toMatch(expected)
    }
    const { body: settings } = await api<{ publicServiceAd?: { link?: string }; contact?: { email?: string } }>(
      '/api/globals/site-settings?depth=0',
    )
    expect(settings.publicServiceAd?.link).not.toBe(PAYLOADS.jsUrl)
    expect(settings.contact?.email ?? '').not.toContain('onerror')
  })
})

describe('payloads the CMS accepts', () => {
  it('stores every payload exactly as written, and publishes it to anonymous readers', async () => {
    const stored: string[] = []
    for (const { collection, id } of created) stored.push(JSON.stringify((await api(`/api/${collection}/${id}?depth=0`)).body))
    stored.push(JSON.stringify((await api('/api/globals/site-settings?depth=0')).body))
    const all = stored.join('\n')
    for (const spot of spots) {
      if (spot.field === '媒体文件名') continue
      expect(all, spot.field).toContain(JSON.stringify(spot.text).slice(1, -1))
    }
    // The file name keeps its marker and drops what a file name cannot hold, but keeps what an
    // address must encode (a space, #, %): the site's image addresses have to survive those.
    expect(filename).toContain('XQ001')
    expect(filename).not.toMatch(/[<>"/\\]/)
    for (const char of [' ', '#', '%']) expect(filename).toContain(char)
    expect(spots.length).toBeGreaterThanOrEqual(90)
    expect(new Set(spots.map((spot) => spot.payload))).toEqual(new Set(Object.keys(PAYLOADS)))
  })
})

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

describe('share cards and print pieces', () => {
  let pool: PressPool
  let press: Page
  const pressEvents: string[] = []

  beforeAll(async () => {
    pool = new PressPool(browser, 1)
    // A first card opens the press; its page is then watched for pop-ups and script errors.
    await pool.image({ title: '预热', css: '', body: '<p>预热</p>' }, SHARE_WIDTH, SHARE_HEIGHT)
    press = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().startsWith(PRINT_ORIGIN)) as Page
    press.on('dialog', (dialog) => {
      pressEvents.push(`pop-up: ${dialog.message()}`)
      void dialog.dismiss()
    })
    press.on('pageerror', (error) => pressEvents.push(`script error: ${error.message}`))
    press.on('request', (request) => {
      if (/\/x$/.test(new URL(request.url()).pathname)) pressEvents.push(`request for ${request.url()}`)
    })
  })

  it('draws every section share card in Chromium without running the payload; the build wrote those cards', async () => {
    const settings = content.settings
    expect(settings.siteName).toContain('XQ')
    for (const section of SHARE_SECTIONS) {
      const job = shareCardJob({ title: section.title, subtitle: section.subtitle, siteName: settings.siteName, sponsor: settings.sponsor })
      const drawn = await pool.image(job, SHARE_WIDTH, SHARE_HEIGHT)
      const inspection = (await press.evaluate(INSPECT)) as Inspection
      expect(problems(`share card ${section.image}`, inspection, job.body)).toEqual([])
      // The built card: 1200×630, made by this build (the settings changed), and the same drawing.
      const file = path.join(site, section.image)
      const built = await readFile(file)
      expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(buildStartedAt - 1000)
      const meta = await sharp(built).metadata()
      expect(`${meta.width}×${meta.height}`).toBe(`${SHARE_WIDTH}×${SHARE_HEIGHT}`)
      const grey = async (bytes: Uint8Array) => sharp(bytes).greyscale().resize(300, 158).raw().toBuffer()
      const [a, b] = [await grey(drawn), await grey(built)]
      let difference = 0
      for (let index = 0; index < a.length; index++) difference += Math.abs((a[index] ?? 0) - (b[index] ?? 0))
      expect(difference / a.length, section.image).toBeLessThan(4)
    }
    expect(pressEvents).toEqual([])
  })

  it('lays out posters, leaflets, signs and the handbook in Chromium without running anything', { timeout: 300_000 }, async () => {
    const settings = content.settings
    const jobs: [string, PrintJob][] = []
    for (const figure of content.figures.filter((item) => item.id === ids.figure || item.id === ids.figure2)) {
      jobs.push([`poster ${figure.slug}`, await posterJob(figureSubject(figure), settings, 'a4')])
      jobs.push([`leaflet ${figure.slug}`, await leafletJob(figureSubject(figure), settings)])
    }
    const venues = [...content.streets.filter((item) => item.id === ids.street), ...content.places.filter((item) => item.id === ids.place)]
    for (const venue of venues) {
      jobs.push([`poster ${venue.slug}`, await posterJob(venueSubject(venue), settings, 'a3')])
      jobs.push([`leaflet ${venue.slug}`, await leafletJob(venueSubject(venue), settings)])
    }
    const regulation = content.regulations.find((item) => item.id === ids.regulation)
    for (const sign of regulation ? signsOf(regulation) : []) jobs.push([`sign ${sign.articleNumber}`, await signJob(sign, settings)])
    const handbook = content.handbooks.find((item) => item.id === ids.handbook)
    if (handbook) jobs.push(['handbook', (await handbookLayout(handbook, settings)).job])
    expect(jobs).toHaveLength(8 + 2 + 1)
    for (const [what, job] of jobs) {
      const inspection = await pool.with(job, (page) => page.evaluate(INSPECT) as Promise<Inspection>)
      expect(problems(what, inspection, job.body)).toEqual([])
    }
    expect(pressEvents).toEqual([])
  })

  it('prints every payload as literal text in the built PDFs, and names the piece literally', { timeout: 300_000 }, async () => {
    const pdfs = (await filesUnder(site)).filter((file) => file.endsWith('.pdf'))
    const failures: string[] = []
    const printed = new Set<string>()
    for (const file of pdfs) {
      const bytes = new Uint8Array(await readFile(file))
      const texts = squeeze((await pageTexts(bytes)).join(''))
      if (!texts.includes('XQ')) continue
      for (const spot of spots) {
        if (!texts.includes(spot.marker)) continue
        const read = landings([texts], { marker: spot.marker, text: squeeze(spot.text) })
        if (read.includes('mangled'))
          failures.push(`${path.relative(site, file)}: ${spot.field} (${spot.marker}) printed changed: ${around([texts], spot.marker)}`)
        if (read.includes('full')) printed.add(spot.marker)
      }
    }
    expect(failures).toEqual([])
    const missing = spots.filter((spot) => spot.shown.includes('pdf') && !printed.has(spot.marker)).map((spot) => spot.field)
    expect(missing).toEqual([])
    // The document title a PDF reader shows: the poster's title and name, as written.
    const figure = content.figures.find((item) => item.id === ids.figure)
    const poster = await PDFDocument.load(await readFile(path.join(site, 'print', 'figures', figure?.slug ?? '', 'poster-a4.pdf')), {
      updateMetadata: false,
    })
    expect(poster.getTitle()).toBe(`${figure?.honourTitle} ${figure?.name}`)
    expect(poster.getTitle()).toContain(PAYLOADS.script)
  })
})

describe('search', () => {
  it('shows the payloads as text in the results, and runs nothing', { timeout: 300_000 }, async () => {
    const { page, events } = await openPage()
    const failures: string[] = []
    try {
      for (const spot of spots.filter((candidate) => candidate.shown.includes('search'))) {
        const hits = await searchHits(page, siteUrl, spot.marker)
        if (hits.length === 0) {
          failures.push(`${spot.field} (${spot.marker}): not found`)
          continue
        }
        const inspection = (await page.evaluate(INSPECT)) as Inspection
        // An excerpt is a window of words: it may end inside a payload, but what it shows reads as written.
        const results = (await page.locator('#search-results li').allTextContents()).map(squeeze)
        const wanted = { marker: spot.marker, text: squeeze(spot.text) }
        const enough = Math.min(wanted.text.length, spot.marker.length + 14)
        if (landings(results, wanted).includes('mangled') || longestShown(results, wanted) < enough)
          failures.push(`${spot.field} (${spot.marker}): not shown literally in the results: ${around(results, spot.marker)}`)
        if (inspection.sentinel !== 'undefined') failures.push(`${spot.field}: window.__xss was set`)
        failures.push(...inspection.injected.map((item) => `${spot.field}: ${item}`))
        // Results are made of links, paragraphs and highlights only.
        const tags = await page.evaluate(() => [
          ...new Set([...document.querySelectorAll('#search-results *')].map((node) => node.tagName)),
        ])
        for (const tag of tags) if (!['LI', 'A', 'P', 'MARK'].includes(tag)) failures.push(`${spot.field}: <${tag}> in the results`)
      }
      // The area is offered as a facet, by its name as written.
      await searchHits(page, siteUrl, spots.find((spot) => spot.field === '人物 姓名')?.marker ?? '')
      const facets = await page.locator('#search-facets label').allTextContents()
      const areaSpot = spots.find((spot) => spot.field === '区域 名称') as Spot
      expect(landings(facets, areaSpot)).toContain('full')
      // A query that finds nothing is echoed as text.
      const query = `查无此项 ${PAYLOADS.img}`
      await searchHits(page, siteUrl, query)
      expect(await page.locator('#search-q').inputValue()).toBe(query)
      expect(await page.locator('#search-status').textContent()).toBe(`没有找到与“${query}”相关的内容`)
      const inspection = (await page.evaluate(INSPECT)) as Inspection
      expect(inspection.sentinel).toBe('undefined')
      expect(inspection.injected).toEqual([])
    } finally {
      await page.context().close()
    }
    expect([...failures, ...events]).toEqual([])
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
