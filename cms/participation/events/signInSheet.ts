/**
 * 活动签到表: GET /api/events/:id/sign-in-sheet — the paper sheet for people without phones,
 * printed by the print studio (POST /services/sign-in-sheet on the preview service) from
 * the published event: blank rows for its places and its waitlist, nothing personal.
 * Office staff print any event's, station staff their own places'.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { config } from '../../../contract/config'
import { eventPath } from '../../../contract/events'
import type { SignInSheetInput } from '../../../contract/servicePrint'
import { attachment } from '../../common/csv'
import { callPreviewService } from '../../print/previewService'
import { publishedEvent } from './published'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

async function sheetOf(req: PayloadRequest, id: number): Promise<SignInSheetInput | null> {
  const event = await publishedEvent(req.payload, { id })
  if (!event) return null
  const { totalDocs: waitlist } = await req.payload.count({
    collection: 'event-signups',
    where: { and: [{ event: { equals: id } }, { state: { equals: 'waitlisted' } }] },
    overrideAccess: true,
  })
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place?.name ?? '',
    address: event.place?.address || undefined,
    url: `${config().siteOrigin}${eventPath(event.slug)}`,
    capacity: event.capacity,
    waitlist,
  }
}

/** The route, given the staff check shared with the other event routes (the event's id, or the refusal). */
export function signInSheetEndpoint(handled: (req: PayloadRequest) => Promise<number | Response>): Endpoint {
  return {
    path: '/:id/sign-in-sheet',
    method: 'get',
    handler: async (req) => {
      const id = await handled(req)
      if (id instanceof Response) return id
      const sheet = await sheetOf(req, id)
      if (!sheet) return answer(409, '活动还没有发布，发布后才能打印签到表。')
      const printed = await callPreviewService(req, '/services/sign-in-sheet', {
        body: JSON.stringify(sheet),
        passedOn: ['content-type'],
        timeoutMs: 60_000,
      })
      if (!printed.ok || printed.headers.get('content-type') !== 'application/pdf') {
        return answer(503, '签到表没有生成（打印服务不可用），请稍后再试。')
      }
      const headers = new Headers(printed.headers)
      headers.set('content-disposition', attachment(`sign-in-${id}.pdf`, `${sheet.title}-签到表.pdf`))
      return new Response(printed.body, { status: 200, headers })
    },
  }
}
