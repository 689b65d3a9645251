/**
 * 纸质问卷: a published survey as an A4 form that community workers print in black on an
 * office printer or a copier and hand to residents who do not answer online; the answers
 * are typed in later and counted with the online ones.
 *
 * The first page has the title, the collecting office, the dates and the intro, the
 * 个人信息告知, a QR code to the survey online (扫码可在手机上填写) and a box the worker
 * fills in (户码, 填写日期, 受理 and 录入). Then the questions, numbered as online (a
 * follow-up keeps its number and says when to answer it): ○ for single choice, □ for
 * multiple choice and ratings, writing lines for text, a table for a matrix. A question is
 * never split across pages. Later pages repeat the title and a 户码 blank at the top, so a
 * loose sheet finds its household; every page is numbered 第 N 页 共 M 页.
 *
 * Black on white only (no colour is needed to read or copy it), on a plain A4 page without
 * bleed or crop marks, and type of at least 12 pt for older residents (适老化).
 */

import { createElement } from 'react'

import type { PublicSurvey } from '../../../contract/surveys.ts'
import { shorten } from '../../lib/lineBreak.ts'
import type { PublicSettings } from '../../model/types.ts'
import { absoluteUrl, paths } from '../../settings.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4_PLAIN } from '../geometry.ts'
import { markup } from '../parts.tsx'
import { PRINT_FONTS } from '../primitives.ts'
import type { PrintJob } from '../render.ts'
import { QuestionnaireView } from './QuestionnaireView.tsx'

export const QUESTIONNAIRE_SHEET = A4_PLAIN
/** The smallest type of the questions, the answers and the notice, in points (适老化). */
export const QUESTIONNAIRE_MIN_PT = 12
/** Writing lines under a long-text question. */
const LONG_LINES = 5

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`
/** The title as the head of later pages: a margin box shows one line. */
const runningTitle = (survey: PublicSurvey) => shorten(survey.title, 24)
const HOUSEHOLD = '户码：__________'
const PAGE_NUMBER_GLYPHS = '第页共0123456789 '

function css(survey: PublicSurvey): string {
  const ink = PRINT.text
  const margin = `font-size: ${QUESTIONNAIRE_MIN_PT}pt; color: ${ink};`
  return `
@page {
  size: ${QUESTIONNAIRE_SHEET.trimWidth}mm ${QUESTIONNAIRE_SHEET.trimHeight}mm;
  margin: 18mm 16mm 20mm;
  @top-left { content: ${cssString(runningTitle(survey))}; ${margin} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(HOUSEHOLD)}; ${margin} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; ${margin} vertical-align: top; padding-top: 6mm; }
}
@page :first { margin-top: 14mm; @top-left { content: none } @top-right { content: none } }
/* The margin boxes take their type from the root, not body. */
html { font-family: ${PRINT_FONTS}; }
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${PRINT_FONTS}; font-synthesis: none; color: ${ink}; font-size: 12.5pt; line-height: 1.6; }
p { margin: 0; }
.head { display: flex; gap: 6mm; align-items: flex-start; border-bottom: 0.6mm solid ${ink}; padding-bottom: 3mm; }
.title-block { flex: 1 1 auto; min-width: 0; }
.office { font-size: 12pt; font-weight: 700; letter-spacing: 0.08em; }
h1 { font-size: 20pt; line-height: 1.3; margin: 1.5mm 0 2mm; overflow-wrap: anywhere; }
.dates { font-size: 12pt; }
.office-use { flex: none; width: 58mm; border: 0.4mm solid ${ink}; padding: 1.5mm 3mm 2mm; font-size: 12pt; line-height: 1.5; }
.office-use-title { font-weight: 700; text-align: center; border-bottom: 0.3mm solid ${ink}; margin-bottom: 1mm; }
.office-use p:not(.office-use-title) { display: flex; align-items: baseline; gap: 1.5mm; margin-top: 1.2mm; }
.office-use .blank { flex: 1 1 auto; border-bottom: 0.3mm solid ${ink}; height: 5mm; }
.intro { margin: 3mm 0 0; }
.intro p { text-indent: 2em; }
.notice-row { display: flex; gap: 5mm; align-items: stretch; margin-top: 3mm; break-inside: avoid; }
.notice { flex: 1 1 auto; border: 0.3mm solid ${ink}; padding: 2mm 3mm; font-size: 12pt; line-height: 1.5; }
.notice h2 { font-size: 13pt; margin: 0 0 1mm; }
.notice ul { margin: 0; padding-left: 1.2em; }
.online { flex: none; width: 42mm; text-align: center; }
.online svg { display: block; width: 30mm; height: 30mm; margin: 0 auto; }
.online .scan { font-size: 12pt; font-weight: 700; line-height: 1.35; margin-top: 1.5mm; }
.online .url { font-size: 8pt; line-height: 1.3; color: ${PRINT.small}; overflow-wrap: anywhere; margin-top: 1mm; }
.how { margin-top: 3mm; font-size: 12pt; line-height: 1.5; }
.questions { list-style: none; padding: 0; margin: 3mm 0 0; }
.question { break-inside: avoid; padding: 2.5mm 0 3mm; border-top: 0.3mm solid ${ink}; }
.q-head { font-size: 13pt; font-weight: 700; line-height: 1.5; }
.q-number { margin-right: 0.5em; }
.q-need { font-weight: 400; font-size: 12pt; }
.q-note { font-size: 12pt; margin-top: 0.5mm; }
.mark { font-size: 16pt; line-height: 1; margin-right: 1.5mm; }
.choices { list-style: none; padding: 0; margin: 1.5mm 0 0; display: flex; flex-wrap: wrap; gap: 1.5mm 9mm; }
.choices li { display: flex; align-items: baseline; }
.rating { display: flex; flex-wrap: wrap; align-items: baseline; gap: 1.5mm 6mm; margin-top: 1.5mm; }
.rating .cell { display: inline-flex; align-items: baseline; }
.rating .word { font-weight: 700; }
.lines .line { height: 10mm; border-bottom: 0.3mm solid ${ink}; }
.matrix { border-collapse: collapse; margin-top: 1.5mm; width: 100%; font-size: 12pt; line-height: 1.4; }
.matrix th, .matrix td { border: 0.3mm solid ${ink}; padding: 1.2mm 1.5mm; text-align: center; vertical-align: middle; }
.matrix thead th { font-weight: 700; }
.matrix tbody th { text-align: left; font-weight: 400; width: 38%; }
.matrix .mark { margin: 0; }
.end { margin-top: 4mm; padding-top: 3mm; border-top: 0.6mm solid ${ink}; font-weight: 700; text-align: center; break-inside: avoid; }
`
}

/** The survey's questionnaire, ready to print. */
export function questionnaireJob(survey: PublicSurvey, site: PublicSettings): PrintJob {
  const url = absoluteUrl(paths.survey(survey.slug))
  return {
    css: css(survey),
    body: markup(createElement(QuestionnaireView, { survey, url, longLines: LONG_LINES })),
    sheet: QUESTIONNAIRE_SHEET,
    title: `${survey.title}（纸质问卷）`,
    subject: `民意征集纸质问卷（A4），${survey.questions.length} 题`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(survey.updatedAt),
    // The running heads and page numbers are in page margins only: their glyphs are loaded on purpose.
    glyphs: `${runningTitle(survey)}${HOUSEHOLD}${PAGE_NUMBER_GLYPHS}…`,
  }
}
