/**
 * The 温馨提示牌: A4 landscape, one short reminder in type large enough to read from 3 m
 * (at least 64 pt: characters about 20 mm tall), the regulation article it comes from,
 * a QR code to that article online and the sponsor.
 */

import { escapeHtml } from '../../lib/html.ts'
import { chineseNumber } from '../../lib/numerals.ts'
import type { Sign } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { absoluteUrl, paths } from '../../settings.ts'
import { A4_LANDSCAPE } from '../geometry.ts'
import { qrSvg, sheet, sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'

export const SIGN_SHEET = A4_LANDSCAPE
/** The smallest reminder type, in points: 3 m reading distance. */
export const SIGN_MIN_PT = 64

const CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 31mm; background: #b3261e; }
.sign { display: flex; flex-direction: column; height: 100%; padding: 8mm 16mm 10mm; }
.head { color: #fff; font-size: 30pt; font-weight: 700; letter-spacing: 0.3em; margin: 0; height: 20mm; line-height: 20mm; flex: none; }
/* A slogan breaks only between its phrases (the spaces editors type), never inside one. */
.reminder { flex: 1 1 auto; min-height: 0; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 96pt; line-height: 1.2; font-weight: 700; margin: 4mm 0 0; color: #000; overflow: hidden; word-break: keep-all; }
.source { display: flex; gap: 8mm; align-items: center; border-top: 0.6mm solid #b3261e; padding-top: 4mm; flex: none; }
.source svg { width: 24mm; height: 24mm; flex: none; }
.source .cite { font-size: 14pt; font-weight: 700; color: #7a1712; margin: 0; }
.source .text { font-size: 9pt; line-height: 1.5; margin: 1mm 0 0; color: #333; max-height: 13.5mm; overflow: hidden; }
.source .sponsor { font-size: 9pt; margin: 1mm 0 0; color: #444; }
`

export async function signJob(sign: Sign, site: PublicSettings): Promise<PrintJob> {
  const article = `第${chineseNumber(sign.articleNumber)}条`
  const url = absoluteUrl(paths.regulationArticle(sign.regulationSlug, sign.articleNumber))
  const content = `
<div class="sign">
  <p class="head">温馨提示</p>
  <p class="reminder" data-fit="text" data-fit-min="${SIGN_MIN_PT}" data-fit-warning="温馨提示牌：提示语太长，在 3 米外可读的字号下放不下，已截断；请缩短到 24 个字以内。">${escapeHtml(sign.reminder)}</p>
  <div class="source">
    ${await qrSvg(url, `${sign.regulationTitle}${article}的网页二维码`)}
    <div>
      <p class="cite">——摘自《${escapeHtml(sign.regulationTitle)}》${article}</p>
      <p class="text" data-fit="text" data-fit-min="7" data-fit-warning="温馨提示牌：条文较长，只印了开头，扫码可读全文。">${escapeHtml(sign.articleText)}</p>
      <p class="sponsor">${escapeHtml(site.sponsor)} · ${escapeHtml(site.siteName)}</p>
    </div>
  </div>
</div>`
  return {
    css: sheetCss(SIGN_SHEET) + CSS,
    body: sheet({ bleedArt: '<div class="band"></div>', content }),
    sheet: SIGN_SHEET,
    title: `温馨提示：${sign.reminder}`,
    subject: `温馨提示牌（A4 横版），摘自《${sign.regulationTitle}》${article}`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(sign.updatedAt),
  }
}
