/**
 * 志愿服务时长 as CSV for volunteer systems to import (the platform is not the record of
 * hours): one row per attendance, the columns and format in docs/volunteer-hours-csv.md.
 */
import { BOM, csvCell } from '../../common/csv'
import type { HoursLedger } from './attendance'

export const HOURS_COLUMNS = [
  '姓名',
  '手机号',
  '志愿服务队',
  '活动名称',
  '活动类别',
  '活动地点',
  '服务日期',
  '开始时间',
  '结束时间',
  '服务时长（小时）',
  '报名编号',
] as const

const BEIJING_MS = 8 * 3600_000
const beijing = (iso: string) => new Date(new Date(iso).getTime() + BEIJING_MS).toISOString()

/** UTF-8 with a BOM, CRLF line ends, dates YYYY-MM-DD and times HH:mm in Beijing time, hours with one decimal. */
export function hoursCsv(ledger: HoursLedger): string {
  const lines = [HOURS_COLUMNS.join(',')]
  for (const entry of ledger.entries) {
    const start = beijing(entry.startsAt)
    const end = beijing(entry.endsAt)
    lines.push(
      [
        entry.name,
        entry.phone,
        entry.team,
        entry.event,
        entry.kind,
        entry.place,
        start.slice(0, 10),
        start.slice(11, 16),
        end.slice(11, 16),
        entry.hours.toFixed(1),
        entry.reference,
      ]
        .map(csvCell)
        .join(','),
    )
  }
  return `${BOM}${lines.join('\r\n')}\r\n`
}
