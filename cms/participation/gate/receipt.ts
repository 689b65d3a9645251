/**
 * 回执码: shown once to the sender, who can later see what they sent and withdraw it (PIPL:
 * access and deletion). Only its keyed hash is stored, so the database alone cannot
 * answer for anyone's receipt.
 */
import { randomInt } from 'node:crypto'

import type { Payload } from 'payload'

import { formatReceipt, normalizeReceipt, RECEIPT_ALPHABET } from '../../../contract/participation'
import { keyedHash } from './keys'

export interface Receipt {
  /** As the sender sees it: `7K3M-9Q2F-XH4T`. */
  code: string
  hash: string
}

export function newReceipt(payload: Payload): Receipt {
  const plain = Array.from({ length: 12 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('')
  return { code: formatReceipt(plain), hash: keyedHash(payload, 'receipt', plain) }
}

/** The hash a typed receipt code is stored under; null when it cannot be a receipt code at all. */
export function receiptHash(payload: Payload, typed: string): string | null {
  const plain = normalizeReceipt(typed)
  return plain ? keyedHash(payload, 'receipt', plain) : null
}

/** A short public reference for staff and the sender (受理编号), e.g. LY20261130-K3M9; it opens nothing. */
export function newReference(prefix: string, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .replaceAll('-', '')
  const tail = Array.from({ length: 4 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('')
  return `${prefix}${day}-${tail}`
}
