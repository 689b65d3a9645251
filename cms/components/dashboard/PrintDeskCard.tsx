/** 印刷台 on the 工作台 (for a community worker first of all): the last own orders, and the way to the desk. */
import type { Payload } from 'payload'

import type { User } from '../../../contract/payload-types'
import { shortDateTime } from '../../../contract/time'
import { ownOrders } from '../../printDesk/catalogue'

const STATUS: Record<string, string> = { queued: '排队中', running: '正在生成', done: '可以下载', failed: '生成失败' }

export async function PrintDeskCard({ payload, user }: { payload: Payload; user: User }) {
  const docs = await ownOrders(payload, user, 3)
  return (
    <section className="workbench__section" data-section="print-desk" aria-labelledby="workbench-print-desk">
      <h2 id="workbench-print-desk">印刷台</h2>
      <p className="workbench__empty">把已发布的人物、街巷、阵地和手册打包成交给打印店的文件（附印制单）。</p>
      {docs.length > 0 ? (
        <ul className="workbench__list">
          {docs.map((order) => (
            <li key={order.id} className="workbench__item">
              <a href="/admin/print-desk" className="workbench__link">
                <span className="workbench__title">{order.title}</span>
                <span className="workbench__meta">
                  {shortDateTime(order.createdAt)} · {STATUS[order.status ?? 'queued']}
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <a className="workbench__more" href="/admin/print-desk">
        去印刷台
      </a>
    </section>
  )
}
