/**
 * The print studio: every published figure, street and place gets an A4 and an A3 poster
 * and an A5 leaflet that a print shop accepts — checked by opening the real PDFs (boxes,
 * fonts, text, QR codes, a pdftoppm render) — and layouts survive hostile content.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { productPath, SUBJECT_PRODUCTS, type SubjectKind, type SubjectProduct } from '../contract/print.ts'
import type { SiteImage } from '../site/model/types.ts'
import { toPdfX } from '../site/print/cmyk.ts'
import { Printer } from '../site/print/index.ts'
import type { PrintSubject } from '../site/print/subjects.tsx'
import { api, buildSite, createFigure, login, loginAsEditor, publishThroughReview, stack } from './support/cms.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import {
  decodeQr,
  fonts,
  imageSizes,
  inkCoverage,
  pageBoxes,
  pageTexts,
  preflightPdfX,
  rasterPage,
  textOutsideTrim,
  textRuns,
} from './support/pdf.ts'

const MM = 72 / 25.4
const ORIGIN = 'https://xhl.example.cn'
const SECTIONS: Record<SubjectKind, string> = { figure: 'figures', street: 'streets', place: 'places' }
/** Trim sizes in millimetres; the page adds 3 mm bleed and a 6 mm slug on every side. */
const TRIM: Record<SubjectProduct, [number, number]> = { 'poster-a4': [210, 297], 'poster-a3': [297, 420], 'leaflet-a5': [148, 210] }
const PAGES: Record<SubjectProduct, number> = { 'poster-a4': 1, 'poster-a3': 1, 'leaflet-a5': 2 }
/** The page that carries the QR code. */
const QR_PAGE: Record<SubjectProduct, number> = { 'poster-a4': 1, 'poster-a3': 1, 'leaflet-a5': 2 }

let site: string
let draftSlug: string
const published: { kind: SubjectKind; slug: string; name: string }[] = []

const mm = (box: number[] | null | undefined) => box?.map((value) => Number((value / MM).toFixed(1)))

async function expectPrintReady(pdf: Uint8Array, product: SubjectProduct): Promise<void> {
  const boxes = await pageBoxes(pdf)
  expect(boxes).toHaveLength(PAGES[product])
  const [width, height] = TRIM[product]
  for (const { media, bleed, trim } of boxes) {
    expect(mm(media)).toEqual([0, 0, width + 18, height + 18])
    expect(mm(bleed)).toEqual([6, 6, width + 12, height + 12])
    expect(mm(trim)).toEqual([9, 9, width + 9, height + 9])
  }
  const found = await fonts(pdf)
  expect(found.length).toBeGreaterThan(0)
  for (const font of found) {
    expect(font.subtype, font.baseFont).not.toBe('Type3')
    expect(font.embedded, font.baseFont).toBe(true)
    expect(font.baseFont).toMatch(/^[A-Z]{6}\+/)
  }
  expect(await textOutsideTrim(pdf)).toEqual([])
  for (let page = 1; page <= boxes.length; page++) {
    // Rendered by poppler: something is printed, and the page is not a solid block.
    const ink = await inkCoverage(pdf, page)
    expect(ink, `page ${page}`).toBeGreaterThan(0.02)
    expect(ink, `page ${page}`).toBeLessThan(0.9)
  }
}

beforeAll(async () => {
  const token = await loginAsEditor()
  draftSlug = (await createFigure(token, '印刷草稿人物', 'draft')).slug as string
  site = await buildSite()
  for (const kind of ['figure', 'street', 'place'] as const) {
    const { body } = await api<{ docs: { slug: string; name: string }[] }>(`/api/${SECTIONS[kind]}?limit=200&depth=0`)
    for (const doc of body.docs) published.push({ kind, slug: doc.slug, name: doc.name })
  }
})

describe('posters and leaflets of the demo content', () => {
  it('exist for every published figure, street and place, and not for drafts', () => {
    expect(published.filter((item) => item.kind === 'street').length).toBeGreaterThan(0)
    expect(published.filter((item) => item.kind === 'place').length).toBeGreaterThan(0)
    for (const item of published) {
      for (const product of SUBJECT_PRODUCTS) {
        expect(existsSync(path.join(site, productPath(item.kind, item.slug, product.id))), `${item.name} ${product.id}`).toBe(true)
      }
    }
    for (const product of SUBJECT_PRODUCTS) expect(existsSync(path.join(site, productPath('figure', draftSlug, product.id)))).toBe(false)
  })

  it('are print-ready: boxes, embedded subset fonts, text inside the trim, not blank', async () => {
    for (const kind of ['figure', 'street', 'place'] as const) {
      const item = published.find((candidate) => candidate.kind === kind)
      if (!item) throw new Error(`no published ${kind}`)
      for (const product of SUBJECT_PRODUCTS) {
        const pdf = new Uint8Array(await readFile(path.join(site, productPath(kind, item.slug, product.id))))
        await expectPrintReady(pdf, product.id)
        const text = (await pageTexts(pdf)).join('\n')
        expect(text).toContain(item.name)
        expect(text).toContain('扫码阅读全文')
        expect(await decodeQr(pdf, QR_PAGE[product.id])).toBe(`${ORIGIN}/${SECTIONS[kind]}/${item.slug}/`)
      }
    }
  })

  it('draws crop marks in the slug, outside the bleed', async () => {
    const pdf = new Uint8Array(await readFile(path.join(site, productPath('figure', 'hao-jing-quan', 'leaflet-a5'))))
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
  })

  it('keeps every leaflet under 500 KB and every poster under 2 MB', async () => {
    for (const item of published) {
      for (const product of SUBJECT_PRODUCTS) {
        const bytes = readFileSync(path.join(site, productPath(item.kind, item.slug, product.id))).length
        expect(bytes, `${item.slug} ${product.id}`).toBeLessThan(product.id === 'leaflet-a5' ? 500_000 : 2_000_000)
      }
    }
  })

  it('are listed on 打印与下载 with paper size and page count, and linked from every detail page', () => {
    const overview = readFileSync(path.join(site, 'print/index.html'), 'utf8')
    expect(overview).toContain('<h1>打印与下载</h1>')
    expect(overview).toContain('A3 竖版（297×420 毫米），1 页')
    expect(overview).toContain('A5 双面（148×210 毫米），2 页')
    for (const item of published) {
      const list = readFileSync(path.join(site, `print/${SECTIONS[item.kind]}/index.html`), 'utf8')
      const detail = readFileSync(path.join(site, `${SECTIONS[item.kind]}/${item.slug}/index.html`), 'utf8')
      for (const product of SUBJECT_PRODUCTS) {
        const href = `href="${productPath(item.kind, item.slug, product.id)}"`
        expect(list, `${item.slug} in the print list`).toContain(href)
        expect(detail, `${item.slug} detail page`).toContain(href)
      }
    }
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('href="/print/"')
  })
})

describe('hostile content', () => {
  const printer = new Printer()
  const settings = PRINT_SETTINGS
  const photo = async (width: number, height: number): Promise<SiteImage> => {
    const body = await sharp({ create: { width, height, channels: 3, background: '#6a8caf' } })
      .composite([
        { input: Buffer.from(`<svg width="${width}" height="${height}"><circle cx="50%" cy="40%" r="25%" fill="#2b4a6b"/></svg>`) },
      ])
      .jpeg()
      .toBuffer()
    return {
      src: '/media/test.jpg',
      alt: '测试照片',
      width,
      height,
      sourceUrl: `data:image/jpeg;base64,${body.toString('base64')}`,
      filename: 'test.jpg',
      mimeType: 'image/jpeg',
      version: `${width}x${height}`,
    }
  }
  // 200 characters with a rare one (𠈌, CJK Extension B), a 5,000-character story.
  const rareName = `𠈌${'长名字测试'.repeat(40)}`.slice(0, 200)
  const story = Array.from(
    { length: 25 },
    (_, n) => `<p>第${n + 1}段。${'居民们自发组织起来，清理楼道杂物，照顾独居老人。'.repeat(9)}</p>`,
  ).join('')
  const subject = (kind: SubjectKind, overrides: Partial<PrintSubject> = {}): PrintSubject => ({
    kind,
    slug: `hostile-${kind}`,
    url: `${ORIGIN}/${SECTIONS[kind]}/hostile-${kind}/`,
    kicker: '身边好人',
    title: '称号'.repeat(30),
    name: rareName,
    summary: '一句话介绍'.repeat(30),
    facts: [{ label: '地址', value: '杏花岭区'.repeat(20) }],
    storyHtml: story,
    photo: null,
    area: '涧河街道',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  })

  afterAll(() => printer.close())

  it('fits a 200-character name, a long title and a 5,000-character story without photo, and tells the editor', async () => {
    expect(story.replace(/<[^>]+>/g, '').length).toBeGreaterThan(5000)
    for (const kind of ['figure', 'street', 'place'] as const) {
      for (const { id } of SUBJECT_PRODUCTS) {
        const result = await printer.subject(id, subject(kind), settings)
        expect(result.pages, `${kind} ${id}`).toBe(PAGES[id])
        await expectPrintReady(result.pdf, id)
        // Shortened visibly, never silently: the name keeps its start and an ellipsis, the story points to the QR code.
        const text = (await pageTexts(result.pdf)).join('\n')
        expect(text).toContain('𠈌长名字测试')
        expect(text).toContain('……')
        expect(text).toContain('全文请扫描下方二维码阅读')
        expect(result.warnings.join('\n')).toMatch(/名称过长/)
        expect(result.warnings.join('\n')).toMatch(/正文较长/)
        expect(await decodeQr(result.pdf, QR_PAGE[id])).toBe(`${ORIGIN}/${SECTIONS[kind]}/hostile-${kind}/`)
      }
    }
  })

  it('embeds the rare character from a real font, not as a Type 3 glyph or a blank box', async () => {
    const result = await printer.subject('leaflet-a5', subject('figure', { name: '𠈌先生' }), settings)
    expect((await pageTexts(result.pdf))[0]).toContain('𠈌先生')
    const names = (await fonts(result.pdf)).map((font) => font.baseFont)
    expect(names.some((name) => /HanaMinB/.test(name))).toBe(true)
  })

  it('prints photos at 300 dpi at their printed size, and warns the editor when the source is smaller', async () => {
    const sharpPhoto = await printer.subject('poster-a3', subject('place', { photo: await photo(3600, 2400), name: '清晰照片' }), settings)
    expect(sharpPhoto.warnings.filter((warning) => warning.includes('dpi'))).toEqual([])
    const [drawn] = await imageSizes(sharpPhoto.pdf)
    // The A3 photo box is 263 mm wide: 300 dpi is 3,106 pixels.
    expect(drawn?.width).toBeGreaterThanOrEqual(3100)
    const small = await printer.subject('poster-a4', subject('street', { photo: await photo(640, 480), name: '模糊照片' }), settings)
    expect(small.warnings.join('\n')).toMatch(/A4 海报上的照片只有 \d+ dpi（印刷需要 300 dpi）/)
    await expectPrintReady(small.pdf, 'poster-a4')
  })

  it('keeps a 40-page handbook with a photo in every section under 3 MB', async () => {
    const sections = await Promise.all(
      Array.from({ length: 14 }, async (_, n) => ({
        kind: 'figure' as const,
        heading: `第${n + 1}节`,
        kicker: '身边好人',
        path: `/figures/hostile-${n}/`,
        lead: '一句话介绍。',
        facts: [],
        html: story,
        photo: await photo(2400 + n, 1800),
      })),
    )
    const result = await printer.handbook(
      {
        id: 1,
        slug: 'forty',
        previousSlugs: [],
        title: '四十页手册',
        subtitle: null,
        trim: 'book32',
        forewordHtml: '<p>前言。</p>',
        cover: await photo(3000, 2000),
        sections,
        left: 0,
        area: '',
        updatedAt: '2026-01-01T00:00:00.000Z',
        publishedAt: '2026-01-01T00:00:00.000Z',
      },
      settings,
    )
    expect(result.pages).toBeGreaterThanOrEqual(40)
    expect(result.pages % 4).toBe(0)
    expect(result.pdf.length).toBeLessThan(3_000_000)
    expect(mm((await pageBoxes(result.pdf))[0]?.trim)).toEqual([9, 9, 149, 219])
  })

  it('prints the same content to the same bytes', async () => {
    const once = await printer.subject('leaflet-a5', subject('figure', { name: '重印测试' }), settings)
    const again = await printer.subject('leaflet-a5', subject('figure', { name: '重印测试' }), settings)
    expect(Buffer.from(again.pdf).equals(Buffer.from(once.pdf))).toBe(true)
  })
})

describe('handbook of the demo content', () => {
  const file = () => path.join(site, 'print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf')
  let pdf: Uint8Array
  let texts: string[]
  beforeAll(async () => {
    pdf = new Uint8Array(await readFile(file()))
    texts = await pageTexts(pdf)
  })

  it('is an A5 book padded to a multiple of 4 pages, print-ready, with its page count on 打印与下载', async () => {
    const boxes = await pageBoxes(pdf)
    expect(boxes.length % 4).toBe(0)
    expect(boxes.length).toBeGreaterThanOrEqual(12)
    for (const { media, bleed, trim } of boxes) {
      expect(mm(media)).toEqual([0, 0, 166, 228])
      expect(mm(bleed)).toEqual([6, 6, 160, 222])
      expect(mm(trim)).toEqual([9, 9, 157, 219])
    }
    for (const font of await fonts(pdf)) {
      expect(font.subtype).not.toBe('Type3')
      expect(font.embedded).toBe(true)
      // Running heads and page numbers too: the book's own fonts, never the machine's.
      expect(font.baseFont).not.toMatch(/DejaVu|Droid|Liberation|FreeSans|Arial|Helvetica/)
    }
    expect(await textOutsideTrim(pdf)).toEqual([])
    const overview = readFileSync(path.join(site, 'print/index.html'), 'utf8')
    expect(overview).toContain('href="/print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf"')
    expect(overview).toContain(`A5（148×210 毫米），${boxes.length} 页（骑马订，页数为 4 的倍数）`)
    expect(readFileSync(file()).length).toBeLessThan(3_000_000)
  })

  it('has a cover, and a back cover whose QR code leads to the handbook’s download entry', async () => {
    expect(texts[0]).toContain('文明创建口袋书')
    expect(await inkCoverage(pdf, 1)).toBeGreaterThan(0.5)
    expect(await decodeQr(pdf, texts.length)).toBe(`${ORIGIN}/print/#handbook-wen-ming-chuang-jian-kou-dai-shu`)
  })

  /** The contents as printed: each part's title and the page number beside it. */
  const contents = () => {
    const page = texts.findIndex((text) => /^目录\d+目录/.test(text))
    expect(page).toBeGreaterThan(0)
    const list = (texts[page] as string).replace(/^目录\d+目录/, '')
    return [...list.matchAll(/(?:(?:法规|人物|街巷|阵地|文章) )?(.+?) (\d{1,3})/g)].map((match) => ({
      heading: match[1] as string,
      page: Number(match[2]),
    }))
  }

  it('prints contents whose page numbers are where each section really starts, always a right-hand page', () => {
    const entries = contents()
    expect(entries.map((entry) => entry.heading)).toEqual([
      '前言',
      '杏花岭区居民文明公约（示例文本）',
      '郝景全',
      '王改红',
      '好人街',
      '家事家风街',
      '诚信街',
      '涧河新时代文明实践园',
      '涧河街道睦邻之家',
      '创建全国文明城市',
      '共创共建 多点融合',
    ])
    for (const { heading, page } of entries) {
      expect(page % 2, `${heading} starts on a right-hand page`).toBe(1)
      // Text in reading order: running head, page number, then the section's own title.
      expect(texts[page - 1]?.startsWith(`${heading}${page}${heading}`), `${heading} opens page ${page}`).toBe(true)
      for (let before = 1; before < page; before++) expect(texts[before - 1]?.startsWith(`${heading}${before}${heading}`)).toBe(false)
    }
  })

  it('leaves blank versos blank, and puts running heads and page numbers on every other page', async () => {
    const entries = [{ heading: '目录', page: texts.findIndex((text) => /^目录\d+目录/.test(text)) + 1 }, ...contents()].sort(
      (a, b) => a.page - b.page,
    )
    const runs = await textRuns(pdf)
    const [x0, , x1] = ((await pageBoxes(pdf))[0]?.trim ?? [0, 0, 0, 0]) as number[]
    for (let page = 2; page < texts.length; page++) {
      const text = texts[page - 1] as string
      if (text === '') {
        expect(await inkCoverage(pdf, page), `blank page ${page}`).toBeLessThan(0.001)
        continue
      }
      // The handbook's title on left-hand pages, the section's on right-hand ones.
      const section = entries.filter((entry) => entry.page <= page).at(-1)?.heading
      expect(text.startsWith(`${page % 2 === 0 ? '文明创建口袋书' : section}${page}`), `page ${page}: ${text.slice(0, 30)}`).toBe(true)
      // The number at the outer corner.
      const number = runs.find((run) => run.page === page && run.text === String(page))
      expect(number, `page ${page} number`).toBeDefined()
      if (page % 2 === 0) expect((number?.x ?? 0) - (x0 as number)).toBeLessThan(25 * MM)
      else expect((x1 as number) - ((number?.x ?? 0) + (number?.width ?? 0))).toBeLessThan(25 * MM)
    }
  })
})

describe('reprinting', () => {
  it('reprints a figure’s pieces and the handbook that collects it when the figure changes, and nothing else', async () => {
    const manifest = () =>
      JSON.parse(readFileSync(path.join(site, '_build/manifest.json'), 'utf8')) as { files: Record<string, { key: string }> }
    const before = manifest().files
    const { body } = await api<{ docs: { id: number }[] }>('/api/figures?where[slug][equals]=hao-jing-quan&depth=0')
    const id = body.docs[0]?.id as number
    await api(`/api/figures/${id}?draft=true`, {
      method: 'PATCH',
      token: await loginAsEditor(),
      body: { summary: '重印测试：改过的一句话简介。', _status: 'draft' },
    })
    await publishThroughReview('figures', id)
    await buildSite()
    const after = manifest().files
    const changed = Object.keys(after).filter((file) => file.endsWith('.pdf') && after[file]?.key !== before[file]?.key)
    expect(changed.sort()).toEqual(
      [
        'print/figures/hao-jing-quan/leaflet-a5.pdf',
        'print/figures/hao-jing-quan/poster-a3.pdf',
        'print/figures/hao-jing-quan/poster-a4.pdf',
        'print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf',
      ].sort(),
    )
    const book = await pageTexts(new Uint8Array(await readFile(path.join(site, 'print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf'))))
    expect(book.join('')).toContain('重印测试：改过的一句话简介。')
  })
})

describe('温馨提示牌', () => {
  it('prints each reminder of a published regulation article as an A4 landscape sign readable from 3 m', async () => {
    const signs = [4, 6, 8, 11].map((n) => `print/signs/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li-${n}.pdf`)
    for (const sign of signs) {
      const pdf = new Uint8Array(await readFile(path.join(site, sign)))
      const boxes = await pageBoxes(pdf)
      expect(boxes).toHaveLength(1)
      expect(mm(boxes[0]?.trim)).toEqual([9, 9, 306, 219])
      expect(await textOutsideTrim(pdf)).toEqual([])
      expect(await inkCoverage(pdf, 1)).toBeGreaterThan(0.02)
    }
    const pdf = new Uint8Array(await readFile(path.join(site, signs[0] as string)))
    const [text] = await pageTexts(pdf)
    expect(text).toContain('垃圾分类投放')
    expect(text).toContain('——摘自《杏花岭区居民文明公约（示例文本）》第四条')
    // 3 m: characters at least 64 pt (≈ 22 mm) high.
    const runs = await textRuns(pdf)
    const large = runs.filter((run) => run.height >= 64)
    expect(large.map((run) => run.text).join('')).toBe('垃圾分类投放共建整洁家园')
    expect(await decodeQr(pdf, 1)).toBe(`${ORIGIN}/regulations/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li/articles/4/`)
    const article = readFileSync(path.join(site, 'regulations/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li/articles/4/index.html'), 'utf8')
    expect(article).toContain('href="/print/signs/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li-4.pdf"')
    expect(readFileSync(path.join(site, 'print/index.html'), 'utf8')).toContain('垃圾分类投放 共建整洁家园')
  })
})

describe('CMYK edition for print shops (PDF/X-3)', () => {
  it('converts a poster, a leaflet, a sign and the handbook into files that pass preflight, with black as pure K', async () => {
    const files = [
      productPath('figure', 'hao-jing-quan', 'poster-a4'),
      productPath('place', 'jian-he-xin-shi-dai-wen-ming-shi-jian-yuan', 'leaflet-a5'),
      '/print/signs/xing-hua-ling-ju-min-wen-ming-gong-yue-shi-li-4.pdf',
      '/print/handbooks/wen-ming-chuang-jian-kou-dai-shu.pdf',
    ]
    for (const file of files) {
      const rgb = new Uint8Array(await readFile(path.join(site, file)))
      const cmyk = await toPdfX(rgb, 'Xinghualing')
      expect(await preflightPdfX(cmyk), file).toEqual([])
      // The RGB file itself would not pass: the check is not vacuous.
      expect(await preflightPdfX(rgb)).toContain('a content stream sets an RGB colour (rg/RG)')
      expect(await pageTexts(cmyk)).toEqual(await pageTexts(rgb))
      const trims = async (bytes: Uint8Array) => (await pageBoxes(bytes)).map((page) => page.trim?.map((value) => value.toFixed(2)))
      expect(await trims(cmyk)).toEqual(await trims(rgb))
      expect(await inkCoverage(cmyk, 1)).toBeGreaterThan(0.02)
    }
  })
})

describe('print preview in the admin', () => {
  const preview = async (pathAndQuery: string, token?: string) => {
    const response = await fetch(`${stack().cmsUrl}${pathAndQuery}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) }
  }

  it('prints a draft’s poster and leaflet before it is published, for those who may read the draft', async () => {
    const editor = await loginAsEditor()
    const draft = await createFigure(editor, '预览草稿人物', 'draft')
    const poster = await preview(`/api/figures/${draft.id}/print/poster-a4`, editor)
    expect(poster.status).toBe(200)
    expect(poster.headers.get('content-type')).toBe('application/pdf')
    expect(poster.headers.get('x-print-pages')).toBe('1')
    expect((await pageTexts(poster.bytes)).join('')).toContain('预览草稿人物')
    await expectPrintReady(poster.bytes, 'poster-a4')
    // A draft printed and passed around is never taken for the approved piece: marked on every page.
    const leafletPdf = await preview(`/api/figures/${draft.id}/print/leaflet-a5`, editor)
    for (const text of [...(await pageTexts(poster.bytes)), ...(await pageTexts(leafletPdf.bytes))]) expect(text).toContain('样稿·未审核')
    const leaflet = await preview(`/api/figures/${draft.id}/print/leaflet-a5?format=json`, editor)
    expect(JSON.parse(new TextDecoder().decode(leaflet.bytes))).toMatchObject({ pages: 2, warnings: [] })
    // Nobody else gets the draft: not anonymous visitors, not a community worker of another area.
    expect((await preview(`/api/figures/${draft.id}/print/poster-a4`)).status).toBe(401)
    const elsewhere = await login('community@xinghualing.example')
    expect([403, 404]).toContain((await preview(`/api/figures/${draft.id}/print/poster-a4`, elsewhere)).status)
    expect((await preview(`/api/figures/${draft.id}/print/no-such-thing`, editor)).status).toBe(400)
  })

  it('shows an unpublished edit of a published figure while the site keeps the published one', async () => {
    const editor = await loginAsEditor()
    const { body } = await api<{ docs: { id: number }[] }>('/api/figures?where[slug][equals]=wang-gai-hong&depth=0')
    const id = body.docs[0]?.id as number
    await api(`/api/figures/${id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: { summary: '预览中的新简介，尚未发布。', _status: 'draft' },
    })
    const poster = await preview(`/api/figures/${id}/print/poster-a4`, editor)
    expect((await pageTexts(poster.bytes)).join('')).toContain('预览中的新简介，尚未发布。')
    const live = new Uint8Array(await readFile(path.join(site, productPath('figure', 'wang-gai-hong', 'poster-a4'))))
    expect((await pageTexts(live)).join('')).not.toContain('预览中的新简介')
    expect((await pageTexts(live)).join('')).not.toContain('样稿')
  })

  it('previews a handbook and gives the CMYK edition a print shop asks for', async () => {
    const editor = await loginAsEditor()
    const { body } = await api<{ docs: { id: number }[] }>('/api/handbooks?where[slug][equals]=wen-ming-chuang-jian-kou-dai-shu&depth=0')
    const id = body.docs[0]?.id as number
    const book = await preview(`/api/handbooks/${id}/print/handbook`, editor)
    expect(book.status).toBe(200)
    expect(Number(book.headers.get('x-print-pages')) % 4).toBe(0)
    // Every page, the blank versos included: no page of a draft can pass for the approved book.
    const unmarked = (await pageTexts(book.bytes)).flatMap((text, index) => (text.includes('样稿·未审核') ? [] : [index + 1]))
    expect(unmarked).toEqual([])
    const handbookCmyk = await preview(`/api/handbooks/${id}/print/handbook?cmyk=1`, editor)
    expect(handbookCmyk.status).toBe(200)
    expect(await preflightPdfX(handbookCmyk.bytes)).toEqual([])
  })
})
