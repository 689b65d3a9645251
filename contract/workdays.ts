/**
 * 工作日: reply deadlines for 留言 and 咨询 counted in Chinese working days, on Beijing
 * dates whatever the zone of the server. Monday to Friday are working days unless they
 * are 法定节假日; Saturday and Sunday are days off unless they are 调休 working days. Both
 * lists come from what an administrator types in (parseDayList, calendarFrom), since the
 * State Council publishes them each year.
 */
import { shortDateTime } from './time.ts'

/** Days as `YYYY-MM-DD` Beijing dates. */
export interface WorkCalendar {
  /** 法定节假日: official days off, e.g. 国庆 2026-10-01 to 2026-10-07. */
  holidays: ReadonlySet<string>
  /** 调休上班日: Saturdays and Sundays that are working days. */
  workdays: ReadonlySet<string>
}

const DAY_MS = 86_400_000
/** Longest range one line may hold (the longest official holiday is 8 days; a month is the most anyone needs). */
const MAX_RANGE_DAYS = 31

/** The Beijing date of an instant: `2026-11-27T16:30:00Z` → `2026-11-28`. */
export const beijingDay = (instant: Date): string => shortDateTime(instant).slice(0, 10)

/** Days since 1970-01-01, or null when there is no such date (2026-02-30, month 13). */
function dayNumber(year: number, month: number, day: number): number | null {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.getTime() / DAY_MS
}

const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

function toDayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const number = match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null
  if (number === null) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(day)}`)
  return number
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7
const isWeekend = (day: number): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6

function workingOn(day: number, calendar: WorkCalendar): boolean {
  const date = formatDay(day)
  return isWeekend(day) ? calendar.workdays.has(date) : !calendar.holidays.has(date)
}

/** Monday to Friday unless a holiday; Saturday and Sunday only when listed as 调休 working days. */
export const isWorkingDay = (day: string, calendar: WorkCalendar): boolean => workingOn(toDayNumber(day), calendar)

/**
 * The Beijing date by which a reply is due. The rule: the day of receipt (its Beijing date)
 * never counts, whether or not it is a working day; the due date is the `days`-th working
 * day after it. So a message received on Friday with 5 working days and no holidays is due
 * the next Friday, and one received on Saturday or Sunday starts counting on Monday and is
 * due that same Friday. A message sent at 23:30 on a Friday before a 调休 Saturday has that
 * Saturday as its first working day; one sent at 00:30 on the Saturday does not.
 * `days` of 0 gives the day of receipt.
 */
export function deadline(received: Date, days: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, not ${days}`)
  let day = toDayNumber(beijingDay(received))
  for (let counted = 0; counted < days; ) {
    day += 1
    if (workingOn(day, calendar)) counted += 1
  }
  return formatDay(day)
}

/**
 * Working days after `today` up to and including `due`: 0 when due today, negative when
 * overdue (minus the working days since `due`, up to and including today). A day past due is
 * overdue even when no working day has passed yet (the Saturday after a Friday due date): at
 * least −1 then, so that only the due date itself gives 0.
 */
export function workingDaysLeft(today: string, due: string, calendar: WorkCalendar): number {
  const from = toDayNumber(today)
  const to = toDayNumber(due)
  let count = 0
  for (let day = Math.min(from, to) + 1; day <= Math.max(from, to); day++) if (workingOn(day, calendar)) count += 1
  return from <= to ? count : -Math.max(count, 1)
}

/** A piece of a line: `text` to read (full-width forms made half-width) and `shown` as typed, index for index. */
interface Piece {
  text: string
  shown: string
}

/** Full-width ASCII (２０２６／１０／１, ～, ＃, ，, ；) and the ideographic space, one code unit for one, so indexes hold. */
const halfWidth = (text: string): string =>
  text.replace(/[\uFF01-\uFF5E\u3000]/g, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)))

const slice = (piece: Piece, start: number, end?: number): Piece => ({
  text: piece.text.slice(start, end),
  shown: piece.shown.slice(start, end),
})

function split(piece: Piece, separator: RegExp): Piece[] {
  const pieces: Piece[] = []
  let start = 0
  for (const match of piece.text.matchAll(separator)) {
    pieces.push(slice(piece, start, match.index))
    start = match.index + match[0].length
  }
  pieces.push(slice(piece, start))
  return pieces.filter((each) => each.text.trim() !== '')
}

/** 2026年10月1日, 2026/10/1, 2026.10.1 → 2026-10-1; 10月7日 → 10-7; 7日 → 7. */
const numericDates = (text: string): string =>
  text
    .replace(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g, '$1-$2-$3')
    .replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g, '$1-$2')
    .replace(/(\d{1,2})\s*[日号]/g, '$1')
    .replace(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g, '$1-$2-$3')

/** A date, or a range whose end may leave out the year, or the year and the month. */
const ENTRY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*(?:至|到|~|〜|[-–—―]+)\s*(?:(?:(\d{4})-)?(\d{1,2})-)?(\d{1,2}))?$/

const PROBLEMS = {
  unrecognized: '无法识别，请写成 2026-10-01、2026年10月1日 或 2026-10-01至2026-10-07 这样的日期',
  invalid: '不是有效的日期',
  reversed: '的结束日期早于开始日期',
  tooLong: `的跨度超过 ${MAX_RANGE_DAYS} 天，请分段填写`,
} as const
type Problem = keyof typeof PROBLEMS

function readEntry(text: string): Problem | string[] {
  const match = ENTRY.exec(numericDates(text.trim()))
  if (!match) return 'unrecognized'
  const [year, month, day, endYear, endMonth, endDay] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  const start = dayNumber(year as number, month as number, day as number)
  if (start === null) return 'invalid'
  if (endDay === undefined) return [formatDay(start)]
  const toMonth = endMonth ?? (month as number)
  // 2026年12月31日至1月2日: a range that leaves out the year and goes back in months runs into the next year.
  const toYear = endYear ?? (year as number) + (endMonth !== undefined && endMonth < (month as number) ? 1 : 0)
  const end = dayNumber(toYear, toMonth, endDay)
  if (end === null) return 'invalid'
  if (end < start) return 'reversed'
  if (end - start + 1 > MAX_RANGE_DAYS) return 'tooLong'
  return Array.from({ length: end - start + 1 }, (_, offset) => formatDay(start + offset))
}

/**
 * What an administrator types into a textarea: one date or range per line, or several
 * separated by 、，,；; (or spaces); blank lines and text after # ignored. Days come back
 * sorted and once each; what cannot be read goes to `errors`, by line, in Chinese, and the
 * rest is still read (a caller saving a calendar should refuse while there are errors).
 */
export function parseDayList(text: string): { days: string[]; errors: string[] } {
  const days = new Set<string>()
  const errors: string[] = []
  text.split(/\r\n|\r|\n/).forEach((typed, index) => {
    const line: Piece = { text: halfWidth(typed), shown: typed }
    const comment = line.text.indexOf('#')
    for (const entry of split(comment < 0 ? line : slice(line, 0, comment), /[、,;]/g)) {
      const whole = readEntry(entry.text)
      // `2026-10-01 2026-10-03`: spaces separate entries only when the entry cannot be read whole.
      const parts = whole === 'unrecognized' && /\s/.test(entry.text.trim()) ? split(entry, /\s+/g) : [entry]
      for (const part of parts) {
        const result = part === entry ? whole : readEntry(part.text)
        if (typeof result === 'string') errors.push(`第 ${index + 1} 行“${part.shown.trim()}”${PROBLEMS[result]}`)
        else for (const day of result) days.add(day)
      }
    }
  })
  return { days: [...days].sort(), errors }
}

/**
 * The calendar from the two textareas. Besides each list's own errors: a day in both lists
 * is an error (and counts as a holiday meanwhile), and so is a 调休上班日 that is not a
 * Saturday or Sunday, since it would change nothing and is most likely a slip.
 */
export function calendarFrom(holidaysText: string, workdaysText: string): { calendar: WorkCalendar; errors: string[] } {
  const holidays = parseDayList(holidaysText)
  const workdays = parseDayList(workdaysText)
  const errors = [...holidays.errors.map((error) => `节假日：${error}`), ...workdays.errors.map((error) => `调休上班日：${error}`)]
  const holidaySet = new Set(holidays.days)
  const workdaySet = new Set<string>()
  for (const day of workdays.days) {
    const number = toDayNumber(day)
    if (holidaySet.has(day)) errors.push(`调休上班日：${day} 同时列在节假日中，请只保留一处`)
    else if (!isWeekend(number)) errors.push(`调休上班日：${day} 是${WEEKDAY_NAMES[weekdayOf(number)]}，本来就是工作日`)
    else workdaySet.add(day)
  }
  return { calendar: { holidays: holidaySet, workdays: workdaySet }, errors }
}
