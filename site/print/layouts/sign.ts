/**
 * The 温馨提示牌: A4 landscape, one short reminder in type large enough to read from 3 m
 * (at least 64 pt: characters about 20 mm tall), the regulation article it comes from,
 * a QR code to that article online and the sponsor.
 */

import { createElement } from 'react'

import { chineseNumber } from '../../lib/numerals.ts'
import type { Sign } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { absoluteUrl, paths } from '../../settings.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4_LANDSCAPE } from '../geometry.ts'
import { markup } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'
import { SignView } from './SignView.tsx'

export const SIGN_SHEET = A4_LANDSCAPE
/** The smallest reminder type, in points: 3 m reading distance. */
export const SIGN_MIN_PT = 64

const CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 31mm; background: ${PRINT.red}; }
.sign { display: flex; flex-direction: column; height: 100%; padding: 8mm 16mm 10mm; }
.head { color: ${PRINT.onRed}; font-size: 30pt; font-weight: 700; letter-spacing: 0.3em; margin: 0; height: 20mm; line-height: 20mm; flex: none; }
/* A slogan breaks only between its phrases (the spaces editors type), never inside one. */
.reminder { flex: 1 1 auto; min-height: 0; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 96pt; line-height: 1.2; font-weight: 700; margin: 4mm 0 0; color: ${PRINT.text}; overflow: hidden; word-break: keep-all; }
.source { display: flex; gap: 8mm; align-items: center; border-top: 0.6mm solid ${PRINT.red}; padding-top: 4mm; flex: none; }
.source svg { width: 24mm; height: 24mm; flex: none; }
.source .cite { font-size: 14pt; font-weight: 700; color: ${PRINT.deepRed}; margin: 0; }
.source .text { font-size: 9pt; line-height: 1.5; margin: 1mm 0 0; color: ${PRINT.smallDark}; max-height: 13.5mm; overflow: hidden; }
.source .sponsor { font-size: 9pt; margin: 1mm 0 0; color: ${PRINT.small}; }
`

export async function signJob(sign: Sign, site: PublicSettings): Promise<PrintJob> {
  const article = `第${chineseNumber(sign.articleNumber)}条`
  const url = absoluteUrl(paths.regulationArticle(sign.regulationSlug, sign.articleNumber))
  return {
    css: sheetCss(SIGN_SHEET) + CSS,
    body: markup(createElement(SignView, { sign, site, article, url, min: SIGN_MIN_PT })),
    sheet: SIGN_SHEET,
    title: `温馨提示：${sign.reminder}`,
    subject: `温馨提示牌（A4 横版），摘自《${sign.regulationTitle}》${article}`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(sign.updatedAt),
  }
}
