/** 文明课单 点单: the order form island's props and draft (plain data; the server fills them from contract/services.ts). */

export interface OrderFormProps {
  idBase: string
  challengeUrl: string
  submitUrl: string
  noticeVersion: string
  deviceHeader: string
  honeypotField: string
  receiptPage: string
  item: { id: number; title: string; capacity: number; leadDays: number }
  limits: { group: number; household: number; venue: number; note: number; contactName: number; contactPhone: number }
}

/** What the resident has typed (kept on the phone until the receipt arrives). */
export type OrderDraft = {
  group: string
  household: string
  people: string
  date: string
  time: string
  venue: string
  note: string
  contactName: string
  contactPhone: string
  consent: boolean
  honeypot: string
}
