/** 活动报名: the island's props and draft (plain data; the server fills them from contract/events.ts). */

export interface EventSignupProps {
  idBase: string
  title: string
  /** GET: the window and the places left now (the static page may be older). */
  statusUrl: string
  challengeUrl: string
  /** POST, JSON: answers 201 with the 报名码, the state and the place in the queue. */
  submitUrl: string
  /** POST, JSON `{ code, rotating }`: the resident's own check-in with the code shown on site. */
  checkInUrl: string
  noticeVersion: string
  deviceHeader: string
  honeypotField: string
  receiptPage: string
  limits: { contactName: number; contactPhone: number; team: number }
  /** Places left when the page was built. */
  placesLeft: number
}

/** What the resident has typed into the sign-up form. */
export type EventSignupDraft = {
  volunteer: boolean
  contactName: string
  contactPhone: string
  team: string
  consent: boolean
  honeypot: string
}

/** GET statusUrl. */
export interface EventStatus {
  window: 'notYet' | 'open' | 'closed'
  message: string | null
  capacity: number
  left: number
  waiting: number
}
