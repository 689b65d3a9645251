/**
 * The 宣传栏 poster, A4 or A3 portrait: a red band with the honour (or theme), a large
 * photo, the name, a one-line summary, the story as far as it fits, a QR code to the
 * online page and the sponsor. Designed at A4 in millimetres and scaled for A3, so both
 * sizes are the same design. Without a photo the story takes its place.
 */

import { createElement } from 'react'
import type { SubjectData } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A3, A4, type Sheet } from '../geometry.ts'
import { dpiWarning, printPhoto } from '../images.ts'
import { markup } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'
import { asPrintSubject, type PrintSubject } from '../subjects.tsx'
import { PosterView } from './PosterView.tsx'

/** The photo box at A4, in millimetres (the trim is 210 wide, with 12 mm margins). */
const PHOTO_A4 = { width: 186, height: 100 }

function css(sheetSpec: Sheet, k: number): string {
  const mm = (value: number) => `${(value * k).toFixed(2)}mm`
  const pt = (value: number) => `${(value * k).toFixed(2)}pt`
  return `${sheetCss(sheetSpec)}
.band { position: absolute; left: 0; right: 0; top: 0; height: ${mm(3 + 40)}; background: ${PRINT.red}; }
.foot-band { position: absolute; left: 0; right: 0; bottom: 0; height: ${mm(3 + 8)}; background: ${PRINT.red}; }
.poster { display: flex; flex-direction: column; height: 100%; padding: ${mm(9)} ${mm(12)} ${mm(13)}; }
.head { height: ${mm(29)}; flex: none; }
.no-photo .name { margin-top: ${mm(8)}; }
.kicker { color: ${PRINT.onRed}; font-size: ${pt(13)}; font-weight: 700; letter-spacing: 0.12em; margin: 0; height: ${mm(7)}; overflow: hidden; white-space: nowrap; flex: none; }
.title { color: ${PRINT.onRed}; font-size: ${pt(32)}; font-weight: 700; margin: ${mm(3)} 0 0; line-height: 1.2; height: ${mm(15)}; overflow: hidden; white-space: nowrap; flex: none; }
.photo { margin: ${mm(7)} 0 0; width: ${mm(PHOTO_A4.width)}; height: ${mm(PHOTO_A4.height)}; flex: none; }
.photo img { display: block; width: 100%; height: 100%; border-radius: ${mm(2)}; }
.name { font-size: ${pt(40)}; font-weight: 700; margin: ${mm(5)} 0 0; line-height: 1.2; height: ${mm(17)}; overflow: hidden; white-space: nowrap; flex: none; }
.summary { font-size: ${pt(15)}; line-height: 1.5; margin: ${mm(2)} 0 0; color: ${PRINT.deepRed}; max-height: ${mm(16)}; overflow: hidden; flex: none; font-weight: 700; }
.story { flex: 1 1 auto; min-height: 0; overflow: hidden; font-size: ${pt(12.5)}; line-height: 1.75; text-align: justify; margin-top: ${mm(4)}; }
.story p { margin: 0 0 0.5em; text-indent: 2em; }
.story h3 { font-size: 1.05em; margin: 0.3em 0; color: ${PRINT.red}; }
.story img, .story figure { display: none; }
.fit-more { text-indent: 0 !important; color: ${PRINT.red}; font-weight: 700; }
.qr { display: flex; gap: ${mm(6)}; align-items: center; margin-top: ${mm(4)}; border-top: ${mm(0.4)} solid ${PRINT.red}; padding-top: ${mm(4)}; flex: none; }
.qr svg { width: ${mm(28)}; height: ${mm(28)}; flex: none; }
.qr p { margin: 0; font-size: ${pt(11)}; line-height: 1.55; }
.qr strong { font-size: ${pt(15)}; }
.qr .url { font-size: ${pt(8)}; color: ${PRINT.small}; overflow-wrap: anywhere; }
.sponsor { font-size: ${pt(10)}; color: ${PRINT.onRed}; margin: 0; position: absolute; left: ${mm(12)}; right: ${mm(12)}; bottom: ${mm(1.6)}; white-space: nowrap; overflow: hidden; }
`
}

export type PosterSize = 'a4' | 'a3'
export const POSTER_SHEETS: Record<PosterSize, Sheet> = { a4: A4, a3: A3 }

export async function posterJob(given: SubjectData | PrintSubject, site: PublicSettings, size: PosterSize): Promise<PrintJob> {
  const subject = asPrintSubject(given)
  const sheetSpec = POSTER_SHEETS[size]
  const k = sheetSpec.trimWidth / A4.trimWidth
  const label = `${size.toUpperCase()} 海报`
  const photo = subject.photo ? await printPhoto(subject.photo, PHOTO_A4.width * k, PHOTO_A4.height * k) : null
  const warnings = photo ? [dpiWarning(photo, label)].filter((warning): warning is string => warning !== null) : []
  return {
    css: css(sheetSpec, k),
    body: markup(createElement(PosterView, { subject, site, photo, k, label })),
    sheet: sheetSpec,
    title: `${subject.title} ${subject.name}`,
    subject: `${subject.name}宣传海报（${size.toUpperCase()}）`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(subject.updatedAt),
    assets: photo ? new Map([[photo.src, photo.asset]]) : undefined,
    warnings,
  }
}
