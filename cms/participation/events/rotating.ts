/**
 * The on-site check-in code: six digits from an HMAC (key derived from PAYLOAD_SECRET) of
 * the event and the 30-second time step, shown on the staff phone or the hall's screen. A
 * photo of a poster cannot check anyone in an hour later; a code read off the screen in
 * the last seconds of its step still works (the previous step is accepted, no other).
 */
import { timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { ROTATING_DIGITS, ROTATING_STEP_SECONDS } from '../../../contract/events'
import { keyedHash } from '../gate/keys'

const stepOf = (at: Date) => Math.floor(at.getTime() / 1000 / ROTATING_STEP_SECONDS)

function codeFor(payload: Payload, event: number, step: number): string {
  const hash = keyedHash(payload, 'event-checkin', `${event}:${step}`)
  // Dynamic truncation as in HOTP (RFC 4226): 31 bits from an offset the hash picks.
  const bytes = Buffer.from(hash, 'hex')
  const offset = (bytes.at(-1) ?? 0) & 0x0f
  const value = bytes.readUInt32BE(offset) & 0x7fffffff
  return String(value % 10 ** ROTATING_DIGITS).padStart(ROTATING_DIGITS, '0')
}

/** The code to show now, and how many seconds it has left. */
export function rotatingCode(payload: Payload, event: number, now = new Date()): { code: string; secondsLeft: number } {
  const step = stepOf(now)
  const secondsLeft = (step + 1) * ROTATING_STEP_SECONDS - Math.floor(now.getTime() / 1000)
  return { code: codeFor(payload, event, step), secondsLeft }
}

/** Whether `typed` (normalized six digits) is this event's code for the current or the previous step. */
export function rotatingCodeMatches(payload: Payload, event: number, typed: string, now = new Date()): boolean {
  const step = stepOf(now)
  return [step, step - 1].some((at) =>
    timingSafeEqual(Buffer.from(codeFor(payload, event, at)), Buffer.from(typed.padEnd(ROTATING_DIGITS).slice(0, ROTATING_DIGITS))),
  )
}
