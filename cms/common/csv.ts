/**
 * Spreadsheet exports (操作日志, 问卷答卷): CSV cells that Excel opens as text — a cell that a
 * spreadsheet would take for a formula is quoted — and times in Beijing, whatever the
 * server's zone. Files start with a BOM so that Excel reads the Chinese.
 */

/** 2026-11-29 22:13:05 in Beijing time. */
export const beijingTime = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)

/** A cell as text: formula starters neutralised, quotes doubled where needed. */
export function textCell(value: unknown): string {
  const text = value == null ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

export function csvCell(value: unknown): string {
  const text = textCell(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export const BOM = '\uFEFF'

/** Content-Disposition for a download with a Chinese name (and an ASCII fallback). */
export const attachment = (ascii: string, chinese: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`
