/**
 * What the print studio takes for 文明课单 and 活动 (issue 19), as plain data: a menu of
 * 课单 items (A5 leaflet, A4 poster), an event's paper sign-in sheet (活动签到表) and a
 * station's monthly 台账 (the inspectors' file). The CMS's loaders fill these shapes from
 * its collections and send them to the preview service (POST /services/<product>), which
 * reads them with `readServicePrint` and prints them (site/print/services/).
 *
 * Personal data stays out: the menu and the sign-in sheet carry none (the sheet's rows are
 * blank), and the 台账 names volunteers only masked (contract/masks.ts, applied again by the
 * layout whatever the loader sends) and orders by their staff number, never by the order
 * code a resident uses to open the status page.
 */
import { z } from 'zod'

import { TIME_ZONE } from './time.ts'

/** Upper bounds that keep every piece's size and print time bounded. */
export const SERVICE_PRINT_LIMITS = {
  /** A district's whole menu fits (and paginates). */
  menuItems: 200,
  /** Places on a sign-in sheet (capacity plus waitlist). */
  signInPlaces: 2000,
  ledgerOrders: 2000,
  ledgerEvents: 400,
  ledgerHours: 3000,
  ledgerRatings: 2000,
  /** Photos one event brings to the 台账, and photos printed in one 台账 at most. */
  photosPerEvent: 2,
  ledgerPhotos: 80,
  /** A short text (a title, a name) and a long one (a comment, a note), in characters. */
  short: 80,
  long: 500,
} as const

const L = SERVICE_PRINT_LIMITS

const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null)
const moment = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { error: '不是有效的日期时间' })
const webUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/, { error: '应为 http(s) 网址' })
const count = z.number().int().min(0).max(1_000_000)

/** A photo, as the other layouts take one: where the printer fetches it (the CMS's media URL, or a data: URL in tests). */
export const PRINT_IMAGE = z.object({
  sourceUrl: z
    .string()
    .max(8_000_000)
    .regex(/^(https?:\/\/[^\s]+|data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+)$/, { error: '照片地址应为 http(s) 网址' }),
  alt: z.string().max(L.short).default(''),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Changes when the file behind the address changes (the media's updatedAt). */
  version: z.string().max(100).optional(),
})
export type PrintImageInput = z.input<typeof PRINT_IMAGE>

/** One 课单 item: what a station or park offers residents to order. */
export const MENU_ITEM = z.object({
  title: text(L.short),
  /** 讲座, 培训, 义诊, 文艺, 志愿服务 … */
  kind: text(20),
  /** The station or park that provides it. */
  provider: text(L.short),
  /** Who gives it: a figure or a volunteer team. */
  givenBy: optionalText(L.short),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** People at most; null when open. */
  capacity: z.number().int().min(1).max(100_000).nullable(),
  /** When it can be booked: dates (Beijing) and a note such as 每周二、四下午. */
  bookableFrom: moment.nullish().transform((value) => value ?? null),
  bookableUntil: moment.nullish().transform((value) => value ?? null),
  bookableNote: optionalText(40),
})
export type MenuItem = z.output<typeof MENU_ITEM>

export const SERVICE_MENU = z.object({
  /** One station's (or park's) menu, or the district's. */
  scope: z.enum(['place', 'district']),
  /** The station's or park's name, or the district's. */
  name: text(L.short),
  /** The ordering page (the QR code leads there). */
  url: webUrl,
  /** 电话点单: the number workers answer, and when. */
  phone: optionalText(40),
  phoneHours: optionalText(40),
  intro: optionalText(200),
  items: z.array(MENU_ITEM).max(L.menuItems),
  updatedAt: moment,
})
export type ServiceMenu = z.output<typeof SERVICE_MENU>
export type ServiceMenuInput = z.input<typeof SERVICE_MENU>

/** An event's paper 活动签到表, for people without phones: blank rows, nothing personal printed. */
export const SIGN_IN_SHEET = z.object({
  title: text(L.short),
  startsAt: moment,
  endsAt: moment.nullish().transform((value) => value ?? null),
  /** The station or park, and its address. */
  place: text(L.short),
  address: optionalText(L.short),
  /** The event's page (the header's QR code). */
  url: webUrl,
  capacity: z.number().int().min(1).max(L.signInPlaces),
  /** The waitlist's length when printed: rows are added for it (and a margin beyond). */
  waitlist: z.number().int().min(0).max(L.signInPlaces).default(0),
  organiser: optionalText(L.short),
})
export type SignInSheet = z.output<typeof SIGN_IN_SHEET>
export type SignInSheetInput = z.input<typeof SIGN_IN_SHEET>

/** An order's states, as the 台账 counts them (the issue's 审核中 / 服务中 / 已完成 / 已拒绝, and cancelled). */
export const ORDER_STATES = { review: '审核中', serving: '服务中', done: '已完成', refused: '已拒绝', cancelled: '已取消' } as const
export type OrderState = keyof typeof ORDER_STATES

const LEDGER_ORDER = z.object({
  /** The order's number as staff see it (never the resident's order code). */
  ref: text(30),
  item: text(L.short),
  /** For whom: a group, or a household code. */
  requester: optionalText(L.short),
  team: optionalText(L.short),
  state: z.enum(Object.keys(ORDER_STATES) as [OrderState, ...OrderState[]]),
  /** 点单, 审单, 派单, 接单, 改派, 结项, 评单, 拒绝, 取消 … with when, and why where there was one. */
  steps: z.array(z.object({ step: text(10), at: moment, note: optionalText(120) })).max(30),
})

const LEDGER_EVENT = z.object({
  title: text(L.short),
  startsAt: moment,
  endsAt: moment.nullish().transform((value) => value ?? null),
  place: text(L.short),
  capacity: z.number().int().min(0).max(L.signInPlaces),
  signedUp: count,
  waitlisted: count.default(0),
  attended: count,
  /** Volunteer hours the event gave. */
  hours: z.number().min(0).max(1_000_000).default(0),
  photos: z.array(PRINT_IMAGE).max(20).default([]),
})

const LEDGER_HOURS = z.object({
  team: text(L.short),
  /** A volunteer's name (printed masked), or null for the team's own line. */
  person: optionalText(40),
  events: count,
  hours: z.number().min(0).max(1_000_000),
})

const LEDGER_RATING = z.object({
  ref: text(30),
  item: optionalText(L.short),
  stars: z.number().int().min(1).max(5),
  /** Only comments approved for display (先审后发). */
  comment: optionalText(L.long),
  at: moment,
})

export const SERVICE_LEDGER = z.object({
  station: text(L.short),
  /** 中心 / 所 / 站 / 点, shown under the name. */
  level: optionalText(20),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份应写作 2026-11' }),
  generatedAt: moment,
  orders: z.array(LEDGER_ORDER).max(L.ledgerOrders),
  events: z.array(LEDGER_EVENT).max(L.ledgerEvents),
  hours: z.array(LEDGER_HOURS).max(L.ledgerHours),
  ratings: z.array(LEDGER_RATING).max(L.ledgerRatings),
})
export type ServiceLedger = z.output<typeof SERVICE_LEDGER>
export type ServiceLedgerInput = z.input<typeof SERVICE_LEDGER>
export type LedgerOrder = ServiceLedger['orders'][number]
export type LedgerEvent = ServiceLedger['events'][number]

/** The products, by the path the preview service answers them on. */
export const SERVICE_PRODUCTS = {
  'menu-leaflet-a5': { schema: SERVICE_MENU, label: '课单宣传单 A5' },
  'menu-poster-a4': { schema: SERVICE_MENU, label: '课单海报 A4' },
  'sign-in-sheet': { schema: SIGN_IN_SHEET, label: '活动签到表 A4' },
  ledger: { schema: SERVICE_LEDGER, label: '台账 A4' },
} as const
export type ServiceProduct = keyof typeof SERVICE_PRODUCTS

export const isServiceProduct = (value: string): value is ServiceProduct => Object.hasOwn(SERVICE_PRODUCTS, value)

const FIELD_NAMES: Record<string, string> = {
  items: '课单',
  orders: '点单',
  events: '活动',
  hours: '志愿时长',
  ratings: '评价',
  steps: '办理经过',
  photos: '照片',
}

/** A zod issue as a sentence: `第 4 项课单的 title：太长（最多 80 字）`. */
function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path
    .map((part, at) => (typeof part === 'number' ? `第 ${part + 1} 项${FIELD_NAMES[String(issue.path[at - 1])] ?? ''}` : null))
    .filter(Boolean)
    .join('中')
  const last = issue.path.at(-1)
  // A list itself is named in Chinese (课单：太多); a field inside an entry by its key.
  const what = typeof last !== 'string' ? '' : issue.path.length === 1 ? (FIELD_NAMES[last] ?? last) : last
  let problem = '格式不对'
  if (issue.code === 'too_big') problem = `太长或太多（最多 ${String(issue.maximum)}）`
  else if (issue.code === 'too_small') problem = '不能为空'
  else if (issue.code === 'invalid_type') problem = /received undefined/.test(issue.message) ? '缺少' : '类型不对'
  else if (issue.code === 'custom' || issue.code === 'invalid_format') problem = issue.message
  return `${where}${where && what ? '的 ' : ''}${what}${where || what ? '：' : ''}${problem}`
}

/** The body of a print request as the product's shape, or a Chinese message naming what is wrong. */
export function readServicePrint<P extends ServiceProduct>(
  product: P,
  value: unknown,
): { ok: true; value: z.output<(typeof SERVICE_PRODUCTS)[P]['schema']> } | { ok: false; message: string } {
  const parsed = SERVICE_PRODUCTS[product].schema.safeParse(value)
  if (parsed.success) return { ok: true, value: parsed.data as z.output<(typeof SERVICE_PRODUCTS)[P]['schema']> }
  const first = parsed.error.issues[0]
  return { ok: false, message: `${SERVICE_PRODUCTS[product].label}的数据不正确：${first ? describe(first) : '无法读取'}` }
}

const CHINESE_DATE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `2026年12月3日 星期四 14:00` (Beijing time); without the time, or the weekday, when asked. */
export function chineseDate(moment: Date | string, { time = true, weekday = true } = {}): string {
  const p = Object.fromEntries(CHINESE_DATE.formatToParts(new Date(moment)).map((part) => [part.type, part.value]))
  return `${p.year}年${p.month}月${p.day}日${weekday ? ` ${p.weekday}` : ''}${time ? ` ${p.hour}:${p.minute}` : ''}`
}

/** `2026年12月3日 星期四 14:00—16:00`, or across days `… 至 2026年12月4日 星期五 12:00`. */
export function chineseSpan(start: Date | string, end: Date | string | null): string {
  const from = chineseDate(start)
  if (!end) return from
  const sameDay = chineseDate(start, { time: false }) === chineseDate(end, { time: false })
  return sameDay ? `${from}—${chineseDate(end).split(' ').at(-1)}` : `${from} 至 ${chineseDate(end)}`
}

/** `2026年11月` from `2026-11`. */
export const chineseMonth = (month: string): string => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`

/** The two menu pieces the site prints, as the site builds them beside the menu pages. */
export const MENU_PRINTS = [
  { product: 'leaflet-a5', label: '课单宣传单 A5', paper: 'A5（148×210 毫米）双面', file: 'menu-leaflet-a5.pdf' },
  { product: 'poster-a4', label: '课单海报 A4', paper: 'A4（210×297 毫米）', file: 'menu-poster-a4.pdf' },
] as const
export type MenuPrintProduct = (typeof MENU_PRINTS)[number]['product']

/** A menu's PDF: `/services/menu-poster-a4.pdf` for the district, `/services/<place>/menu-poster-a4.pdf` for a place. */
export const menuPrintPath = (placeSlug: string | null, product: MenuPrintProduct): string =>
  `/services/${placeSlug ? `${placeSlug}/` : ''}menu-${product}.pdf`
