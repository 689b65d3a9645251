/**
 * How long work has waited for review, counted the way the office counts: working days in
 * Beijing time, from the office calendar (weekends, and the 法定节假日 and 调休上班日 kept in
 * 居民参与设置; without it, Monday to Friday). Work waiting longer than the site's 超时
 * setting is overdue.
 */
import { beijingDay, isWorkingDay, type WorkCalendar } from '../../contract/workdays'

const DAY = 86_400_000
const WEEKDAYS: WorkCalendar = { holidays: new Set(), workdays: new Set() }

/** Working time between two moments, in days (fractions included); weekend hours do not count. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar = WEEKDAYS): number {
  if (to <= from) return 0
  let working = 0
  // Walk in steps that end on Beijing midnights (UTC+8, no daylight saving).
  let cursor = from.getTime()
  const end = to.getTime()
  while (cursor < end) {
    const nextMidnight = Math.floor((cursor + 8 * 3_600_000) / DAY + 1) * DAY - 8 * 3_600_000
    const stop = Math.min(nextMidnight, end)
    if (isWorkingDay(beijingDay(new Date(cursor)), calendar)) working += stop - cursor
    cursor = stop
  }
  return working / DAY
}

export const isOverdue = (since: Date, now: Date, limitDays: number, calendar?: WorkCalendar): boolean =>
  workingDaysBetween(since, now, calendar) > limitDays

/** `刚刚`, `已等待 25 分钟`, `已等待 5 小时`, `已等待 3 天`. */
export function waitedLabel(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000))
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `已等待 ${minutes} 分钟`
  if (minutes < 24 * 60) return `已等待 ${Math.floor(minutes / 60)} 小时`
  return `已等待 ${Math.floor(minutes / (24 * 60))} 天`
}
