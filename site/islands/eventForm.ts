/** The server's half of the 活动报名 island: its props, from the contract (zod stays out of the bundle). */
import { EVENT_LIMITS } from '../../contract/events.ts'
import { DEVICE_HEADER, HONEYPOT_FIELD, MESSAGE_LIMITS, NOTICE_VERSION } from '../../contract/participation.ts'
import type { EventSignupProps } from './eventTypes.ts'

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function eventSignupProps(
  participationUrl: string,
  receiptPage: string,
  event: { slug: string; title: string; placesLeft: number },
): EventSignupProps {
  const base = participationUrl.replace(/\/+$/, '')
  const at = `${base}/events/${encodeURIComponent(event.slug)}`
  return {
    idBase: 'event',
    title: event.title,
    statusUrl: at,
    challengeUrl: `${base}/challenge?form=events`,
    submitUrl: `${at}/signups`,
    checkInUrl: `${base}/events/check-in`,
    noticeVersion: NOTICE_VERSION,
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
    limits: { contactName: EVENT_LIMITS.contactName, contactPhone: MESSAGE_LIMITS.contactPhone, team: EVENT_LIMITS.team },
    placesLeft: event.placesLeft,
  }
}
