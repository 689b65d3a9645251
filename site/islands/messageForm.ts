/**
 * The server's half of the 留言 island: its props, from the contract (the island bundle
 * itself never imports contract/, so zod stays out of the browser).
 */
import { DEVICE_HEADER, HONEYPOT_FIELD, MESSAGE_KINDS, MESSAGE_LIMITS, NOTICE_VERSION } from '../../contract/participation.ts'
import type { MessageFormProps, ReceiptLookupProps } from './types.ts'

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function messageFormProps(participationUrl: string, receiptPage: string): MessageFormProps {
  const base = participationUrl.replace(/\/+$/, '')
  return {
    idBase: 'message',
    challengeUrl: `${base}/challenge?form=messages`,
    submitUrl: `${base}/messages`,
    noticeVersion: NOTICE_VERSION,
    kinds: MESSAGE_KINDS.map(({ value, label }) => ({ value, label })),
    limits: { ...MESSAGE_LIMITS },
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
  }
}

export function receiptLookupProps(participationUrl: string): ReceiptLookupProps {
  return { idBase: 'receipt', receiptsUrl: `${participationUrl.replace(/\/+$/, '')}/receipts` }
}
