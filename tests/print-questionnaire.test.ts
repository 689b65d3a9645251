/**
 * 纸质问卷: every published survey gets an A4 questionnaire beside its page, printed in
 * black for the office printer — checked by opening the real PDF (page boxes, embedded
 * fonts, poppler's text and render, the QR code) — with every question numbered as online,
 * the skip rules as guidance, the worker's 户码 box and page numbers; a long survey never
 * splits a question across pages; and staff preview a draft's questionnaire in the admin.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { questionnairePath } from '../contract/print.ts'
import type { PublicSurvey, SurveyQuestion } from '../contract/surveys.ts'
import { toPdfX } from '../site/print/cmyk.ts'
import { Printer } from '../site/print/index.ts'
import { api, areaId, buildSite, login, loginAsEditor, publishThroughReview, stack } from './support/cms.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { decodeQr, fonts, inkCoverage, pageBoxes, pageTexts, preflightPdfX, rasterPage, textOutsideTrim, textRuns } from './support/pdf.ts'

const MM = 72 / 25.4
const ORIGIN = 'https://xhl.example.cn'
const DAY = 86_400_000
const mm = (box: number[] | null | undefined) => box?.map((value) => Number((value / MM).toFixed(1)))
/** 第 N 页 共 M 页, however the extraction spaces it. */
const pageNumber = (n: number, of: number) => new RegExp(`第\\s*${n}\\s*页\\s*共\\s*${of}\\s*页`)

/** poppler's pdftotext in layout mode, page by page: a row of answers stays one line, as on the paper. */
async function pdftotext(pdf: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'xhl-pdftotext-'))
  try {
    await writeFile(path.join(dir, 'in.pdf'), pdf)
    const text = await new Promise<string>((resolve, reject) =>
      execFile('pdftotext', ['-layout', '-enc', 'UTF-8', 'in.pdf', '-'], { cwd: dir, maxBuffer: 16 << 20 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    )
    return text.split('\f').slice(0, -1)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** What the other products pass: plain A4 pages, embedded subset fonts of our own, text on the page, not blank, black only. */
async function expectPrintReady(pdf: Uint8Array): Promise<void> {
  const boxes = await pageBoxes(pdf)
  expect(boxes.length).toBeGreaterThan(0)
  for (const { media, bleed, trim } of boxes) {
    // A form for the office printer: the page is A4 itself, nothing to cut.
    expect(mm(media)).toEqual([0, 0, 210, 297])
    expect(mm(bleed)).toEqual([0, 0, 210, 297])
    expect(mm(trim)).toEqual([0, 0, 210, 297])
  }
  const found = await fonts(pdf)
  expect(found.length).toBeGreaterThan(0)
  for (const font of found) {
    expect(font.subtype, font.baseFont).not.toBe('Type3')
    expect(font.embedded, font.baseFont).toBe(true)
    expect(font.baseFont).toMatch(/^[A-Z]{6}\+(NotoSansSC|HanaMin)/)
  }
  expect(await textOutsideTrim(pdf)).toEqual([])
  for (let page = 1; page <= boxes.length; page++) {
    const ink = await inkCoverage(pdf, page)
    expect(ink, `page ${page}`).toBeGreaterThan(0.01)
    expect(ink, `page ${page}`).toBeLessThan(0.5)
  }
  // Black only: every pixel of the first page is a grey (the QR code, the rules and the type).
  const raster = await rasterPage(pdf, 1, 60)
  let coloured = 0
  for (let i = 0; i < raster.data.length; i += 4) {
    const [r, g, b] = [raster.data[i] ?? 0, raster.data[i + 1] ?? 0, raster.data[i + 2] ?? 0]
    if (Math.max(r, g, b) - Math.min(r, g, b) > 12) coloured++
  }
  expect(coloured).toBe(0)
  // No glyph is missing: nothing pdftotext reads as a replacement character.
  expect((await pdftotext(pdf)).join('')).not.toMatch(/\uFFFD/)
}

let editor: string
let area: number
let site: string
let slug: string
let surveyId: number

/** Every kind of question, a follow-up shown for low ratings, and a multiple choice with a limit. */
function everyKind(title: string) {
  return {
    title,
    intro: '大约需要三分钟。\n您的意见会用于改进街巷环境。',
    opensAt: new Date(Date.UTC(2026, 10, 1, 0, 0)).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    notice: { collector: '杏花岭区委宣传部', purpose: '了解居民对街巷环境的意见', contact: '0351-1234567（工作日）' },
    area,
    questions: [
      { blockType: 'choice', label: '您住在哪个小区？', options: [{ label: '锦绣苑' }, { label: '其他小区' }] },
      { blockType: 'rating', label: '您对街巷环境满意吗？', low: '很不满意', high: '很满意' },
      {
        blockType: 'choice',
        label: '主要是哪些方面不满意？',
        multiple: true,
        maxChoices: 2,
        options: [{ label: '卫生' }, { label: '停车' }, { label: '照明' }],
        showIf: { question: 2, answers: '1、2' },
      },
      { blockType: 'text', label: '请具体说说您的想法', long: true, required: false },
      {
        blockType: 'matrix',
        label: '请为以下各项打分',
        rows: [{ label: '道路清扫' }, { label: '夜间照明' }],
        columns: [{ label: '满意' }, { label: '一般' }, { label: '不满意' }],
      },
      { blockType: 'text', label: '您家的楼栋号', required: false },
    ],
  }
}

async function draftSurvey(data: Record<string, unknown>): Promise<{ id: number; slug: string }> {
  const made = await api<{ doc: { id: number; slug: string } }>('/api/surveys?draft=true', {
    method: 'POST',
    token: editor,
    body: { ...data, _status: 'draft' },
  })
  expect(made.status, made.text).toBe(201)
  return made.body.doc
}

beforeAll(async () => {
  editor = await loginAsEditor()
  area = await areaId('三桥街道')
  const survey = await draftSurvey(everyKind('街巷环境纸质问卷'))
  await publishThroughReview('surveys', survey.id)
  slug = survey.slug
  surveyId = survey.id
  site = await buildSite()
})

describe('the questionnaire of a published survey', () => {
  const file = () => path.join(site, questionnairePath(slug))
  let pdf: Uint8Array
  let pages: string[]
  beforeAll(async () => {
    pdf = new Uint8Array(await readFile(file()))
    pages = await pdftotext(pdf)
  })

  it('is built beside the survey page and linked from it and from 打印与下载', () => {
    expect(existsSync(file())).toBe(true)
    const page = readFileSync(path.join(site, `surveys/${slug}/index.html`), 'utf8')
    expect(page).toContain(`href="/surveys/${slug}/questionnaire.pdf"`)
    expect(page).toContain('下载纸质问卷（A4，可打印）')
    const overview = readFileSync(path.join(site, 'print/index.html'), 'utf8')
    expect(overview).toContain('纸质问卷')
    expect(overview).toContain(`href="/surveys/${slug}/questionnaire.pdf"`)
  })

  it('passes the print preflight, and its CMYK edition the print shop’s', async () => {
    await expectPrintReady(pdf)
    const cmyk = await toPdfX(pdf, 'Xinghualing')
    expect(await preflightPdfX(cmyk)).toEqual([])
  })

  it('shows the header, the notice, the worker’s box and a QR code to the survey online', async () => {
    // The text in the order it is drawn (pdf.js): a paragraph that wraps is still one string.
    const first = (await pageTexts(pdf))[0] as string
    for (const text of ['街巷环境纸质问卷', '杏花岭区委宣传部', '征集时间：2026年11月1日至', '征集范围：三桥街道', '大约需要三分钟。']) {
      expect(first).toContain(text)
    }
    for (const text of ['个人信息告知', '目的：了解居民对街巷环境的意见', '联系方式：0351-1234567（工作日）', '只用于统计']) {
      expect(first).toContain(text)
    }
    expect(first).toContain('不要求填写姓名、电话')
    for (const text of ['工作人员填写', '户码', '填写日期', '受理人', '录入人', '录入日期']) expect(first).toContain(text)
    expect(first).toContain('扫码可在手机上填写')
    expect(await decodeQr(pdf, 1)).toBe(`${ORIGIN}/surveys/${slug}/`)
  })

  it('shows every question numbered as online, with its answers, marks and guidance', () => {
    const text = pages.join('\n')
    const lines = text.split('\n').map((line) => line.trim())
    const labels = [
      '您住在哪个小区？',
      '您对街巷环境满意吗？',
      '主要是哪些方面不满意？',
      '请具体说说您的想法',
      '请为以下各项打分',
      '您家的楼栋号',
    ]
    for (const [index, label] of labels.entries()) expect(text).toMatch(new RegExp(`第${index + 1}题\\s*${label}（(必答|选答)）`))
    expect(text).toMatch(/请具体说说您的想法（选答）/)
    expect(text).toMatch(/您住在哪个小区？（必答）/)
    expect(text).toMatch(/○\s*锦绣苑\s+○\s*其他小区/)
    expect(text).toMatch(/很不满意\s+□\s*1分\s+□\s*2分\s+□\s*3分\s+□\s*4分\s+□\s*5分\s+很满意/)
    expect(text).toContain('（第2题选“1分”或“2分”的请回答）')
    expect(text).toContain('（可多选，最多选 2 项）')
    expect(text).toMatch(/□\s*卫生\s+□\s*停车\s+□\s*照明/)
    // The matrix: the columns once, then each row with a box per column.
    expect(text).toMatch(/满意\s+一般\s+不满意/)
    expect(lines.some((line) => /^道路清扫\s+□\s+□\s+□$/.test(line))).toBe(true)
    expect(lines.some((line) => /^夜间照明\s+□\s+□\s+□$/.test(line))).toBe(true)
    // 第 N 页 共 M 页 on every page.
    for (const [index, page] of pages.entries()) expect(page).toMatch(pageNumber(index + 1, pages.length))
  })

  it('sets everything in type of at least 12 pt, but the address under the QR code', async () => {
    const runs = await textRuns(pdf)
    expect(runs.length).toBeGreaterThan(100)
    const small = runs.filter((run) => run.height < 11.9)
    expect(small.map((run) => run.text).join('')).toBe(`${ORIGIN}/surveys/${slug}/`)
  })
})

/** A survey of 30 questions as the site reads it: choices with long options, ratings and matrices in turn. */
function longSurvey(): PublicSurvey {
  const base = { help: null, required: true, showIf: null }
  const options = (n: number, count: number) =>
    Array.from({ length: count }, (_, at) => ({ value: `q${n}-${at}`, label: `Q${n}的第${at + 1}个选项，写得稍长一些` }))
  const questions: SurveyQuestion[] = Array.from({ length: 30 }, (_, index): SurveyQuestion => {
    const n = index + 1
    const key = `q${n}`
    const label = `Q${n}题干`
    const end = `Q${n}末尾`
    switch (n % 4) {
      case 0:
        return { ...base, key, label, kind: 'single', options: [...options(n, 5), { value: `${key}-end`, label: end }] }
      case 1:
        return { ...base, key, label, kind: 'multiple', maxChoices: 3, options: [...options(n, 8), { value: `${key}-end`, label: end }] }
      case 2:
        return { ...base, key, label, kind: 'rating', low: '很不满意', high: end }
      default:
        return {
          ...base,
          key,
          label,
          kind: 'matrix',
          rows: [...options(n, 5), { value: `${key}-end`, label: end }],
          columns: [
            { value: 'a', label: '满意' },
            { value: 'b', label: '一般' },
            { value: 'c', label: '不满意' },
          ],
          ...(n > 3 ? { showIf: { question: `q${n - 1}`, values: ['1', '2'] } } : {}),
        }
    }
  })
  return {
    id: 9999,
    slug: 'san-shi-ti',
    title: '三十题问卷',
    intro: null,
    opensAt: '2026-11-01T00:00:00.000Z',
    closesAt: '2026-11-30T00:00:00.000Z',
    updatedAt: '2026-10-20T00:00:00.000Z',
    area: null,
    notice: { collector: '杏花岭区委宣传部', purpose: '了解意见', contact: '0351-1234567' },
    questions,
  }
}

describe('a 30-question survey', () => {
  const printer = new Printer()
  afterAll(() => printer.close())

  it('paginates without splitting a question, numbering every page and heading the later ones with 户码', async () => {
    const result = await printer.questionnaire(longSurvey(), PRINT_SETTINGS)
    await expectPrintReady(result.pdf)
    const pages = await pdftotext(result.pdf)
    expect(pages.length).toBe(result.pages)
    expect(pages.length).toBeGreaterThanOrEqual(4)
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text))
    for (let n = 1; n <= 30; n++) {
      const start = pageOf(`Q${n}题干`)
      expect(start, `Q${n}`).toBeGreaterThanOrEqual(0)
      expect(pageOf(`Q${n}末尾`), `Q${n} ends on the page it starts on`).toBe(start)
      expect(pages[start]).toMatch(new RegExp(`第${n}题\\s*Q${n}题干`))
    }
    expect(pages.join('')).toContain('（第6题选“1分”或“2分”的请回答）')
    for (const [index, page] of pages.entries()) {
      expect(page).toMatch(pageNumber(index + 1, pages.length))
      if (index > 0) expect(page).toMatch(/三十题问卷[\s\S]*户码：_+/)
    }
  })
})

describe('打印预览 of a survey in the admin', () => {
  const preview = async (pathAndQuery: string, token?: string) => {
    const response = await fetch(`${stack().cmsUrl}${pathAndQuery}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) }
  }

  it('prints a draft’s questionnaire, marked as a draft, for staff who may read it, and for nobody else', async () => {
    const draft = await draftSurvey(everyKind('预览中的纸质问卷'))
    const sheet = await preview(`/api/surveys/${draft.id}/print/questionnaire`, editor)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('content-type')).toBe('application/pdf')
    const pages = await pageTexts(sheet.bytes)
    expect(sheet.headers.get('x-print-pages')).toBe(String(pages.length))
    expect(pages[0]).toContain('预览中的纸质问卷')
    for (const page of pages) expect(page).toContain('样稿·未审核')
    expect(mm((await pageBoxes(sheet.bytes))[0]?.media)).toEqual([0, 0, 210, 297])
    const json = await preview(`/api/surveys/${draft.id}/print/questionnaire?format=json`, editor)
    expect(JSON.parse(new TextDecoder().decode(json.bytes))).toMatchObject({ pages: pages.length, warnings: [] })
    // The published survey previews too; a survey has no poster.
    expect((await preview(`/api/surveys/${surveyId}/print/questionnaire`, editor)).status).toBe(200)
    expect((await preview(`/api/surveys/${draft.id}/print/poster-a4`, editor)).status).toBe(400)
    // Nobody else: not anonymous visitors, not a community worker of another area, not a survey that does not exist.
    expect((await preview(`/api/surveys/${draft.id}/print/questionnaire`)).status).toBe(401)
    const elsewhere = await login('community@xinghualing.example')
    expect((await preview(`/api/surveys/${draft.id}/print/questionnaire`, elsewhere)).status).toBe(404)
    expect((await preview('/api/surveys/987654/print/questionnaire', editor)).status).toBe(404)
  })
})
