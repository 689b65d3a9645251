/**
 * Staff routes on an event, off the public prefix (the intranet keeps them): the on-site
 * check-in code (GET /api/events/:id/check-in-code), a resident's 报名码 scanned or typed
 * (POST /api/events/:id/check-in), a sign-up typed in for a resident or from the paper
 * sign-in sheet (POST /api/events/:id/signups), the attendance (GET /api/events/:id/attendance),
 * the volunteer hours CSV (GET /api/events/volunteer-hours) and the paper sign-in sheet
 * (GET /api/events/:id/sign-in-sheet). Office staff handle every
 * event; station staff (阵地工作人员) only their own places'.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { EVENT_LIMITS, normalizeSignupCode } from '../../../contract/events'
import { hasRole } from '../../access/roles'
import { placesOf } from '../../access/stations'
import { recordEntry } from '../../audit/record'
import { attachment } from '../../common/csv'
import { seesContacts } from '../access'
import { STAFF_ENTRY_CONTEXT, staffEntry } from '../gate/gate'
import { receiptHash } from '../gate/receipt'
import { eventAttendance, hoursLedger } from './attendance'
import { hoursCsv } from './hoursCsv'
import { placeOfEvent, publishedEvent } from './published'
import { rotatingCode } from './rotating'
import { signInSheetEndpoint } from './signInSheet'
import { signupAnswer } from './signupAnswer'
import type { StaffSignup } from './signupHooks'
import { checkInSignup } from './transitions'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The event's id when the signed-in person may handle it; otherwise the refusal. */
async function handled(req: PayloadRequest): Promise<number | Response> {
  if (!req.user) return answer(401, '请先登录。')
  const id = Number(req.routeParams?.id)
  const place = Number.isInteger(id) ? await placeOfEvent(req.payload, id) : null
  if (hasRole(req.user, 'admin', 'editor')) return place === null ? answer(404, '没有找到这个活动。') : id
  if (!hasRole(req.user, 'station')) return answer(403, '只有管理员、编辑和本阵地的工作人员可以处理活动签到。')
  return place !== null && placesOf(req.user).includes(place) ? id : answer(403, '这个活动不在您负责的阵地。')
}

const checkInCode: Endpoint = {
  path: '/:id/check-in-code',
  method: 'get',
  handler: async (req) => {
    const id = await handled(req)
    if (id instanceof Response) return id
    return Response.json(rotatingCode(req.payload, id))
  },
}

const CHECKIN_REFUSALS: Record<string, string> = {
  waitlisted: '这个报名还在候补名单中，没有名额，不能签到。',
  cancelled: '这个报名已经取消，不能签到。',
}

const scan: Endpoint = {
  path: '/:id/check-in',
  method: 'post',
  handler: async (req) => {
    const id = await handled(req)
    if (id instanceof Response) return id
    const body = ((await req.json?.().catch(() => null)) ?? {}) as { code?: unknown }
    const plain = normalizeSignupCode(String(body.code ?? ''))
    if (!plain) return answer(400, '报名码不正确：应为 12 位字母和数字，例如 7K3M-9Q2F-XH4T。')
    const { docs } = await req.payload.find({
      collection: 'event-signups',
      where: { and: [{ receiptHash: { equals: receiptHash(req.payload, plain) } }, { event: { equals: id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const signup = docs[0]
    if (!signup) return answer(404, '没有找到这个活动的这个报名码，请核对。')
    const result = await checkInSignup(req.payload, signup.id, 'scan', req.user?.id ?? null)
    if (!result.ok) return answer(409, CHECKIN_REFUSALS[result.state ?? ''] ?? '这个报名不能签到。')
    return Response.json({ checkedIn: true, already: result.already, reference: signup.reference })
  },
}

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.normalize('NFKC').trim().slice(0, max) : '')

/** A sign-up typed in by staff (by phone or at the desk: channel staff) or from the paper sign-in sheet (paper: checked in). */
const enter: Endpoint = {
  path: '/:id/signups',
  method: 'post',
  handler: async (req) => {
    const id = await handled(req)
    if (id instanceof Response) return id
    if (!(await publishedEvent(req.payload, { id }))) return answer(409, '活动还没有发布，不能报名或签到。')
    const body = ((await req.json?.().catch(() => null)) ?? {}) as Record<string, unknown>
    const volunteer = body.volunteer === true
    const contact = { contactName: text(body.contactName, EVENT_LIMITS.contactName), contactPhone: text(body.contactPhone, 20) }
    if (volunteer && (!contact.contactName || !contact.contactPhone))
      return answer(400, '志愿者请填写姓名和联系电话（用于记录志愿服务时长）。')
    const entry = staffEntry<StaffSignup>({ channel: body.paper === true ? 'paper' : 'staff', userId: Number(req.user?.id), contact })
    const made = await req.payload.create({
      collection: 'event-signups',
      data: { event: id, volunteer, team: text(body.team, EVENT_LIMITS.team) || null } as never,
      context: { [STAFF_ENTRY_CONTEXT]: entry },
      overrideAccess: true,
      depth: 0,
    })
    return Response.json(await signupAnswer(req.payload, made, entry.receipt ?? ''), { status: 201 })
  },
}

const attendance: Endpoint = {
  path: '/:id/attendance',
  method: 'get',
  handler: async (req) => {
    const id = await handled(req)
    if (id instanceof Response) return id
    return Response.json(await eventAttendance(req.payload, id))
  },
}

/** The places whose hours a person may export: office staff any (or the one asked), station staff their own. */
function placesFor(req: PayloadRequest, asked: number | null): number[] | null | Response {
  if (hasRole(req.user, 'admin', 'editor')) return asked ? [asked] : null
  const own = placesOf(req.user)
  if (own.length === 0) return answer(req.user ? 403 : 401, req.user ? '没有导出志愿服务时长的权限。' : '请先登录。')
  if (asked && !own.includes(asked)) return answer(403, '这个阵地不在您负责的范围。')
  return asked ? [asked] : own
}

const dateParam = (value: string | null, endOfDay = false) => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const at = new Date(`${value}T00:00:00+08:00`)
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime() + (endOfDay ? 86_400_000 : 0))
}

const volunteerHours: Endpoint = {
  path: '/volunteer-hours',
  method: 'get',
  handler: async (req) => {
    const query = new URL(req.url ?? '', 'http://cms.local').searchParams
    const places = placesFor(req, Number(query.get('place')) || null)
    if (places instanceof Response) return places
    const [from, to] = [dateParam(query.get('from')), dateParam(query.get('to'), true)]
    const unmasked = seesContacts(req.user)
    const ledgers = await Promise.all((places ?? [null]).map((place) => hoursLedger(req.payload, { place, from, to, unmasked })))
    const entries = ledgers.flatMap((ledger) => ledger.entries)
    if (unmasked) {
      await recordEntry(req, {
        action: 'read-contact',
        summary: `导出志愿服务时长（${entries.length} 条，含完整姓名和电话）`,
        collection: 'events',
        documentTitle: '志愿服务时长',
      })
    }
    return new Response(hoursCsv({ entries, people: [], teams: [] }), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment('volunteer-hours.csv', `志愿服务时长${query.get('from') ?? ''}.csv`),
      },
    })
  },
}

export const eventStaffEndpoints: Endpoint[] = [volunteerHours, checkInCode, scan, enter, attendance, signInSheetEndpoint(handled)]
