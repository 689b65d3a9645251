/**
 * 印制单: the one page that goes with a 印刷包 to the print shop — what to print, in which
 * size on which paper, how many, which file, which version, who ordered it and when, and
 * the plain sentence on each product about the file the shop needs.
 */
import type { PublicSettings } from '../../model/types.ts'
import { PRINT } from '../../styles/tokens.ts'
import { A4 } from '../geometry.ts'
import { markup, Sheet } from '../parts.tsx'
import { sheetCss } from '../primitives.ts'
import type { PrintJob } from '../render.ts'

export interface OrderSheetLine {
  product: string
  paper: string
  name: string
  quantity: number
  file: string
  /** 2026-11-29 22:13: when the printed version was published. */
  version: string
}

export interface OrderSheet {
  number: number
  orderedBy: string
  orderedAt: string
  note: string | null
  lines: OrderSheetLine[]
  /** The print-shop sentence of each product in the order, once each. */
  notes: string[]
}

const CSS = `
.order { padding: 14mm 14mm 12mm; font-size: 10pt; line-height: 1.5; }
.order h1 { font-size: 22pt; margin: 0; color: ${PRINT.red}; letter-spacing: 0.2em; }
.order .meta { display: grid; grid-template-columns: auto 1fr auto 1fr; gap: 1mm 4mm; margin: 4mm 0; }
.order .meta dt { color: ${PRINT.smallDark}; }
.order .meta dd { margin: 0; font-weight: 700; }
.order table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.order th, .order td { border: 0.3mm solid ${PRINT.smallDark}; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
.order th { background: ${PRINT.tint}; }
.order td.n { text-align: right; white-space: nowrap; }
.order th:nth-child(1) { width: 9mm; }
.order th:nth-child(2) { width: 30mm; }
.order th:nth-child(5) { width: 18mm; }
.order .file { overflow-wrap: anywhere; font-size: 8pt; }
.order .total { margin: 2mm 0 0; font-weight: 700; }
.order ul { margin: 3mm 0 0; padding-left: 5mm; }
.order .sign { display: flex; gap: 20mm; margin-top: 8mm; }
`

function OrderSheetView({ order, site }: { order: OrderSheet; site: PublicSettings }) {
  const copies = order.lines.reduce((sum, line) => sum + line.quantity, 0)
  return (
    <Sheet>
      <div className="order">
        <h1>印制单</h1>
        <dl className="meta">
          <dt>印刷包编号</dt>
          <dd>{order.number}</dd>
          <dt>下单人</dt>
          <dd>{order.orderedBy}</dd>
          <dt>下单时间</dt>
          <dd>{order.orderedAt}</dd>
          <dt>主办单位</dt>
          <dd>{site.sponsor}</dd>
        </dl>
        <table>
          <thead>
            <tr>
              <th>序号</th>
              <th>内容</th>
              <th>印刷品</th>
              <th>尺寸、纸张</th>
              <th>数量（份）</th>
              <th>文件</th>
              <th>版本（发布时间）</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line, index) => (
              <tr key={line.file}>
                <td className="n">{index + 1}</td>
                <td>{line.name}</td>
                <td>{line.product}</td>
                <td>{line.paper}</td>
                <td className="n">{line.quantity}</td>
                <td className="file">{line.file}</td>
                <td>{line.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="total">
          共 {order.lines.length} 个文件，合计 {copies} 份。
        </p>
        {order.note ? <p>备注：{order.note}</p> : null}
        <ul>
          {order.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <div className="sign">
          <p>印刷单位（签收）：__________</p>
          <p>交付日期：__________</p>
        </div>
      </div>
    </Sheet>
  )
}

export function orderSheetJob(order: OrderSheet, site: PublicSettings): PrintJob {
  return {
    css: sheetCss(A4) + CSS,
    body: markup(<OrderSheetView order={order} site={site} />),
    sheet: A4,
    title: `印制单（印刷包 ${order.number}）`,
    subject: `${order.lines.length} 个文件，下单人 ${order.orderedBy}`,
    author: site.sponsor,
    creator: site.siteName,
    date: new Date(),
  }
}
