/**
 * What the islands are given. Islands are rendered to static HTML by the page renderer
 * (React through the Astro container, no client directive) and hydrated by the island
 * bundle (client.tsx); both read the same props, which the page carries as JSON next to
 * the island's markup. Everything here is plain data: the bundle imports no contract/
 * module (zod would come along), the server fills these from contract/participation.ts.
 */
import type { ElectionBallotProps } from './electionTypes.ts'
import type { EventSignupProps } from './eventTypes.ts'
import type { FieldEntryProps } from './fieldTypes.ts'
import type { OrderFormProps } from './orderTypes.ts'
import type { SurveyFormProps } from './surveyTypes.ts'

export interface MessageFormProps {
  /** Prefix of every element id in the form: the same on the server and in the browser (no useId). */
  idBase: string
  /** GET, answers an altcha-lib v2 challenge for this form. */
  challengeUrl: string
  /** POST, JSON body, answers 201 with a receipt or 4xx with `{ errors }`. */
  submitUrl: string
  noticeVersion: string
  kinds: { value: string; label: string }[]
  limits: { subject: number; body: number; contactName: number; contactPhone: number }
  deviceHeader: string
  honeypotField: string
  /** The site's 查询回执 page, linked from the receipt. */
  receiptPage: string
}

/** What the resident has typed into the 留言 form (kept while sending, and when sending fails). A type, not an interface: drafts are records (draftStore.ts). */
export type MessageDraft = {
  kind: string
  subject: string
  body: string
  keepPrivate: boolean
  contactName: string
  contactPhone: string
  consent: boolean
  honeypot: string
}

/** 好人推荐: the form's props, like the 留言 form's. */
export interface NominationFormProps {
  idBase: string
  challengeUrl: string
  /** POST, multipart/form-data: the fields as JSON in `data`, the photos as `photo`; answers as the 留言 API does. */
  submitUrl: string
  noticeVersion: string
  honourKinds: { value: string; label: string }[]
  goodDeeds: { value: string; label: string }[]
  limits: {
    nominee: number
    story: number
    /** The fewest characters of a story the API takes. */
    storyMin: number
    contactName: number
    contactPhone: number
    /** How many photos, and the most bytes of each as sent. */
    photos: number
    photoBytes: number
  }
  deviceHeader: string
  honeypotField: string
  receiptPage: string
}

/** What the resident has typed into the 好人推荐 form; the photos are not part of it (they are not kept on the phone). */
export type NominationDraft = {
  nominee: string
  honourKind: string
  goodDeed: string
  story: string
  contactName: string
  contactPhone: string
  consent: boolean
  honeypot: string
}

/** 查询回执: where receipt codes are read and withdrawn (GET and DELETE `${receiptsUrl}/<code>`). */
export interface ReceiptLookupProps {
  idBase: string
  receiptsUrl: string
}

/** The islands a page may hold, by their `data-island` name. */
export interface IslandProps {
  'message-form': MessageFormProps
  'nomination-form': NominationFormProps
  'receipt-lookup': ReceiptLookupProps
  'survey-form': SurveyFormProps
  'election-ballot': ElectionBallotProps
  'event-signup': EventSignupProps
  'field-entry': FieldEntryProps
  'order-form': OrderFormProps
}
export type IslandName = keyof IslandProps

/** The island bundle's files as the page links them (site-relative, content-hashed, under /_astro/). */
export interface IslandAssets {
  script: string
  styles: string[]
}
