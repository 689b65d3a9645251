'use client'
/**
 * Above the list of orders: 只看超期课单 — the open orders whose current step (审单, 派单, 接单)
 * is past its deadline, today by Beijing date. The district sees every place's, station staff
 * their own (the list is scoped like every read). Closed and 服务中 orders have no deadline.
 */
import { beijingDay } from '../../../contract/workdays'

export function OverdueLink() {
  const today = beijingDay(new Date())
  const href = `/admin/collections/service-orders?where[dueOn][less_than]=${today}&sort=dueOn`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={href} className="overdue-orders-link">
        只看超期课单
      </a>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em' }}>（处理期限早于今天、还没办完的）</span>
    </p>
  )
}
