/**
 * The participation gate's keys, derived from the admin's secret (HKDF, one purpose each),
 * so there is no new secret to keep. A keyed hash stands in for anything identifying the
 * gate must recognise again but never show: device tokens, receipt codes, addresses in the
 * throttles' table.
 */
import { createHmac, hkdfSync } from 'node:crypto'

import type { Payload } from 'payload'

export type KeyPurpose =
  | 'altcha-signature'
  | 'altcha-key'
  | 'device'
  | 'receipt'
  | 'address'
  | 'field-token'
  | 'vote-code'
  | 'event-checkin'

const cache = new WeakMap<Payload, Map<KeyPurpose, string>>()

export function gateKey(payload: Payload, purpose: KeyPurpose): string {
  let byPurpose = cache.get(payload)
  if (!byPurpose) {
    byPurpose = new Map()
    cache.set(payload, byPurpose)
  }
  let key = byPurpose.get(purpose)
  if (!key) {
    if (!payload.secret) throw new Error('PAYLOAD_SECRET is not set: the participation gate has no key')
    key = Buffer.from(hkdfSync('sha256', payload.secret, 'xhl-participation', `xhl-${purpose}`, 32)).toString('hex')
    byPurpose.set(purpose, key)
  }
  return key
}

/** The keyed hash (hex) of a value; the same value always gives the same hash under one secret. */
export const keyedHash = (payload: Payload, purpose: KeyPurpose, value: string): string =>
  createHmac('sha256', gateKey(payload, purpose)).update(value).digest('hex')
