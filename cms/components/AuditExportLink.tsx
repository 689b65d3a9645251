'use client'
/** Above the 操作日志 list: downloads the log as CSV with the filters the list shows. */
import { useSearchParams } from 'next/navigation'

export function AuditExportLink() {
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params.entries()) if (key.startsWith('where')) query.append(key, value)
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/audit-log/export?${query}`} download>
        导出为 CSV（按当前筛选）
      </a>
    </p>
  )
}
