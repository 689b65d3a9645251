/**
 * The XSS corpus (tests/xss-*.test.ts): XSS payloads — script tags, attribute, <script> and
 * <style> breakers, javascript: URLs, a template expression, an iframe, an entity that must
 * stay literal, U+2028/U+2029 and a control character — put into every text field residents
 * can see: figures, streets, places, articles, regulations, handbooks, an area, a facility,
 * media alt text and captions, an uploaded image's file name and the site settings,
 * rich-text paragraphs, headings, quotes, lists and link URLs included. Each payload
 * carries its own marker (XQ + 3 digits) and everything is published through review.
 *
 * Each test file publishes the corpus itself (`publishCorpus` in beforeAll) and takes it
 * away again (`removeCorpus` in afterAll): the markers come out the same every time.
 */

import sharp from 'sharp'
import { expect } from 'vitest'
import { api, login, loginAsEditor, publishThroughReview, removeDocument } from './cms.ts'

/**
 * The address of every rich-text link: one the CMS accepts (https, no spaces) that breaks
 * out of an unescaped href. `javascript:` links are refused when saved (see the refusals).
 */
export const LINK_URL = 'https://xhl.example.cn/?q="><img/src=x/onerror=window.__xss=1>'

/** The corpus. Every payload that runs sets `window.__xss`; none may. */
export const PAYLOADS = {
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
export type PayloadName = keyof typeof PAYLOADS

/** Where a field is expected to show in full: the built pages, the PDFs, the search results. */
export type Surface = 'html' | 'pdf' | 'search'

export interface Spot {
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

export const spots: Spot[] = []

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
export const paragraph = (...children: Node[]) => block('paragraph', { textFormat: 0, textStyle: '' }, children)
const heading = (tag: string, value: string) => block('heading', { tag }, [text(value)])
const quote = (value: string) => block('quote', {}, [text(value)])
const bulletList = (values: string[]) =>
  block(
    'list',
    { listType: 'bullet', start: 1, tag: 'ul' },
    values.map((value, index) => block('listitem', { value: index + 1 }, [text(value)])),
  )
export const link = (type: 'link' | 'autolink', url: string, value: string) =>
  block(type, { version: 3, fields: { linkType: 'custom', url, newTab: type === 'link' } }, [text(value)])
const upload = (id: number): Node => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 })
export const richText = (...children: Node[]) => ({ root: block('root', {}, children) })

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
// What a test file creates, to take it away again afterwards.
export const created: { collection: string; id: number }[] = []
export const ids: Record<string, number> = {}
let originalSettings: Record<string, unknown>

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

/**
 * Uploads the images, creates and publishes every document through review and writes the
 * site settings, registering each payload in `spots` (XQ001 on, in this order). Returns the
 * stored name of the image whose file name is a payload.
 */
export async function publishCorpus(): Promise<string> {
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
  const filename = first.body.doc.filename
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
  return filename
}

/** Restores the site settings and deletes what `publishCorpus` created: the shared stack as it was for the test files after this one. */
export async function removeCorpus(): Promise<void> {
  const admin = await login('admin@xinghualing.example')
  let restored = 200
  if (originalSettings) {
    const { siteName, sponsor, icp, psb, siteCode, contact, publicServiceAd } = originalSettings
    const response = await api('/api/globals/site-settings', {
      method: 'POST',
      token: admin,
      body: { siteName, sponsor, icp, psb, siteCode, contact, publicServiceAd },
    })
    restored = response.status
  }
  // Every document is tried, newest first, even after one fails; then each must have gone.
  const statuses: string[] = []
  for (const { collection, id } of [...created].reverse())
    statuses.push(`${collection} ${id}: ${(await removeDocument(collection, id)).status}`)
  created.length = 0
  expect(restored).toBe(200)
  expect(statuses.filter((line) => !line.endsWith(': 200'))).toEqual([])
}
