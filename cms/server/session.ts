/**
 * Whether a request carries a valid staff session, checked by the front server before it
 * reads a body: Payload's token (the `payload-token` cookie, or `Authorization: JWT …` /
 * `Bearer …`) is an HS256 JWT signed with a key Payload derives from PAYLOAD_SECRET.
 * Only the signature and expiry are checked here; Payload still does the full check.
 */
import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

import { jwtVerify } from 'jose'

/** Payload's signing key: the first 32 hex digits of SHA-256(PAYLOAD_SECRET) (Payload.init). */
export const sessionKey = (payloadSecret: string): Uint8Array =>
  new TextEncoder().encode(createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32))

function sessionToken(headers: IncomingHttpHeaders): string | null {
  const bearer = /^(?:JWT|Bearer)\s+(\S+)$/i.exec(headers.authorization ?? '')
  if (bearer) return bearer[1] as string
  const cookie = /(?:^|;\s*)payload-token=([^;]+)/.exec(headers.cookie ?? '')
  return cookie ? (cookie[1] as string) : null
}

export async function hasSession(headers: IncomingHttpHeaders, key: Uint8Array): Promise<boolean> {
  const token = sessionToken(headers)
  if (!token) return false
  return jwtVerify(token, key, { algorithms: ['HS256'] }).then(
    () => true,
    () => false,
  )
}
