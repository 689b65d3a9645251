/**
 * The A5 two-sided leaflet (宣传单) handed out door to door: the front with the photo,
 * honour (or theme), name and summary; the back with the facts, the story as far as it
 * fits, and a QR code to the online page. For figures, streets and places alike.
 */

import { escapeHtml } from '../../lib/html.ts'
import type { PrintSubject } from '../../model/printSubjects.ts'
import type { PublicSettings } from '../../model/types.ts'
import { DISTRICT } from '../../settings.ts'
import { A5 } from '../geometry.ts'
import { dpiWarning, printPhoto } from '../images.ts'
import { readOnline, sheet, sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'

export const LEAFLET_SHEET = A5

/** The photo box on the front, in millimetres (trim 148 wide, 10 mm margins). */
const PHOTO = { width: 128, height: 96 }
const LABEL = 'A5 宣传单'

const CSS = `
.band { position: absolute; left: 0; right: 0; top: 0; height: 37mm; background: #b3261e; }
.front { display: flex; flex-direction: column; height: 100%; padding: 9mm 10mm 8mm; }
.head { height: 27mm; flex: none; }
.no-photo .summary { font-size: 16pt; margin-top: 6mm; }
.kicker { color: #fff; font-size: 11pt; font-weight: 700; letter-spacing: 0.12em; margin: 0; height: 6mm; overflow: hidden; white-space: nowrap; }
.title { color: #fff; font-size: 24pt; font-weight: 700; margin: 3mm 0 0; line-height: 1.2; height: 11mm; overflow: hidden; white-space: nowrap; }
.photo { margin: 0; flex: none; }
.photo img { display: block; width: ${PHOTO.width}mm; height: ${PHOTO.height}mm; border-radius: 2mm; }
.photo figcaption { font-size: 7pt; color: #444; margin-top: 1mm; height: 3.6mm; overflow: hidden; white-space: nowrap; }
.name { font-size: 30pt; font-weight: 700; margin: 4mm 0 0; line-height: 1.2; height: 13mm; overflow: hidden; white-space: nowrap; flex: none; }
.summary { font-size: 12pt; line-height: 1.55; margin: 2mm 0 0; flex: 1 1 auto; min-height: 0; overflow: hidden; }
.footer { font-size: 8pt; color: #444; border-top: 0.3mm solid #b3261e; padding-top: 2mm; margin: 4mm 0 0; height: 6.5mm; overflow: hidden; white-space: nowrap; flex: none; }
.back { display: flex; flex-direction: column; height: 100%; padding: 10mm 10mm 8mm; }
.back h2 { font-size: 15pt; margin: 0 0 3mm; color: #b3261e; height: 8mm; overflow: hidden; white-space: nowrap; flex: none; }
.facts { margin: 0 0 3mm; font-size: 9.5pt; line-height: 1.5; display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 3mm; flex: none; }
.facts dt { font-weight: 700; color: #7a1712; }
.facts dd { margin: 0; max-height: 3em; overflow: hidden; }
.story { flex: 1 1 auto; min-height: 0; overflow: hidden; font-size: 11pt; line-height: 1.75; text-align: justify; }
.story p { margin: 0 0 0.6em; text-indent: 2em; }
.story h3 { font-size: 11.5pt; margin: 0.3em 0; color: #b3261e; }
.story img, .story figure { display: none; }
.fit-more { text-indent: 0 !important; color: #b3261e; font-weight: 700; }
.qr { display: flex; gap: 5mm; align-items: center; margin-top: 5mm; border-top: 0.3mm solid #b3261e; padding-top: 4mm; flex: none; }
.qr svg { width: 26mm; height: 26mm; flex: none; }
.qr p { margin: 0; font-size: 9pt; line-height: 1.5; }
.qr .url { font-size: 7pt; color: #444; overflow-wrap: anywhere; }
`

const storyHeading: Record<PrintSubject['kind'], string> = { figure: '的事迹', street: '的故事', place: '的变化' }

export async function leafletJob(subject: PrintSubject, site: PublicSettings): Promise<PrintJob> {
  const photo = subject.photo ? await printPhoto(subject.photo, PHOTO.width, PHOTO.height) : null
  const warnings = photo ? [dpiWarning(photo, LABEL)].filter((warning): warning is string => warning !== null) : []
  const fitText = (min: number, what: string) => `data-fit="text" data-fit-min="${min}" data-fit-warning="${LABEL}：${what}过长，已缩短。"`
  const front = `
<div class="front${photo ? '' : ' no-photo'}">
  <div class="head">
    <p class="kicker" ${fitText(7, '小标题')}>${escapeHtml(DISTRICT)} · ${escapeHtml(subject.kicker)}</p>
    <p class="title" ${fitText(14, '称号')}>${escapeHtml(subject.title)}</p>
  </div>
  ${
    photo
      ? `<figure class="photo"><img src="${photo.src}" alt="${escapeHtml(photo.alt)}">${
          photo.caption ? `<figcaption ${fitText(6, '图片说明')}>${escapeHtml(photo.caption)}</figcaption>` : ''
        }</figure>`
      : ''
  }
  <h1 class="name" ${fitText(14, '名称')}>${escapeHtml(subject.name)}</h1>
  <p class="summary" ${fitText(9, '一句话介绍')}>${escapeHtml(subject.summary)}</p>
  <p class="footer" ${fitText(6, '页脚')}>${escapeHtml(subject.area || DISTRICT)} · 主办：${escapeHtml(site.sponsor)}</p>
</div>`
  const facts = subject.facts.length
    ? `<dl class="facts">${subject.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd ${fitText(8, fact.label)}>${escapeHtml(fact.value)}</dd>`).join('')}</dl>`
    : ''
  const back = `
<div class="back">
  <h2 ${fitText(9, '标题')}>${escapeHtml(subject.name)}${storyHeading[subject.kind]}</h2>
  ${facts}
  <div class="story" data-fit data-fit-min="9" data-fit-more="……全文请扫描下方二维码阅读。" data-fit-warning="${LABEL}：正文较长，只印了开头部分，其余请读者扫码阅读。">${subject.storyHtml || `<p>${escapeHtml(subject.summary)}</p>`}</div>
  ${await readOnline(subject.url, subject.name, site.siteName)}
  <p class="footer" ${fitText(6, '页脚')}>主办：${escapeHtml(site.sponsor)} · ${escapeHtml(site.siteName)}</p>
</div>`
  return {
    css: sheetCss(LEAFLET_SHEET) + CSS,
    body: sheet({ bleedArt: '<div class="band"></div>', content: front }) + sheet({ content: back }),
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
