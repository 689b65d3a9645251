/**
 * 活动's public routes, under the participation prefix: the event's places left now (the
 * static page may be older), a sign-up through the gate, and the resident's own check-in
 * with their 报名码 and the code shown on site. Cancelling goes through the receipt
 * (DELETE /receipts/:code), like withdrawing any other form.
 */
import {
  CHECKIN_OPENS_MINUTES,
  EVENT_CHECKIN,
  EVENT_SIGNUP,
  normalizeRotating,
  normalizeSignupCode,
  SIGNUP_WINDOW_MESSAGES,
} from '../../../contract/events'
import { DEVICE_HEADER, HONEYPOT_FIELD } from '../../../contract/participation'
import type { EventSignup } from '../../../contract/payload-types'
import { relationId } from '../../../contract/relations'
import { addressOf } from '../../server/clientAddress'
import { Answer, endpoint, fail, invalid, jsonBody, limited } from '../api'
import { GATE_CONTEXT, type GateEvidence, passFor } from '../gate/gate'
import { receiptHash } from '../gate/receipt'
import { publishedEvent } from './published'
import { rotatingCodeMatches } from './rotating'
import { signupAnswer } from './signupAnswer'
import { checkInSignup, eventCounts } from './transitions'

const NO_EVENT = '没有找到这个活动，可能还没有发布或已经撤下。'
const slugOf = (params: Record<string, unknown> | undefined) => String(params?.slug ?? '').slice(0, 200)

const status = endpoint('/events/:slug', 'get', async (req) => {
  const event = await publishedEvent(req.payload, { slug: slugOf(req.routeParams) })
  if (!event) return fail(404, NO_EVENT)
  const counts = await eventCounts(req.payload, event.id)
  return new Answer(200, {
    window: event.window,
    message: event.window === 'open' ? null : SIGNUP_WINDOW_MESSAGES[event.window],
    capacity: event.capacity,
    left: Math.max(0, event.capacity - counts.taken),
    waiting: counts.waiting,
  })
})

const signUp = endpoint('/events/:slug/signups', 'post', async (req) => {
  const parsed = EVENT_SIGNUP.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  const event = await publishedEvent(req.payload, { slug: slugOf(req.routeParams) })
  if (!event) return fail(404, NO_EVENT)
  // Told before the gate spends the resident's challenge; the hook checks again under the lock.
  if (event.window !== 'open') return fail(409, SIGNUP_WINDOW_MESSAGES[event.window])
  const { altcha, [HONEYPOT_FIELD]: honeypot, contactName, contactPhone, volunteer, team } = parsed.data
  const evidence: GateEvidence = {
    form: 'events',
    altcha,
    honeypot,
    address: addressOf(req.headers),
    deviceToken: req.headers.get(DEVICE_HEADER),
    contact: { contactName: contactName || undefined, contactPhone: contactPhone || undefined },
  }
  const made = (await req.payload.create({
    collection: 'event-signups',
    data: { event: event.id, volunteer, team: team || null } as never,
    context: { [GATE_CONTEXT]: evidence },
    overrideAccess: true,
    depth: 0,
  })) as EventSignup
  const pass = passFor(evidence)
  if (!pass) throw new Error('an event sign-up saved without a gate pass')
  return new Answer(201, await signupAnswer(req.payload, made, pass.receipt.code))
})

const CHECKIN_REFUSALS: Record<string, string> = {
  waitlisted: '您还在候补名单中，没有名额，暂时不能签到；如有疑问请找现场工作人员。',
  cancelled: '这个报名已经取消，不能签到。',
}

const checkIn = endpoint('/events/check-in', 'post', async (req) => {
  await limited(req, 'receiptPerAddress')
  const parsed = EVENT_CHECKIN.safeParse(await jsonBody(req))
  if (!parsed.success) return invalid(parsed.error.issues)
  const code = normalizeSignupCode(parsed.data.code)
  if (!code) return fail(400, '报名码不正确：应为 12 位字母和数字，例如 7K3M-9Q2F-XH4T。', 'code')
  const rotating = normalizeRotating(parsed.data.rotating)
  if (!rotating) return fail(400, '签到码应为现场屏幕或工作人员手机上显示的 6 位数字。', 'rotating')
  const { docs } = await req.payload.find({
    collection: 'event-signups',
    where: { receiptHash: { equals: receiptHash(req.payload, code) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const signup = docs[0]
  const event = signup ? await publishedEvent(req.payload, { id: relationId(signup.event) ?? 0 }) : null
  if (!signup || !event) return fail(404, '没有找到这个报名码对应的活动报名，请核对报名码。', 'code')
  const now = Date.now()
  if (now < new Date(event.startsAt).getTime() - CHECKIN_OPENS_MINUTES * 60_000)
    return fail(409, '活动还没有开始签到，请在开始前一小时内签到。')
  if (now > new Date(event.endsAt).getTime()) return fail(409, '活动已经结束，不能再签到。')
  if (!rotatingCodeMatches(req.payload, event.id, rotating)) {
    return fail(400, '签到码不对或已经过期：签到码每 30 秒更换一次，请输入现场正在显示的数字。', 'rotating')
  }
  const result = await checkInSignup(req.payload, signup.id, 'rotating', null)
  if (!result.ok) return fail(409, CHECKIN_REFUSALS[result.state ?? ''] ?? '这个报名不能签到。')
  return new Answer(200, { checkedIn: true, already: result.already, event: event.title, reference: signup.reference ?? '' })
})

export const eventEndpoints = [checkIn, status, signUp]
