/**
 * The server's half of the residents' islands (留言, 好人推荐, 查询回执): their props, from
 * the contract (the island bundle itself never imports contract/, so zod stays out of the
 * browser).
 */
import {
  DEVICE_HEADER,
  HONEYPOT_FIELD,
  MESSAGE_KINDS,
  MESSAGE_LIMITS,
  NOMINATION_LIMITS,
  NOTICE_VERSION,
} from '../../contract/participation.ts'
import { GOOD_DEEDS, HONOUR_KINDS } from '../../contract/vocabulary.ts'
import type { MessageFormProps, NominationFormProps, ReceiptLookupProps } from './types.ts'

const options = (list: readonly { value: string; label: string }[]) => list.map(({ value, label }) => ({ value, label }))

/** `participationUrl`: PARTICIPATION_URL, e.g. https://cms.example.cn/api/participation. */
export function messageFormProps(participationUrl: string, receiptPage: string): MessageFormProps {
  const base = participationUrl.replace(/\/+$/, '')
  return {
    idBase: 'message',
    challengeUrl: `${base}/challenge?form=messages`,
    submitUrl: `${base}/messages`,
    noticeVersion: NOTICE_VERSION,
    kinds: options(MESSAGE_KINDS),
    limits: { ...MESSAGE_LIMITS },
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
  }
}

export function nominationFormProps(participationUrl: string, receiptPage: string): NominationFormProps {
  const base = participationUrl.replace(/\/+$/, '')
  return {
    idBase: 'nomination',
    challengeUrl: `${base}/challenge?form=nominations`,
    submitUrl: `${base}/nominations`,
    noticeVersion: NOTICE_VERSION,
    honourKinds: options(HONOUR_KINDS),
    goodDeeds: options(GOOD_DEEDS),
    limits: {
      nominee: NOMINATION_LIMITS.nominee,
      story: NOMINATION_LIMITS.story,
      storyMin: NOMINATION_LIMITS.storyMin,
      contactName: MESSAGE_LIMITS.contactName,
      contactPhone: MESSAGE_LIMITS.contactPhone,
      photos: NOMINATION_LIMITS.photos,
      photoBytes: NOMINATION_LIMITS.photoBytes,
    },
    deviceHeader: DEVICE_HEADER,
    honeypotField: HONEYPOT_FIELD,
    receiptPage,
  }
}

export function receiptLookupProps(participationUrl: string): ReceiptLookupProps {
  return { idBase: 'receipt', receiptsUrl: `${participationUrl.replace(/\/+$/, '')}/receipts` }
}
