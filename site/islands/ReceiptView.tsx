import { useEffect, useRef } from 'react'

import type { Receipt } from './send.ts'

function receivedText(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' })
}

interface Props {
  receipt: Receipt
  idBase: string
  receiptPage: string
  /** What was sent: 留言 or 推荐. */
  noun: string
  /** What the receipt page lets its holder follow: 办理进度和答复, 审核进度. */
  follow?: string
}

/** The receipt code comes formatted (`7K3M-9Q2F-XH4T`, contract formatReceipt). Shown once, after the API took the form: the receipt code is not shown again anywhere. */
export function ReceiptView({ receipt, idBase, receiptPage, noun, follow = '办理进度和答复' }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="message-receipt" aria-labelledby={`${idBase}-receipt`} role="status">
      <h2 id={`${idBase}-receipt`} ref={heading} tabIndex={-1}>
        {noun}已收到
      </h2>
      <p>
        回执码：<strong className="receipt-code">{receipt.receipt}</strong>
      </p>
      <p>
        受理编号：{receipt.reference}，收到时间：{receivedText(receipt.receivedAt)}
      </p>
      <p>
        请抄下或截图保存回执码：凭它在<a href={receiptPage}>查询回执</a>页查看{follow}，也可以撤回这条{noun}。回执码只显示这一次。
      </p>
    </section>
  )
}
