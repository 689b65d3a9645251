/**
 * 查询回执: the sender types the receipt code shown after sending (forgiving: case, spaces,
 * dashes, full-width characters are the server's to read) and sees what they sent — a 留言
 * or a 好人推荐 — its state and the answer; they can withdraw it, which deletes it with its
 * contact and photos (个人信息保护法: access and deletion). Withdrawal asks once more on
 * the page, never in a pop-up.
 */
import { type FormEvent, useEffect, useState } from 'react'

import { formatReceipt, normalizeReceipt } from '../../contract/codes.ts'
import { CodeQr } from './CodeQr.tsx'
import { OrderProgress } from './OrderProgress.tsx'
import { type ReceiptDetails, readReceipt, withdrawReceipt } from './receipts.ts'
import type { ReceiptLookupProps } from './types.ts'

const day = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }) : ''

/** How the page speaks of what the code opens. */
const WORDS = {
  messages: { noun: '留言', subject: '标题', body: '内容', gone: '这条留言和您留下的联系方式都已删除。' },
  nominations: { noun: '推荐', subject: '被推荐人', body: '事迹', gone: '这条推荐、照片和您留下的联系方式都已删除。' },
  surveys: { noun: '答卷', subject: '问卷', body: '您的回答', gone: '这份答卷已删除，不再计入统计。' },
  events: { noun: '报名', subject: '活动', body: '时间和地点', gone: '报名已取消，名额让给候补的居民；您留下的姓名和电话已删除。' },
  services: { noun: '课单的个人信息', subject: '课单', body: '点单内容', gone: '课单中的服务对象、地点和联系方式都已删除，课单已取消。' },
} as const
const wordsOf = (found: ReceiptDetails) => WORDS[found.form] ?? WORDS.messages

function Answer({ found }: { found: ReceiptDetails }) {
  if (found.reply) {
    return (
      <div className="receipt-reply">
        <h3>答复</h3>
        <p className="receipt-body">{found.reply.text}</p>
        <p>
          答复部门：{found.reply.department}；答复日期：{day(found.reply.repliedAt)}
        </p>
      </div>
    )
  }
  if (found.form === 'nominations') return <p>推荐由工作人员审核。采纳后，会先征得被推荐人本人同意，才会在网站上介绍他（她）。</p>
  if (found.form === 'events') {
    if (found.event?.state === 'waitlisted') return <p>有人取消报名时，按报名先后自动递补；递补后这里会显示“已报名”。</p>
    if (found.event?.promoted) return <p>有人取消了报名，您已从候补递补为正式报名，请按时参加。</p>
    return found.event?.state === 'signedUp' ? <p>请按时参加，到场后凭报名码签到。</p> : null
  }
  if (found.form === 'services') return null
  if (found.form === 'surveys') return <p>答卷已收到，只用于统计。问卷截止 30 天后，回执码失效，答卷不再能与本机对应。</p>
  return <p>还没有答复，请耐心等待。</p>
}

interface DetailsProps {
  found: ReceiptDetails
  idBase: string
  code: string
  receiptsUrl: string
  onChange: (found: ReceiptDetails) => void
}

function Details({ found, idBase, code, receiptsUrl, onChange }: DetailsProps) {
  const words = wordsOf(found)
  return (
    <section className="receipt-details" aria-labelledby={`${idBase}-found`}>
      <h2 id={`${idBase}-found`}>
        {found.kind}（受理编号 {found.reference}）
      </h2>
      <dl>
        <dt>状态</dt>
        <dd>{found.status}</dd>
        <dt>受理日期</dt>
        <dd>{day(found.receivedAt)}</dd>
        {found.dueOn && (
          <>
            <dt>答复期限</dt>
            <dd>{found.dueOn}</dd>
          </>
        )}
        {found.subject && (
          <>
            <dt>{words.subject}</dt>
            <dd>{found.subject}</dd>
          </>
        )}
        <dt>{words.body}</dt>
        <dd className="receipt-body">{found.body}</dd>
        <dt>联系方式</dt>
        <dd>{found.contact ? [found.contact.name, found.contact.phone].filter(Boolean).join('，') : '未留'}</dd>
      </dl>
      <Answer found={found} />
      {found.form === 'events' && found.event?.state === 'signedUp' && (
        <CodeQr code={formatReceipt(normalizeReceipt(code) ?? code)} label="签到时请工作人员扫这个二维码（报名码）" />
      )}
      {found.order && (
        <OrderProgress
          order={found.order}
          code={code}
          receiptsUrl={receiptsUrl}
          idBase={idBase}
          onChange={(order) => onChange({ ...found, order, status: order.state })}
        />
      )}
    </section>
  )
}

export function ReceiptLookup(props: ReceiptLookupProps) {
  const [ready, setReady] = useState(false)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [found, setFound] = useState<ReceiptDetails | null>(null)
  const [message, setMessage] = useState('')
  const [confirming, setConfirming] = useState(false)
  useEffect(() => setReady(true), [])

  const look = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const result = await readReceipt(props.receiptsUrl, code)
    setBusy(false)
    setConfirming(false)
    setFound(result.ok ? result.details : null)
    setMessage(result.ok ? '' : result.message)
  }
  const withdraw = async () => {
    setBusy(true)
    const result = await withdrawReceipt(props.receiptsUrl, code)
    setBusy(false)
    setConfirming(false)
    if (result.ok) setFound(null)
    const done = found?.form === 'events' ? '已取消' : '已撤回'
    setMessage(result.ok ? `${done}：${found ? wordsOf(found).gone : '内容和您留下的联系方式都已删除。'}` : result.message)
  }

  return (
    <div className="receipt-lookup">
      <form className="message-form" noValidate onSubmit={look}>
        <fieldset disabled={!ready || busy}>
          <label className="field" htmlFor={`${props.idBase}-code`}>
            <span className="field-label">回执码（提交后页面显示的 12 位字母和数字）</span>
            <input id={`${props.idBase}-code`} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
          </label>
          <button type="submit">查询</button>
        </fieldset>
      </form>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {found && <Details found={found} idBase={props.idBase} code={code} receiptsUrl={props.receiptsUrl} onChange={setFound} />}
      {found &&
        (confirming ? (
          <p className="withdraw-confirm">
            撤回后无法恢复。确定撤回吗？
            <button type="button" onClick={withdraw} disabled={busy}>
              确定撤回
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              不撤回
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            {found.form === 'events' ? '取消报名' : `撤回这条${wordsOf(found).noun}`}
          </button>
        ))}
    </div>
  )
}
