/**
 * The A5 two-sided leaflet (宣传单) for a figure: front with portrait, honour and name;
 * back with the story and a QR code to the online page.
 */

import type { PublicFigure, PublicSettings } from '../../content/model.ts'
import { escapeHtml } from '../../lib/html.ts'
import { absoluteUrl, DISTRICT, paths } from '../../settings.ts'
import { A5 } from '../geometry.ts'
import { htmlDocument, qrSvg, sheet, sheetCss } from '../primitives.ts'

export const LEAFLET_SHEET = A5

export const PORTRAIT_PATH = '/images/portrait'

const CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 37mm; background: #b3261e; }
.front { display: flex; flex-direction: column; height: 100%; padding: 9mm 10mm 8mm; }
.kicker { color: #fff; font-size: 11pt; font-weight: 700; letter-spacing: 0.12em; margin: 0; }
.honour { color: #fff; font-size: 24pt; font-weight: 700; margin: 3mm 0 0; line-height: 1.2; }
.portrait { margin: 9mm 0 0; flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.portrait img { width: 100%; flex: 1 1 auto; min-height: 0; object-fit: cover; border-radius: 2mm; }
.portrait figcaption { font-size: 7pt; color: #444; margin-top: 1mm; }
.name { font-size: 30pt; font-weight: 700; margin: 4mm 0 0; line-height: 1.15; overflow-wrap: anywhere; }
.summary { font-size: 12pt; line-height: 1.55; margin: 2mm 0 0; }
.footer { font-size: 8pt; color: #444; border-top: 0.3mm solid #b3261e; padding-top: 2mm; margin-top: 4mm; }
.back { display: flex; flex-direction: column; height: 100%; padding: 10mm 10mm 8mm; }
.back h2 { font-size: 15pt; margin: 0 0 3mm; color: #b3261e; }
.story { flex: 1 1 auto; min-height: 0; overflow: hidden; font-size: 11pt; line-height: 1.75; text-align: justify; }
.story p { margin: 0 0 0.6em; text-indent: 2em; }
.story img { display: none; }
.fit-more { text-indent: 0 !important; color: #b3261e; font-weight: 700; }
.qr { display: flex; gap: 5mm; align-items: center; margin-top: 5mm; border-top: 0.3mm solid #b3261e; padding-top: 4mm; }
.qr svg { width: 26mm; height: 26mm; flex: none; }
.qr p { margin: 0; font-size: 9pt; line-height: 1.5; }
.qr .url { font-size: 7pt; color: #444; overflow-wrap: anywhere; }
`

export async function leafletHtml(figure: PublicFigure, site: PublicSettings): Promise<string> {
  const url = absoluteUrl(paths.figure(figure.slug))
  const portrait = figure.portrait?.original
  const front = `
<div class="front">
  <p class="kicker">${escapeHtml(DISTRICT)} · ${escapeHtml(figure.honourKind)}</p>
  <p class="honour">${escapeHtml(figure.honourTitle)}</p>
  ${
    portrait
      ? `<figure class="portrait"><img src="${PORTRAIT_PATH}" alt="${escapeHtml(portrait.alt)}">${
          portrait.caption ? `<figcaption>${escapeHtml(portrait.caption)}</figcaption>` : ''
        }</figure>`
      : '<div class="portrait"></div>'
  }
  <h1 class="name">${escapeHtml(figure.name)}</h1>
  <p class="summary">${escapeHtml(figure.summary)}</p>
  <p class="footer">${escapeHtml(figure.area)} · 主办：${escapeHtml(site.sponsor)}</p>
</div>`
  const back = `
<div class="back">
  <h2>${escapeHtml(figure.name)}的事迹</h2>
  <div class="story" data-fit data-fit-min="9" data-fit-more="……全文请扫描下方二维码阅读。" data-fit-warning="事迹较长，宣传单中只印了开头部分，其余请读者扫码阅读。">${figure.storyHtml}</div>
  <div class="qr">
    ${await qrSvg(url, `${figure.name}的网页二维码`)}
    <div>
      <p><strong>扫码阅读全文</strong></p>
      <p>${escapeHtml(site.siteName)}</p>
      <p class="url">${escapeHtml(url)}</p>
    </div>
  </div>
  <p class="footer">主办：${escapeHtml(site.sponsor)} · ${escapeHtml(site.siteName)}</p>
</div>`
  return htmlDocument(
    `${figure.honourTitle} ${figure.name} · 宣传单`,
    sheetCss(LEAFLET_SHEET) + CSS,
    sheet(LEAFLET_SHEET, { bleedArt: '<div class="band"></div>', content: front }) + sheet(LEAFLET_SHEET, { content: back }),
  )
}
