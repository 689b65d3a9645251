'use client'
/**
 * 台账 in a place's sidebar: pick a month (last month by default) and download that month's
 * inspectors' file as a PDF (GET /api/places/:id/ledger). Shown to office staff and to the
 * place's station staff; the server checks again.
 */
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { type CSSProperties, useState } from 'react'

import type { User } from '../../contract/payload-types'
import { relationId } from '../../contract/relations'
import { lastMonth } from '../participation/ledger/month'

const muted: CSSProperties = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }
const OFFICE = ['admin', 'editor', 'reviewer']

function mayPrint(user: User | null | undefined, place: number): boolean {
  if (!user) return false
  if (OFFICE.includes(user.role as string)) return true
  return user.role === 'station' && (user.places ?? []).some((own) => relationId(own) === place)
}

export function LedgerPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const [month, setMonth] = useState(lastMonth)
  if (!id || !mayPrint(user, Number(id))) return null
  const href = `/api/places/${id}/ledger?month=${encodeURIComponent(month)}`
  return (
    <div className="ledger-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>台账</h4>
      <p style={muted}>本阵地一个月的点单、活动（含签到和照片）、志愿服务时长和群众评价，生成 PDF 供测评检查。</p>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', margin: '0.5rem 0' }}>
        <span>月份</span>
        <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} aria-label="台账月份" />
      </label>
      {month ? (
        <a href={href} download>
          下载 {month.replace(/^(\d{4})-0?(\d{1,2})$/, '$1年$2月')} 台账（PDF）
        </a>
      ) : (
        <span style={muted}>请先选择月份。</span>
      )}
    </div>
  )
}
