/**
 * 评选邀请码 slips: ten to an A4 page (2 × 5, 105 × 59.4 mm), with dashed lines to cut
 * along. Each slip names the 评选, shows the code in large type and the ballot's address,
 * and has a QR code to the ballot with the code filled in, plus 每户一张、只能使用一次.
 * Printed on an office printer, so the sheet has no bleed and no crop marks.
 */
import type { VoteSlips } from '../../contract/elections.ts'
import { PRINT } from '../styles/tokens.ts'
import { A4_PLAIN } from './geometry.ts'
import { markup, QrCode } from './parts.tsx'
import { sheetCss } from './primitives.ts'
import type { PrintJob } from './render.ts'

export const SLIPS_PER_PAGE = 10

function Slip({ slips, code }: { slips: VoteSlips; code: string }) {
  // In the fragment: a browser never sends it, so the code stays out of servers' logs and referrers.
  const url = `${slips.url}#code=${code}`
  return (
    <div className="slip">
      <div className="words">
        <p className="title" data-fit="text" data-fit-min="8" data-fit-warning="评选名称太长，纸条上已缩小。">
          {slips.title}
        </p>
        <p className="label">投票邀请码</p>
        <p className="code">{code}</p>
        <p className="how">扫右侧二维码投票，或打开下面的网址输入邀请码：</p>
        <p className="url">{slips.url}</p>
        <p className="once">
          <strong>每户一张、只能使用一次</strong>
          {slips.building ? `　${slips.building}` : ''}
        </p>
      </div>
      <div className="qr">
        <QrCode url={url} label={`投票页面二维码（邀请码 ${code}）`} />
      </div>
    </div>
  )
}

function SlipsView({ slips }: { slips: VoteSlips }) {
  const pages: string[][] = []
  for (let at = 0; at < slips.codes.length; at += SLIPS_PER_PAGE) pages.push(slips.codes.slice(at, at + SLIPS_PER_PAGE))
  return (
    <>
      {pages.map((codes) => (
        <section className="sheet" key={codes[0]}>
          {codes.map((code) => (
            <Slip key={code} slips={slips} code={code} />
          ))}
        </section>
      ))}
    </>
  )
}

const CSS = `
.sheet { display: grid; grid-template-columns: 105mm 105mm; grid-template-rows: repeat(5, 59.4mm); }
.slip { display: flex; gap: 3mm; padding: 5mm 5mm 4mm 6mm; border-right: 0.3mm dashed ${PRINT.small}; border-bottom: 0.3mm dashed ${PRINT.small}; overflow: hidden; }
.slip:nth-child(2n) { border-right: none; }
.words { flex: 1; min-width: 0; }
p { margin: 0; }
.title { font-size: 11pt; font-weight: 700; white-space: nowrap; overflow: hidden; }
.label { font-size: 8pt; color: ${PRINT.smallDark}; margin-top: 2mm; }
.code { font-size: 19pt; font-weight: 700; letter-spacing: 0.06em; font-variant-numeric: tabular-nums; }
.how { font-size: 7pt; margin-top: 1.5mm; color: ${PRINT.smallDark}; }
.url { font-size: 7pt; word-break: break-all; }
.once { font-size: 8.5pt; margin-top: 2mm; color: ${PRINT.red}; }
.qr { width: 30mm; flex: none; align-self: center; }
.qr svg { width: 30mm; height: 30mm; display: block; }
`

export function slipsJob(slips: VoteSlips, date = new Date()): PrintJob {
  return {
    css: sheetCss(A4_PLAIN) + CSS,
    body: markup(<SlipsView slips={slips} />),
    sheet: A4_PLAIN,
    title: `${slips.title}·投票邀请码`,
    subject: `${slips.codes.length} 张投票邀请码`,
    author: '杏花岭区委宣传部',
    creator: '杏花岭宣传微平台',
    date,
  }
}
