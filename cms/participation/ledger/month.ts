/**
 * The month a 台账 covers, as staff type it in the address (`?month=2026-11`): read however a
 * phone's input method typed it (full-width digits and dash, `2026/11`, `2026.11`, `2026年11月`
 * all read as 2026-11), and its bounds in Beijing time — from the first day 00:00 to the first
 * day of the next month, whatever the server's zone.
 */

export interface LedgerMonth {
  /** `2026-11`. */
  month: string
  /** Beijing midnight on the month's first day, and on the next month's. */
  from: Date
  to: Date
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The month typed, or a Chinese message saying how to write it. */
export function readLedgerMonth(typed: string | null | undefined): LedgerMonth | { error: string } {
  const text = (typed ?? '').normalize('NFKC').trim()
  const found = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text)
  const year = Number(found?.[1])
  const month = Number(found?.[2])
  if (!found || month < 1 || month > 12 || year < 2000 || year > 2100) {
    return { error: '月份不正确，请写作 2026-11（年份四位，月份 1—12）。' }
  }
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  return {
    month: `${year}-${pad(month)}`,
    from: new Date(`${year}-${pad(month)}-01T00:00:00+08:00`),
    to: new Date(`${next.year}-${pad(next.month)}-01T00:00:00+08:00`),
  }
}

/** The month before `now`'s month in Beijing time (`2026-10` on any day of November): the default 台账. */
export function lastMonth(now = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number]
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`
}
