/**
 * 活动签到表: an event's paper sign-in sheet for people without phones, printed in black on
 * the office printer (plain A4, no bleed). Every page carries the event (title, time the
 * Chinese way, place), a QR code to the event's page and its page number, so a loose sheet
 * still says what it belongs to; then blank rows numbered on, columns 序号 / 姓名 / 联系电话 /
 * 所在社区 / 签名. There are rows for the capacity, the waitlist and a margin beyond (walk-ins,
 * a spoilt line), rounded up to whole pages; the last page adds 实到人数 and the worker's
 * signature. Nothing personal is printed: the sheet only collects.
 */
import type { SignInSheet } from '../../../contract/servicePrint.ts'
import { chineseSpan } from '../../../contract/servicePrint.ts'
import type { PublicSettings } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4_PLAIN } from '../geometry.ts'
import { fitText, markup, QrCode } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'

export const SIGN_IN_ROWS_PER_PAGE = 20
const LABEL = '活动签到表'

/** Rows: capacity + waitlist, plus a fifth more (at least 5) for walk-ins, filled to whole pages. */
export function signInRows(sheet: SignInSheet): number {
  const wanted = sheet.capacity + sheet.waitlist
  const margin = Math.max(5, Math.ceil(wanted / 5))
  return Math.ceil((wanted + margin) / SIGN_IN_ROWS_PER_PAGE) * SIGN_IN_ROWS_PER_PAGE
}

function Head({ sheet }: { sheet: SignInSheet }) {
  return (
    <header className="head">
      <div className="words">
        <p className="label">{`${LABEL}${sheet.organiser ? ` · ${sheet.organiser}` : ''}`}</p>
        <h1 {...fitText(11, `${LABEL}：活动名称过长，已缩短。`)}>{sheet.title}</h1>
        <p>{`时间：${chineseSpan(sheet.startsAt, sheet.endsAt)}`}</p>
        <p {...fitText(9, `${LABEL}：地点过长，已缩短。`)}>{`地点：${sheet.place}${sheet.address ? `（${sheet.address}）` : ''}`}</p>
        <p>{`名额 ${sheet.capacity} 人${sheet.waitlist ? `，候补 ${sheet.waitlist} 人` : ''}。已在手机上报名的居民请出示报名码，由工作人员扫码签到。`}</p>
      </div>
      <div className="qr">
        <QrCode url={sheet.url} label={`${sheet.title}活动页二维码`} />
        <p>扫码查看活动</p>
      </div>
    </header>
  )
}

function Page({ sheet, first, rows, n, of }: { sheet: SignInSheet; first: number; rows: number; n: number; of: number }) {
  const numbers = Array.from({ length: rows }, (_, at) => first + at)
  return (
    <section className="sheet">
      <div className="page">
        <Head sheet={sheet} />
        <table>
          <thead>
            <tr>
              <th className="c-no">序号</th>
              <th className="c-name">姓名</th>
              <th className="c-phone">联系电话</th>
              <th className="c-home">所在社区</th>
              <th className="c-sign">签名</th>
            </tr>
          </thead>
          <tbody>
            {numbers.map((number) => (
              <tr key={number}>
                <td className="c-no">{number}</td>
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <footer className="foot">
          <p className="privacy">联系电话只用于本次活动的通知，活动结束后随签到表按规定保管，不作他用。</p>
          {n === of && <p className="tally">实到人数：________　　工作人员签字：______________　　日期：______________</p>}
          <p className="page-no">{`第 ${n} 页 共 ${of} 页`}</p>
        </footer>
      </div>
    </section>
  )
}

const CSS = `
.page { display: flex; flex-direction: column; height: 100%; padding: 12mm 14mm 10mm; font-size: 11pt; }
p { margin: 0; }
.head { display: flex; gap: 5mm; align-items: flex-start; border-bottom: 0.6mm solid ${PRINT.text}; padding-bottom: 2mm; height: 40mm; flex: none; }
.words { flex: 1 1 auto; min-width: 0; line-height: 1.45; }
.label { font-size: 11pt; font-weight: 700; letter-spacing: 0.2em; }
h1 { font-size: 17pt; margin: 0.5mm 0 1mm; white-space: nowrap; overflow: hidden; line-height: 1.3; }
.words p:not(.label) { white-space: nowrap; overflow: hidden; }
.words p:last-child { white-space: normal; font-size: 9pt; color: ${PRINT.smallDark}; }
.qr { flex: none; width: 28mm; text-align: center; }
.qr svg { display: block; width: 26mm; height: 26mm; margin: 0 auto; }
.qr p { font-size: 9pt; margin-top: 1mm; }
table { width: 100%; border-collapse: collapse; margin-top: 3mm; table-layout: fixed; flex: none; }
th, td { border: 0.3mm solid ${PRINT.text}; padding: 0 1.5mm; }
th { height: 9mm; font-size: 11.5pt; }
td { height: 10mm; }
.c-no { width: 13mm; text-align: center; }
.c-name { width: 30mm; }
.c-phone { width: 38mm; }
.c-home { width: 42mm; }
.foot { margin-top: auto; font-size: 9pt; flex: none; }
.tally { font-size: 11pt; margin-top: 2mm; }
.page-no { text-align: center; margin-top: 2mm; font-size: 10pt; }
`

export function signInJob(sheet: SignInSheet, site: PublicSettings): PrintJob {
  const rows = signInRows(sheet)
  const pages = rows / SIGN_IN_ROWS_PER_PAGE
  const body = Array.from({ length: pages }, (_, at) =>
    markup(<Page sheet={sheet} first={at * SIGN_IN_ROWS_PER_PAGE + 1} rows={SIGN_IN_ROWS_PER_PAGE} n={at + 1} of={pages} />),
  ).join('')
  return {
    css: sheetCss(A4_PLAIN) + CSS,
    body,
    sheet: A4_PLAIN,
    title: `${sheet.title}·活动签到表`,
    subject: `活动签到表（A4），${rows} 行`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(sheet.startsAt),
  }
}
