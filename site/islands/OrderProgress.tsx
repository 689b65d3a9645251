/**
 * 文明课单 on the receipt page: the order's steps with their dates and who took them (a role
 * and a place, never a name), cancelling it (asked once more on the page, no pop-up) while
 * the team has not yet accepted, and rating it (1–5 and a comment) once it is done — the
 * rating is shown to others only after a staff member approves it, and the page says so.
 */
import { type FormEvent, useState } from 'react'

import { type OrderDetails, orderAction } from './receipts.ts'

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
/** 2026年12月3日 星期四 14:00, Beijing time. */
export function chineseDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const beijing = new Date(date.getTime() + 8 * 3_600_000)
  const hh = String(beijing.getUTCHours()).padStart(2, '0')
  const mm = String(beijing.getUTCMinutes()).padStart(2, '0')
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${WEEKDAYS[beijing.getUTCDay()]} ${hh}:${mm}`
}

interface Props {
  order: OrderDetails
  code: string
  receiptsUrl: string
  idBase: string
  onChange: (order: OrderDetails) => void
}

function Rating({ code, receiptsUrl, idBase, onChange }: Omit<Props, 'order'>) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const send = async (event: FormEvent) => {
    event.preventDefault()
    if (!score) return setMessage('请选择 1 到 5 分。')
    setBusy(true)
    const result = await orderAction(receiptsUrl, 'rate', { code, score, comment })
    setBusy(false)
    if (result.ok) onChange(result.order)
    setMessage(result.ok ? '' : result.message)
  }
  return (
    <form className="message-form order-rating" noValidate onSubmit={send}>
      <fieldset disabled={busy}>
        <legend>评价这次服务（评价经工作人员审核后才会显示）</legend>
        <div className="choice-row">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${idBase}-score`} value={value} checked={score === value} onChange={() => setScore(value)} />
              {value} 分
            </label>
          ))}
        </div>
        <label className="field" htmlFor={`${idBase}-comment`}>
          <span className="field-label">评价（选填，不要写电话和门牌号）</span>
          <textarea id={`${idBase}-comment`} value={comment} maxLength={300} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="submit">提交评价</button>
      </fieldset>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </form>
  )
}

function Cancel({ code, receiptsUrl, onChange }: Omit<Props, 'order' | 'idBase'>) {
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState('')
  const cancel = async () => {
    const result = await orderAction(receiptsUrl, 'cancel', { code })
    setConfirming(false)
    if (result.ok) onChange(result.order)
    setMessage(result.ok ? '课单已取消。' : result.message)
  }
  return (
    <div className="order-cancel">
      {confirming ? (
        <p className="withdraw-confirm">
          取消后需要重新点单。确定取消吗？
          <button type="button" onClick={cancel}>
            确定取消
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            不取消
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          取消这张课单
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  )
}

export function OrderProgress(props: Props) {
  const { order } = props
  return (
    <div className="order-progress">
      <p>
        {order.place}：{order.item}（{order.kind}），{order.people} 人，{chineseDateTime(order.wantedAt)}
      </p>
      <h3>办理记录</h3>
      <ol className="order-steps">
        {order.steps.map((step) => (
          <li key={`${step.at}-${step.action}`}>
            <strong>{step.action}</strong> {chineseDateTime(step.at)}，{step.by}
            {step.reason ? `。原因：${step.reason}` : ''}
          </li>
        ))}
      </ol>
      {order.rating && (
        <p>
          您的评价：{order.rating.score} 分{order.rating.comment ? `，${order.rating.comment}` : ''}（{order.rating.state}）
        </p>
      )}
      {order.canCancel && <Cancel code={props.code} receiptsUrl={props.receiptsUrl} onChange={props.onChange} />}
      {order.canRate && <Rating code={props.code} receiptsUrl={props.receiptsUrl} idBase={props.idBase} onChange={props.onChange} />}
    </div>
  )
}
