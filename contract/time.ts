/**
 * Dates and times as people here read them: Beijing time whatever the zone of the server
 * or the browser, `2026-11-29 22:13` in lists, logs and on the site, `2026年11月29日 22:13`
 * in headings.
 */
export const TIME_ZONE = 'Asia/Shanghai'

const parts = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

type Moment = Date | string | number

function beijing(moment: Moment): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(new Date(moment)).map((x) => [x.type, x.value]))
}

/** `2026-11-29 22:13` (with `:05` seconds when asked). */
export function shortDateTime(moment: Moment, { seconds = false } = {}): string {
  const p = beijing(moment)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`
}

/** `2026年11月29日 22:13`. */
export function longDateTime(moment: Moment): string {
  const p = beijing(moment)
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`
}

/** `2026年11月29日`. */
export function longDate(moment: Moment): string {
  const p = beijing(moment)
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`
}

/** The site's publish times: `2026-11-29 22:13`. */
export const formatPublishTime = (iso: string): string => shortDateTime(iso)
