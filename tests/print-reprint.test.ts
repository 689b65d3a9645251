/**
 * A reprint is the same file: the paper questionnaire and the 台账 (both with tables whose
 * header cells Chromium names after DOM node IDs) come out byte for byte the same when
 * printed again on a warm press after other pieces, and on a fresh browser.
 */
import { createHash } from 'node:crypto'

import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'

import { SERVICE_LEDGER, SERVICE_MENU } from '../contract/servicePrint.ts'
import type { PublicSurvey } from '../contract/surveys.ts'
import { Printer } from '../site/print/index.ts'
import { PRINT_SETTINGS } from './support/fixtures.ts'
import { sampleLedger, sampleMenu } from './support/servicePrint.ts'

const site = PRINT_SETTINGS
const warm = new Printer()
afterAll(() => warm.close())

const survey: PublicSurvey = {
  id: 4242,
  slug: 'chong-yin',
  title: '小区环境问卷',
  intro: '请根据您的实际感受填写。',
  opensAt: '2026-11-01T00:00:00.000Z',
  closesAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-10-20T00:00:00.000Z',
  area: null,
  notice: { collector: '杏花岭区委宣传部', purpose: '了解意见', contact: '0351-1234567' },
  questions: [
    {
      key: 'often',
      label: '您多久去一次小区广场？',
      help: null,
      required: true,
      showIf: null,
      kind: 'single',
      options: [
        { value: 'daily', label: '每天' },
        { value: 'weekly', label: '每周' },
        { value: 'never', label: '从不' },
      ],
    },
    {
      key: 'grid',
      label: '您对以下方面是否满意？',
      help: null,
      required: true,
      showIf: null,
      kind: 'matrix',
      rows: [
        { value: 'clean', label: '道路清扫' },
        { value: 'light', label: '夜间照明' },
      ],
      columns: [
        { value: 'a', label: '满意' },
        { value: 'b', label: '一般' },
        { value: 'c', label: '不满意' },
      ],
    },
  ],
}

/** The structure element IDs of a tagged PDF, and the names its data cells point to with /Headers. */
async function structureIds(pdf: Uint8Array): Promise<{ ids: string[]; headers: string[] }> {
  const doc = await PDFDocument.load(pdf)
  const ids: string[] = []
  const headers: string[] = []
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue
    const id = object.get(PDFName.of('ID'))
    if (object.has(PDFName.of('S')) && id instanceof PDFString) ids.push(id.asString())
    const attributes = object.lookup(PDFName.of('A'))
    for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const list = attribute instanceof PDFDict ? attribute.lookup(PDFName.of('Headers')) : undefined
      if (list instanceof PDFArray) for (const name of list.asArray()) if (name instanceof PDFString) headers.push(name.asString())
    }
  }
  return { ids, headers }
}

const digest = (pdf: Uint8Array | undefined) =>
  createHash('sha256')
    .update(pdf ?? new Uint8Array())
    .digest('hex')

/** Prints `piece` on the warm printer, then other pieces, then again, and on a fresh browser. */
async function threeTimes(piece: (printer: Printer) => Promise<{ pdf: Uint8Array }>): Promise<Uint8Array[]> {
  const first = (await piece(warm)).pdf
  await warm.serviceMenu(SERVICE_MENU.parse(sampleMenu(5)), 'leaflet-a5', site)
  await warm.questionnaire({ ...survey, title: '另一份问卷' }, site)
  const again = (await piece(warm)).pdf
  const fresh = new Printer()
  try {
    return [first, again, (await piece(fresh)).pdf]
  } finally {
    await fresh.close()
  }
}

describe('a reprint of the same content', () => {
  it('gives the same paper questionnaire byte for byte, its table header IDs included', async () => {
    const [first, again, fresh] = await threeTimes((printer) => printer.questionnaire(survey, site))
    const { ids, headers } = await structureIds(first as Uint8Array)
    // The matrix's header cells are named, and its data cells point to them.
    expect(ids.length).toBeGreaterThan(0)
    expect(headers.length).toBeGreaterThan(0)
    expect(headers.filter((name) => !ids.includes(name))).toEqual([])
    expect(digest(again), 'printed again on the warm press').toBe(digest(first))
    expect(digest(fresh), 'printed on a fresh browser').toBe(digest(first))
  })

  it('gives the same 台账 byte for byte', async () => {
    const ledger = SERVICE_LEDGER.parse(await sampleLedger(3, 12, 1, { width: 400, height: 300 }))
    const [first, again, fresh] = await threeTimes((printer) => printer.ledger(ledger, site))
    const { ids, headers } = await structureIds(first as Uint8Array)
    expect(ids.length).toBeGreaterThan(0)
    expect(headers.filter((name) => !ids.includes(name))).toEqual([])
    expect(digest(again), 'printed again on the warm press').toBe(digest(first))
    expect(digest(fresh), 'printed on a fresh browser').toBe(digest(first))
  })
})
