/**
 * The sheets on this phone, newest first: 户码, survey, when it was filled in, and where
 * its sync stands — 待同步, 已同步（受理编号）, 未通过（the server's reason）. A refused sheet
 * can be deleted, after a confirmation on the page itself (no browser pop-up).
 */
import { useState } from 'react'

import { longDateTime } from '../../contract/time.ts'
import type { QueuedSheet } from './fieldTypes.ts'

const CHANNEL_LABELS = { proxy: '入户代填', paper: '纸质问卷' } as const

function stateOf(sheet: QueuedSheet): string {
  if (sheet.state === 'synced') return `已同步（受理编号 ${sheet.reference ?? ''}）`
  if (sheet.state === 'refused') return `未通过（${sheet.message ?? '原因不明'}）`
  return '待同步'
}

function Sheet({ sheet, onRemove }: { sheet: QueuedSheet; onRemove: (clientId: string) => void }) {
  const [asking, setAsking] = useState(false)
  const { item } = sheet
  return (
    <li className={`field-queue-item field-queue-${sheet.state}`}>
      <p className="field-queue-head">
        <span className="household-code">{item.household}</span> {sheet.title}
      </p>
      <p className="field-queue-meta">
        <time dateTime={item.filledAt}>{longDateTime(item.filledAt)}</time> · {CHANNEL_LABELS[item.channel]}
      </p>
      <p className="field-queue-state">{stateOf(sheet)}</p>
      {sheet.state === 'refused' &&
        (asking ? (
          <div className="field-confirm">
            <p>删除后这份答卷不能恢复，确定删除户码 {item.household} 的答卷吗？</p>
            <button type="button" className="danger" onClick={() => onRemove(item.clientId)}>
              确定删除
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              取消
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setAsking(true)}>
            删除
          </button>
        ))}
    </li>
  )
}

export function FieldQueue({ queue, onRemove }: { queue: QueuedSheet[]; onRemove: (clientId: string) => void }) {
  const waiting = queue.filter((sheet) => sheet.state === 'waiting').length
  return (
    <section className="field-queue" aria-labelledby="field-queue-heading">
      <h2 id="field-queue-heading">手机上的答卷</h2>
      <p>
        共 {queue.length} 份，待同步 {waiting} 份。
      </p>
      {queue.length > 0 && (
        <ul>
          {queue.map((sheet) => (
            <Sheet key={sheet.item.clientId} sheet={sheet} onRemove={onRemove} />
          ))}
        </ul>
      )}
    </section>
  )
}
