/**
 * 印刷台: for community workers above all — pick published items (or a whole area), the
 * products and quantities, and get one ZIP for the print shop with its 印制单. Below, the
 * person's own orders: progress while they are made, the download, and which items have
 * changed (或已下线) since they were printed.
 */
import type { AdminViewServerProps, Payload } from 'payload'

import type { PrintOrder, User } from '../../../contract/payload-types'
import { ORDER_PRODUCT_LABELS } from '../../../contract/print'
import { shortDateTime } from '../../../contract/time'
import { type DeskItem, deskCatalogue, ownOrders, reprintNotes } from '../../printDesk/catalogue'
import { AdminPage } from '../AdminPage'
import { OrderProgress } from './OrderProgress'
import { PrintDeskForm } from './PrintDeskForm'

async function OrderHistory({ payload, user, catalogue }: { payload: Payload; user: User; catalogue: DeskItem[] }) {
  const docs = await ownOrders(payload, user, 20)
  if (docs.length === 0) return <p>还没有下过单。</p>
  return (
    <table className="print-desk__history">
      <thead>
        <tr>
          <th>编号</th>
          <th>下单时间</th>
          <th>内容</th>
          <th>状态</th>
        </tr>
      </thead>
      <tbody>
        {docs.map((order: PrintOrder) => {
          const notes = reprintNotes(order.items ?? [], catalogue)
          return (
            <tr key={order.id} data-order={order.id}>
              <td>{order.id}</td>
              <td>{shortDateTime(order.createdAt)}</td>
              <td>
                <ul>
                  {(order.items ?? []).map((item, index) => (
                    <li key={item.id ?? index}>
                      {item.name} · {ORDER_PRODUCT_LABELS[item.product]} × {item.quantity}
                      {notes[index] ? <strong className="print-desk__reprint"> {notes[index]}</strong> : null}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <OrderProgress id={order.id} initial={order} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

async function Desk({ payload, user }: { payload: Payload; user: User }) {
  const { items, areas } = await deskCatalogue(payload)
  const myArea = typeof user.area === 'object' && user.area ? user.area.id : (user.area ?? null)
  return (
    <>
      <p>
        挑选已发布的内容和印刷品，系统在后台打包成一个压缩包：每个文件都是交给打印店的印刷版，另附一页印制单（印什么、多大、什么纸、印几份、谁下的单、哪个版本）。
      </p>
      <PrintDeskForm items={items} areas={areas} myArea={items.some((item) => item.area === myArea) ? myArea : null} />
      <h2>我的印刷包</h2>
      <OrderHistory payload={payload} user={user} catalogue={items} />
    </>
  )
}

export function PrintDeskView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  return (
    <AdminPage props={props} title="印刷台" who="everyone">
      {req.user ? <Desk payload={req.payload} user={req.user as User} /> : null}
    </AdminPage>
  )
}
