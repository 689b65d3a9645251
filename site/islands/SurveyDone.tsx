import { useEffect, useRef } from 'react'

import type { Receipt } from './send.ts'

interface Props {
  receipt: Receipt | null
  /** Just sent (the heading takes focus), or found answered on this phone when the page opened. */
  fresh: boolean
  idBase: string
  receiptPage: string
}

/** What a phone that has answered sees instead of the form: thanks, and the receipt code that withdraws the answers. */
export function SurveyDone({ receipt, fresh, idBase, receiptPage }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (fresh) heading.current?.focus()
  }, [fresh])
  return (
    <section className="message-receipt survey-done" aria-labelledby={`${idBase}-done`} role="status">
      <h2 id={`${idBase}-done`} ref={heading} tabIndex={-1}>
        {fresh ? '问卷已提交，感谢参与' : '您已经填写过这份问卷，感谢参与'}
      </h2>
      {receipt && (
        <>
          <p>
            回执码：<strong className="receipt-code">{receipt.receipt}</strong>
          </p>
          <p>受理编号：{receipt.reference}</p>
          <p>
            想撤回这份答卷时，凭回执码到<a href={receiptPage}>查询回执</a>页撤回。回执码也保存在这台手机上，再打开本页还能看到。
          </p>
        </>
      )}
    </section>
  )
}
