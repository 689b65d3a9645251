/**
 * The residents' forms' throttles, shared by every admin process through PostgreSQL
 * (`participation_limits`). Generous per address, because many phones share one address
 * behind a carrier's NAT; tighter per device; and a flood brake per form, whoever sends.
 * Addresses and devices are counted under keyed hashes, so the table holds no address.
 */
import type { Payload } from 'payload'
import proxyaddr from 'proxy-addr'

import { config } from '../../../contract/config'
import type { ParticipationForm } from '../../../contract/participation'
import { type Limit, limitSet, type Taken } from '../../common/pgLimits'
import { throttleAddress } from '../../server/clientAddress'
import { keyedHash } from './keys'

export const PARTICIPATION_LIMITS = {
  /** Challenges fetched from one address (a form page asks for one, and again after ten minutes). */
  challengePerAddress: { points: 60, seconds: 10 * 60, blockSeconds: 10 * 60 },
  /** Submissions from one address, all forms together. */
  submitPerAddress: { points: 30, seconds: 60 * 60, blockSeconds: 30 * 60 },
  /** Submissions from one device (its token), per hour… */
  submitPerDevice: { points: 5, seconds: 60 * 60, blockSeconds: 60 * 60 },
  /** …and per day. */
  submitPerDeviceDay: { points: 20, seconds: 24 * 60 * 60, blockSeconds: 12 * 60 * 60 },
  /** Everyone's submissions to one form: the flood brake. */
  submitPerForm: { points: 300, seconds: 10 * 60, blockSeconds: 60 },
  /** 入户代填 answers synced under one worker's token in a day (a busy day at the doors is a few hundred). */
  fieldPerToken: { points: 1000, seconds: 24 * 60 * 60, blockSeconds: 60 * 60 },
  /** Receipt look-ups and withdrawals from one address (a receipt code cannot be guessed in 20 tries an hour). */
  receiptPerAddress: { points: 20, seconds: 60 * 60, blockSeconds: 60 * 60 },
} satisfies Record<string, Limit>

export type ParticipationLimit = keyof typeof PARTICIPATION_LIMITS
export const PARTICIPATION_LIMITS_TABLE = 'participation_limits'

const limits = limitSet(PARTICIPATION_LIMITS_TABLE, PARTICIPATION_LIMITS)

/** The key an address is counted under: its /64 for IPv6, hashed. */
export const addressKey = (payload: Payload, address: string) => keyedHash(payload, 'address', throttleAddress(address)).slice(0, 32)

export const takeLimit = (payload: Payload, name: ParticipationLimit, key: string) => limits.take(payload, name, key)

let exempt: { list: readonly string[]; matches: (address: string) => boolean } | null = null

/**
 * PARTICIPATION_LIMIT_EXEMPT (off unless set; for a bench or a test lab): whether `address`
 * skips the per-address throttles. Only those: the challenge, the per-device, per-form and
 * per-code rules apply to it as to everyone.
 */
export function isLimitExempt(address: string): boolean {
  const list = config().participationLimitExempt
  if (list.length === 0 || !ipaddrLike(address)) return false
  if (exempt?.list !== list) {
    const trust = proxyaddr.compile([...list])
    exempt = { list, matches: (candidate) => trust(candidate, 0) }
  }
  return exempt.matches(address)
}
const ipaddrLike = (address: string) => /^[0-9a-f.:]+$/i.test(address)

/** A submission's throttles, the broadest last: a device already refused does not use up its neighbours' share. */
export function takeSubmission(
  payload: Payload,
  who: { address: string; deviceHash: string | null },
  form: ParticipationForm,
): Promise<Taken & { name?: ParticipationLimit }> {
  const throttles: [ParticipationLimit, string][] = []
  if (who.deviceHash) throttles.push(['submitPerDevice', who.deviceHash], ['submitPerDeviceDay', who.deviceHash])
  if (!isLimitExempt(who.address)) throttles.push(['submitPerAddress', addressKey(payload, who.address)])
  throttles.push(['submitPerForm', form])
  return limits.takeInOrder(payload, throttles)
}
