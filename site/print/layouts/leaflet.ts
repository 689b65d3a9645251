/**
 * The A5 two-sided leaflet (宣传单) handed out door to door: the front with the photo,
 * honour (or theme), name and summary; the back with the facts, the story as far as it
 * fits, and a QR code to the online page. For figures, streets and places alike.
 */

import { createElement } from 'react'
import type { SubjectData } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A5 } from '../geometry.ts'
import { dpiWarning, printPhoto } from '../images.ts'
import { markup } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'
import { asPrintSubject, type PrintSubject } from '../subjects.tsx'
import { LABEL, LeafletView } from './LeafletView.tsx'

export const LEAFLET_SHEET = A5

/** The photo box on the front, in millimetres (trim 148 wide, 10 mm margins). */
const PHOTO = { width: 128, height: 96 }

const CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 37mm; background: ${PRINT.red}; }
.front { display: flex; flex-direction: column; height: 100%; padding: 9mm 10mm 8mm; }
.head { height: 27mm; flex: none; }
.no-photo .summary { font-size: 16pt; margin-top: 6mm; }
.kicker { color: ${PRINT.onRed}; font-size: 11pt; font-weight: 700; letter-spacing: 0.12em; margin: 0; height: 6mm; overflow: hidden; white-space: nowrap; }
.title { color: ${PRINT.onRed}; font-size: 24pt; font-weight: 700; margin: 3mm 0 0; line-height: 1.2; height: 11mm; overflow: hidden; white-space: nowrap; }
.photo { margin: 0; flex: none; }
.photo img { display: block; width: ${PHOTO.width}mm; height: ${PHOTO.height}mm; border-radius: 2mm; }
.photo figcaption { font-size: 7pt; color: ${PRINT.small}; margin-top: 1mm; height: 3.6mm; overflow: hidden; white-space: nowrap; }
.name { font-size: 30pt; font-weight: 700; margin: 4mm 0 0; line-height: 1.2; height: 13mm; overflow: hidden; white-space: nowrap; flex: none; }
.summary { font-size: 12pt; line-height: 1.55; margin: 2mm 0 0; flex: 1 1 auto; min-height: 0; overflow: hidden; }
.footer { font-size: 8pt; color: ${PRINT.small}; border-top: 0.3mm solid ${PRINT.red}; padding-top: 2mm; margin: 4mm 0 0; height: 6.5mm; overflow: hidden; white-space: nowrap; flex: none; }
.back { display: flex; flex-direction: column; height: 100%; padding: 10mm 10mm 8mm; }
.back h2 { font-size: 15pt; margin: 0 0 3mm; color: ${PRINT.red}; height: 8mm; overflow: hidden; white-space: nowrap; flex: none; }
.facts { margin: 0 0 3mm; font-size: 9.5pt; line-height: 1.5; display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 3mm; flex: none; }
.facts dt { font-weight: 700; color: ${PRINT.deepRed}; }
.facts dd { margin: 0; max-height: 3em; overflow: hidden; }
.story { flex: 1 1 auto; min-height: 0; overflow: hidden; font-size: 11pt; line-height: 1.75; text-align: justify; }
.story p { margin: 0 0 0.6em; text-indent: 2em; }
.story h3 { font-size: 11.5pt; margin: 0.3em 0; color: ${PRINT.red}; }
.story img, .story figure { display: none; }
.fit-more { text-indent: 0 !important; color: ${PRINT.red}; font-weight: 700; }
.qr { display: flex; gap: 5mm; align-items: center; margin-top: 5mm; border-top: 0.3mm solid ${PRINT.red}; padding-top: 4mm; flex: none; }
.qr svg { width: 26mm; height: 26mm; flex: none; }
.qr p { margin: 0; font-size: 9pt; line-height: 1.5; }
.qr .url { font-size: 7pt; color: ${PRINT.small}; overflow-wrap: anywhere; }
`

export async function leafletJob(given: SubjectData | PrintSubject, site: PublicSettings): Promise<PrintJob> {
  const subject = asPrintSubject(given)
  const photo = subject.photo ? await printPhoto(subject.photo, PHOTO.width, PHOTO.height) : null
  const warnings = photo ? [dpiWarning(photo, LABEL)].filter((warning): warning is string => warning !== null) : []
  return {
    css: sheetCss(LEAFLET_SHEET) + CSS,
    body: markup(createElement(LeafletView, { subject, site, photo })),
    sheet: LEAFLET_SHEET,
    title: `${subject.title} ${subject.name}`,
    subject: `${subject.name}宣传单（A5 双面）`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(subject.updatedAt),
    assets: photo ? new Map([[photo.src, photo.asset]]) : undefined,
    warnings,
  }
}
