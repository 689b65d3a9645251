/**
 * 活动 (events at practice places): what the admin, the site and its sign-up island agree
 * on — kinds, sign-up states and channels, the request bodies (zod, with the Chinese a
 * resident reads), the rotating check-in code's shape and an event's time the Chinese way.
 * Sign-ups use the participation gate and its 12-character receipt code as the 报名码.
 */
import { z } from 'zod'

import { normalizeCode, SENDER } from './participation.ts'

export const EVENT_KINDS = [
  { value: 'lecture', label: '讲座' },
  { value: 'training', label: '培训' },
  { value: 'clinic', label: '义诊' },
  { value: 'performance', label: '文艺' },
  { value: 'volunteering', label: '志愿服务' },
  { value: 'other', label: '其他' },
] as const
export type EventKind = (typeof EVENT_KINDS)[number]['value']

/** A sign-up's state; a cancelled place goes to the first on the waitlist. */
export const SIGNUP_STATES = [
  { value: 'signedUp', label: '已报名' },
  { value: 'waitlisted', label: '候补' },
  { value: 'cancelled', label: '已取消' },
  { value: 'checkedIn', label: '已签到' },
] as const
export type SignupState = (typeof SIGNUP_STATES)[number]['value']

/** How a sign-up came in: the site's form, typed in by staff (by phone, at the desk), or from the paper sign-in sheet. */
export const SIGNUP_CHANNELS = [
  { value: 'online', label: '网上报名' },
  { value: 'staff', label: '工作人员代报' },
  { value: 'paper', label: '纸质签到表' },
] as const
export type SignupChannel = (typeof SIGNUP_CHANNELS)[number]['value']

/** How a person was checked in. */
export const CHECKIN_METHODS = [
  { value: 'scan', label: '工作人员扫报名码' },
  { value: 'rotating', label: '现场动态码' },
  { value: 'paper', label: '纸质签到表录入' },
] as const
export type CheckInMethod = (typeof CHECKIN_METHODS)[number]['value']

export const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined): string =>
  list.find((item) => item.value === value)?.label ?? ''

export const EVENT_LIMITS = { title: 60, summary: 120, body: 4000, capacityMax: 5000, team: 40, contactName: 20 } as const

/** The on-site code: six digits from an HMAC of the event and the 30-second step; the current and the previous step are accepted. */
export const ROTATING_STEP_SECONDS = 30
export const ROTATING_DIGITS = 6
/** Check-in is open from this long before the start until the end. */
export const CHECKIN_OPENS_MINUTES = 60

/** A typed 6-digit code: full-width digits and spaces forgiven; null when it cannot be one. */
export function normalizeRotating(input: string): string | null {
  const plain = input.normalize('NFKC').replace(/[\s-]/g, '')
  return /^\d{6}$/.test(plain) ? plain : null
}

/** A typed 报名码 (a receipt code): null when it cannot be one. */
export const normalizeSignupCode = (input: string): string | null => normalizeCode(input, 12)

const phone = z
  .string({ error: '联系电话不正确' })
  .transform((value) => value.normalize('NFKC').replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^$|^1\d{10}$|^0\d{9,11}$/, { error: '联系电话应为 11 位手机号或带区号的固定电话，例如 13812345678' }))

const typed = (max: number, tooLong: string) =>
  z
    .string({ error: '应为文字' })
    .transform((value) => value.trim())
    .pipe(z.string().max(max, { error: tooLong }))

/** The body of POST /api/participation/events/:slug/signups. A volunteer leaves name and phone (for the hours); others may. */
export const EVENT_SIGNUP = z
  .object({
    volunteer: z.boolean({ error: '“志愿者”应为是或否' }).default(false),
    team: typed(EVENT_LIMITS.team, `志愿服务队名称不超过 ${EVENT_LIMITS.team} 个字`).optional(),
    ...SENDER,
    contactName: typed(EVENT_LIMITS.contactName, `姓名不超过 ${EVENT_LIMITS.contactName} 个字`).optional(),
    contactPhone: phone.optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.volunteer) return
    if (!body.contactName) ctx.addIssue({ code: 'custom', path: ['contactName'], message: '志愿者报名请填写姓名（用于记录志愿服务时长）' })
    if (!body.contactPhone)
      ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: '志愿者报名请填写联系电话（用于记录志愿服务时长）' })
  })
export type EventSignupBody = z.output<typeof EVENT_SIGNUP>

/** The body of POST /api/participation/events/check-in: the resident's 报名码 and the code shown on site. */
export const EVENT_CHECKIN = z.object({
  code: z.string({ error: '请输入报名码' }).max(40, { error: '报名码不正确' }),
  rotating: z.string({ error: '请输入现场显示的 6 位签到码' }).max(20, { error: '签到码应为 6 位数字' }),
})

/** What the sign-up answers: the 报名码 (shown once) and where the resident stands. */
export interface SignupAnswer {
  receipt: string
  reference: string
  receivedAt: string
  state: SignupState
  /** 候补第几位; null when signed up. */
  position: number | null
}

/** An event's page on the site, its calendar file and the site's calendar feed. */
export const eventPath = (slug: string) => `/events/${slug}/`
export const eventIcsPath = (slug: string) => `/events/${slug}.ics`
export const EVENTS_CALENDAR_PATH = '/events/calendar.ics'
export const EVENTS_FEED_PATH = '/events/rss.xml'

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const BEIJING_MS = 8 * 3600_000

function beijingParts(iso: string) {
  const at = new Date(new Date(iso).getTime() + BEIJING_MS)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日`,
    weekday: WEEKDAYS[at.getUTCDay()],
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
  }
}

/** `2026年12月3日 星期四 14:00–16:00`, or both dates when it runs over days (Beijing time). */
export function eventTimeText(startsAt: string, endsAt: string): string {
  const start = beijingParts(startsAt)
  const end = beijingParts(endsAt)
  const first = `${start.date} ${start.weekday} ${start.time}`
  return start.date === end.date ? `${first}–${end.time}` : `${first} 至 ${end.date} ${end.weekday} ${end.time}`
}

/** Hours between start and end, to a tenth of an hour: the default volunteer hours of an event. */
export const eventHours = (startsAt: string, endsAt: string): number =>
  Math.max(0, Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 360_000) / 10)

export type SignupWindow = 'notYet' | 'open' | 'closed'
/** Whether sign-up is open now: from its opening (or publication) until its close (or the event's start). */
export function signupWindow(
  event: { startsAt: string; signupOpensAt?: string | null; signupClosesAt?: string | null },
  now = new Date(),
): SignupWindow {
  if (event.signupOpensAt && now < new Date(event.signupOpensAt)) return 'notYet'
  return now < new Date(event.signupClosesAt || event.startsAt) ? 'open' : 'closed'
}

export const SIGNUP_WINDOW_MESSAGES: Record<Exclude<SignupWindow, 'open'>, string> = {
  notYet: '活动报名还没有开始，请在报名开始时间之后再来。',
  closed: '活动报名已经截止。',
}
